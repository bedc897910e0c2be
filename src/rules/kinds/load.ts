/**
 * An organisation's own rules, written in YAML without any TypeScript: a
 * folder of files, one rule each, of four kinds (existence, substitution,
 * required, metric). The rule id is "<folder>/<file name>", as in Vale.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Rule } from '../../types.js';
import { buildCustomRule, type CustomRule } from './build.js';
import { CustomRuleError } from './errors.js';
import { CATEGORIES, parseCustomRuleSpec } from './schema.js';

export { CustomRuleError } from './errors.js';
export type { CustomRule } from './build.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const RULE_FILE = /\.ya?ml$/i;

/**
 * Builds one rule from the text of its file. `file` is how messages name it,
 * "<folder>/<name>.yml"; the id is that without the extension, in lower case.
 */
export function parseCustomRule(source: string, file: string): CustomRule {
  const slash = file.lastIndexOf('/');
  const folder = file.slice(0, slash).toLowerCase();
  const name = file.slice(slash + 1).replace(RULE_FILE, '').toLowerCase();
  if (slash <= 0 || !KEBAB.test(folder)) {
    throw new CustomRuleError(`${file}: the folder name "${file.slice(0, Math.max(slash, 0))}" cannot start a rule id: use lower-case letters, digits and hyphens, such as "shepway"`);
  }
  if (!KEBAB.test(name)) throw new CustomRuleError(`${file}: the file name cannot be a rule id: use lower-case letters, digits and hyphens, such as "council-name.yml"`);
  if ((CATEGORIES as readonly string[]).includes(folder)) {
    throw new CustomRuleError(`${file}: "${folder}" is a built-in category: put the organisation's rules in a folder named after it, such as "shepway"`);
  }
  return buildCustomRule(parseCustomRuleSpec(source, file, `${folder}/${name}`));
}

/**
 * Loads every YAML rule in `folder` (*.yml and *.yaml; other files are left
 * alone), in file-name order. Throws CustomRuleError naming the file, the
 * line and the key of the first problem.
 */
export async function loadCustomRules(folder: string): Promise<Rule[]> {
  const folderName = basename(resolve(folder));
  let names: string[];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && RULE_FILE.test(e.name)).map((e) => e.name).sort();
  } catch {
    throw new CustomRuleError(`${folder}: cannot read the custom rules folder`);
  }
  const rules: CustomRule[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const shown = `${folderName}/${name}`;
    let source: string;
    try {
      source = await readFile(join(folder, name), 'utf8');
    } catch {
      throw new CustomRuleError(`${shown}: cannot read the file`);
    }
    const rule = parseCustomRule(source, shown);
    const twin = seen.get(rule.meta.id);
    if (twin) throw new CustomRuleError(`${shown}: the rule id "${rule.meta.id}" is also given by ${twin}`);
    seen.set(rule.meta.id, shown);
    rules.push(rule);
  }
  return rules;
}

/** Whether a rule was made from YAML (and what from). */
export function isCustomRule(rule: Rule): rule is CustomRule {
  return 'custom' in rule;
}

