/**
 * Runs a custom rule's documented examples through the whole pipeline, as
 * the test suite does for the built-in rules: every bad example must give a
 * finding and no good one may. Not done at load because it costs a check per
 * example on every run; call it from a test or a `rules --test` style command.
 */
import { checkDocuments } from '../../engine/run.js';
import { loadBytes } from '../../load/index.js';
import type { Profile } from '../../types.js';
import type { CustomRule } from './build.js';

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
};

/** The problems with a rule's examples, one line each (empty when they all behave). */
export async function checkCustomRuleExamples(rule: CustomRule, profile: Profile = {}): Promise<string[]> {
  const problems: string[] = [];
  // A rule for some kinds only is shown its examples as the first of those kinds.
  const kind = rule.custom.kinds?.[0];
  const run = async (text: string) => {
    const document = await loadBytes('example.txt', new TextEncoder().encode(text), 'txt');
    const report = checkDocuments([document], { extraRules: [rule], only: [rule.meta.id], profile, ...(kind ? { kind } : {}) });
    return report.files[0]!.findings;
  };
  for (const [index, example] of rule.custom.examples.bad.entries()) {
    if ((await run(example)).length === 0) problems.push(`${rule.custom.file}: bad example ${index + 1} (“${shorten(example)}”) is not flagged`);
  }
  for (const [index, example] of rule.custom.examples.good.entries()) {
    const findings = await run(example);
    if (findings.length > 0) problems.push(`${rule.custom.file}: good example ${index + 1} (“${shorten(example)}”) is flagged: ${findings[0]!.message}`);
  }
  return problems;
}
