import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/engine/run.js';

const FOLDER = fileURLToPath(new URL('../../../fixtures/letters/', import.meta.url));
const LETTERS = readdirSync(FOLDER).filter((name) => name.endsWith('.txt')).sort();

describe('correspondence/placeholder on the shipped letters', () => {
  it('fires only on the unfilled mail-merge letter, once per placeholder', async () => {
    const report = await checkFiles(LETTERS.map((name) => join(FOLDER, name)), { only: ['correspondence/placeholder'] });
    const firing = report.files.filter((file) => file.findings.length > 0);
    expect(firing.map((file) => basename(file.path))).toEqual(['council-tax-placeholder.txt']);
    expect(firing[0]!.findings.map((f) => `${f.line}:${f.column} ${f.excerpt}`)).toEqual([
      '7:1 «Title»',
      '7:9 «Initial»',
      '7:19 «Surname»',
      '8:1 «Address1»',
      '9:1 «Town»',
      '10:1 «Postcode»',
      '12:17 [ACCOUNT NUMBER]',
      '16:1 [INSERT DATE]',
      '18:6 «Title»',
      '18:14 «Surname»',
      '22:63 £XXX',
      '24:20 xx/xx/xxxx',
    ]);
  });
});
