import type { Rule } from '../types.js';
import { plainRules } from './plain/index.js';
import { courtesyRules } from './courtesy/index.js';
import { correspondenceRules } from './correspondence/index.js';

/** Every rule cc-check knows, in the order `cc-check rules` lists them. */
export const allRules: Rule[] = [...plainRules, ...courtesyRules, ...correspondenceRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
