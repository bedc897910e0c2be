import type { Rule } from '../types.js';
import { plainRules } from './plain/index.js';
import { courtesyRules } from './courtesy/index.js';
import { correspondenceRules } from './correspondence/index.js';
import { emailRules } from './email/index.js';
import { privacyRules } from './privacy/index.js';
import { accessRules } from './access/index.js';
import { templateRules } from './template/index.js';
import { inlineControlRule } from '../engine/controls.js';

/** Every rule cc-check knows, in the order `cc-check rules` lists them. */
export const allRules: Rule[] = [...plainRules, ...courtesyRules, ...correspondenceRules, ...emailRules, ...privacyRules, ...templateRules, inlineControlRule, ...accessRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
