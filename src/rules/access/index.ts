import type { Rule } from '../../types.js';
import alternativeFormats from './alternative-formats.js';

/** The access/* rules, in the order `cc-check rules` lists them. */
export const accessRules: Rule[] = [alternativeFormats];
