import type { Rule } from '../../types.js';
import placeholder from './placeholder.js';

/** The correspondence/* rules, in the order `cc-check rules` lists them. */
export const correspondenceRules: Rule[] = [placeholder];
