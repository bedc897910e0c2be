import type { Rule } from '../../types.js';

/** The courtesy/* rules, in the order `cc-check rules` lists them. */
export const courtesyRules: Rule[] = [];
