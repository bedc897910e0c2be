import type { Rule } from '../../types.js';
import outOfOffice from './out-of-office.js';
import signature from './signature.js';
import subject from './subject.js';

/** The email/* rules, in the order `cc-check rules` lists them. */
export const emailRules: Rule[] = [outOfOffice, signature, subject];
