import type { Rule } from '../../types.js';

/** The plain/* rules, in the order `cc-check rules` lists them. */
export const plainRules: Rule[] = [];
