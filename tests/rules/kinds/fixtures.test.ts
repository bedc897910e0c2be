import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { checkCustomRuleExamples } from '../../../src/rules/kinds/examples.js';
import { isCustomRule, loadCustomRules } from '../../../src/rules/kinds/load.js';

const SHEPWAY = fileURLToPath(new URL('../../../fixtures/custom-rules/shepway/', import.meta.url));

describe('the sample organisation folder fixtures/custom-rules/shepway', async () => {
  const rules = await loadCustomRules(SHEPWAY);

  it('loads one rule per file, named after the folder and the file, in file order', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([
      'shepway/council-name',
      'shepway/letter-length',
      'shepway/ombudsman',
      'shepway/salutation-name',
      'shepway/signature-contact',
      'shepway/stock-phrases',
      'shepway/subject-length',
    ]);
  });

  it('covers every kind of rule', () => {
    expect(new Set(rules.filter(isCustomRule).map((r) => r.custom.kind))).toEqual(new Set(['existence', 'substitution', 'required', 'metric']));
  });

  for (const rule of rules) {
    it(`${rule.meta.id}: its bad examples are flagged and its good ones are not`, async () => {
      expect(isCustomRule(rule)).toBe(true);
      if (isCustomRule(rule)) expect(await checkCustomRuleExamples(rule)).toEqual([]);
    });
  }

  it('runs beside the built-in rules', async () => {
    const report = await checkText('Dear Mr Hughes\n\nShepway Council will collect your bin on Friday.\n\nYours sincerely\n\nPriya Shah\n01303 853000\n', {
      extraRules: rules,
    });
    const finding = report.files[0]!.findings.find((f) => f.ruleId === 'shepway/council-name');
    expect(finding).toMatchObject({
      message: 'Write “Shepway District Council”, not “Shepway Council”: our name is always written in full.',
      standard: 'Shepway 11 (corporate style)',
      severity: 'warning',
      line: 3,
      column: 1,
      suggestion: 'Shepway District Council',
    });
    expect(report.files[0]!.score).toBeLessThan(100);
  });
});
