import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/engine/run.js';
import { plainRules } from '../../../src/rules/plain/index.js';

const FOLDER = fileURLToPath(new URL('../../../fixtures/letters/', import.meta.url));
const LETTERS = readdirSync(FOLDER).filter((name) => name.endsWith('.txt')).sort();
const WORDY = 'noise-nuisance-wordy.txt';

/** What each plain rule finds in the wordy letter: the excerpts, in order. */
const IN_WORDY_LETTER: Record<string, string[]> = {
  'plain/slow-start': ['I am writing to inform you that'],
  'plain/readability': [expect.stringMatching(/^I am writing to inform you/) as unknown as string],
  'plain/jargon': ['commenced', 'ascertain'],
  'plain/latin-legal': ['pursuant to', 'herewith'],
  'plain/sentence-length': [expect.stringMatching(/^Noise diary sheets/) as unknown as string],
  'plain/passive': ['be completed', 'be progressed', 'be reviewed'],
  'plain/vague': ['in due course', 'as soon as possible', 'in due course'],
  'plain/waffle': ['in order to', 'going forward', 'at this moment in time', 'Please find enclosed', 'please do not hesitate to'],
  'plain/abbreviation': ['EHO', 'ASB'],
  'plain/spelling': [],
  'plain/grammar': [],
  'plain/targets': [expect.stringMatching(/^Noise diary sheets are enclosed herewith/) as unknown as string],
  // Quiet without a vocabulary in the organisation profile.
  'plain/vocabulary': [],
};

describe('plain rules on the shipped letters', () => {
  it('covers every plain rule', () => {
    expect(Object.keys(IN_WORDY_LETTER).sort()).toEqual(plainRules.map((r) => r.meta.id).sort());
  });

  for (const [ruleId, excerpts] of Object.entries(IN_WORDY_LETTER)) {
    it(`${ruleId} finds what the wordy letter gets wrong`, async () => {
      const report = await checkFiles([join(FOLDER, WORDY)], { only: [ruleId] });
      expect(report.files[0]!.findings.map((f) => f.excerpt)).toEqual(excerpts);
    });
  }

  it('fails the wordy letter on plain language alone', async () => {
    const report = await checkFiles([join(FOLDER, WORDY)], { only: plainRules.map((r) => r.meta.id) });
    expect(report.files[0]).toMatchObject({ pass: false });
    expect(report.files[0]!.score!).toBeLessThan(50);
  });

  it('finds no error-level plain-language problem in any other letter', async () => {
    const others = LETTERS.filter((name) => name !== WORDY);
    const report = await checkFiles(others.map((name) => join(FOLDER, name)), { only: plainRules.map((r) => r.meta.id) });
    const errors = report.files.flatMap((file) => file.findings.filter((f) => f.severity === 'error').map((f) => `${basename(file.path)}: ${f.ruleId} ${f.excerpt}`));
    expect(errors).toEqual([]);
  });
});
