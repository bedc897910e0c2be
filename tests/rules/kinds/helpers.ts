import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText } from '../../../src/index.js';
import { loadCustomRules } from '../../../src/rules/kinds/load.js';
import type { DocumentFormat, DocumentKind, Finding, Profile, Rule } from '../../../src/types.js';

/** Writes YAML rule files into a fresh "<tmp>/<folder>" and returns the folder's path. */
export function ruleFolder(files: Record<string, string>, folder = 'testorg'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cc-check-kinds-')), folder);
  mkdirSync(dir);
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

/** Loads one YAML rule the way a council's folder would hold it. */
export async function ruleOf(source: string, name = 'rule.yml'): Promise<Rule> {
  const [rule] = await loadCustomRules(ruleFolder({ [name]: source }));
  return rule!;
}

/** The rule's findings on a text, through the real loader, segmenter, analyser and engine. */
export async function findingsOf(
  rules: Rule[],
  text: string,
  extra: { format?: DocumentFormat; kind?: DocumentKind; profile?: Profile } = {},
): Promise<Finding[]> {
  const report = await checkText(text, {
    extraRules: rules,
    only: rules.map((r) => r.meta.id),
    format: extra.format ?? 'txt',
    path: extra.format === 'eml' ? 'case.eml' : 'case.txt',
    ...(extra.kind ? { kind: extra.kind } : {}),
    ...(extra.profile ? { profile: extra.profile } : {}),
  });
  const file = report.files[0]!;
  if (file.error) throw new Error(`case could not be read: ${file.error.message}`);
  return file.findings;
}

/** A rule's YAML from its kind-specific lines, with the common keys filled in. */
export function yaml(lines: string[], common: { message?: string; standard?: string; examples?: string } = {}): string {
  return [
    `message: '${common.message ?? 'Found “{actual}”.'}'`,
    `standard: ${common.standard ?? 'Shepway 12'}`,
    `examples: ${common.examples ?? '{ good: [Fine.], bad: [Not fine.] }'}`,
    ...lines,
  ].join('\n') + '\n';
}

export const letter = (body: string, opening = 'Dear Mrs Patel', close = 'Yours sincerely\n\nPriya Shah\nBenefits Officer') => `${opening}\n\n${body}\n\n${close}\n`;
