import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/engine/run.js';

const FOLDER = fileURLToPath(new URL('../../../fixtures/letters/', import.meta.url));
const LETTERS = readdirSync(FOLDER).filter((name) => name.endsWith('.txt')).sort();

/** Which .txt letters each rule must fire on; it must stay quiet on every other one. */
const FIRES_ON: Record<string, string[]> = {
  'courtesy/salutation-missing': ['benefits-no-salutation.txt'],
  'courtesy/salutation-impersonal': ['complaint-sir-madam.txt'],
  'courtesy/signoff-mismatch': ['patel-faithfully.txt'],
  'courtesy/signoff-missing': ['repairs-no-signoff.txt'],
  'courtesy/signoff-format': ['occupier-yours-truly.txt', 'parking-signoff-capitals.txt'],
  'courtesy/name-mismatch': ['housing-wrong-title.txt', 'planning-wrong-name.txt'],
};

const CLEAN = [
  'council-tax-clean.txt',
  'housing-repair-clean.txt',
  'licensing-clean.txt',
  'occupier-bin-day-clean.txt',
  'parking-permit-clean.txt',
  'planning-decision-clean.txt',
  'waste-collection-clean.txt',
];

describe('courtesy rules on the shipped letters', () => {
  it('has the letters this table names', () => {
    for (const name of [...Object.values(FIRES_ON).flat(), ...CLEAN]) expect(LETTERS).toContain(name);
  });

  for (const [ruleId, expected] of Object.entries(FIRES_ON)) {
    it(`${ruleId} fires on ${expected.join(', ')} and on no other letter`, async () => {
      const report = await checkFiles(LETTERS.map((name) => join(FOLDER, name)), { only: [ruleId] });
      const firing = report.files.filter((file) => file.findings.length > 0).map((file) => basename(file.path));
      expect(firing).toEqual(expected);
      for (const file of report.files) if (firing.includes(basename(file.path))) expect(file.findings).toHaveLength(1);
    });
  }

  it('points the Patel mismatch at the sign-off line, with the fix', async () => {
    const report = await checkFiles([join(FOLDER, 'patel-faithfully.txt')], { only: ['courtesy/signoff-mismatch'] });
    expect(report.files[0]!.findings[0]).toMatchObject({
      ruleId: 'courtesy/signoff-mismatch',
      severity: 'error',
      message: '“Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”.',
      line: 31,
      column: 1,
      endLine: 31,
      endColumn: 17,
      excerpt: 'Yours faithfully',
      suggestion: 'Yours sincerely',
      standard: 'Shepway 11',
    });
    expect(report.files[0]!.pass).toBe(false);
  });

  it('finds no error in a clean letter with every rule on, and each one passes', async () => {
    const report = await checkFiles(CLEAN.map((name) => join(FOLDER, name)));
    for (const file of report.files) {
      const errors = file.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message} [${f.excerpt}]`);
      expect(errors, basename(file.path)).toEqual([]);
      expect(file.score, basename(file.path)).toBeGreaterThanOrEqual(80);
      expect(file.pass, basename(file.path)).toBe(true);
    }
  });
});
