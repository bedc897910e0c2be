/** The CLI end to end with the real rules on the shipped fixture letters. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/index.js';
import { runCli } from './helpers/memory-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const cli = (argv: string[]) => runCli(argv, { cwd: root });

async function json(argv: string[]) {
  const result = await cli([...argv, '--format', 'json']);
  return { ...result, report: JSON.parse(result.stdout) };
}

/** 1-based line of the first line of a file that starts with `text`. */
async function lineOf(path: string, text: string): Promise<number> {
  const lines = (await readFile(`${root}/${path}`, 'utf8')).split(/\r?\n/);
  const index = lines.findIndex((line) => line.trimStart().startsWith(text));
  expect(index, `${text} in ${path}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe('"Dear Mrs Patel … Yours faithfully"', () => {
  it('fails a text letter, and the finding points at the sign-off line', async () => {
    const path = 'fixtures/letters/patel-faithfully.txt';
    const { code, report } = await json([path]);
    expect(code).toBe(1);
    const finding = report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'courtesy/signoff-mismatch');
    expect(finding).toMatchObject({ severity: 'error', line: await lineOf(path, 'Yours faithfully'), column: 1, suggestion: 'Yours sincerely', standard: 'Shepway 11' });
    expect(finding.excerpt).toMatch(/^Yours faithfully/);
    expect(finding.message).toContain('Dear Mrs Patel');
    expect(report.files[0].pass).toBe(false);
  });

  it('fails a .docx letter, and the finding points at the sign-off paragraph', async () => {
    const path = 'fixtures/docx/signoff-mismatch.docx';
    const { code, report } = await json([path]);
    expect(report.files[0].error).toBeNull();
    expect(code).toBe(1);
    const document = await loadFile(`${root}/${path}`);
    const signoff = document.blocks.find((b) => document.text.slice(b.start, b.end).trim() === 'Yours faithfully');
    expect(signoff).toBeDefined();
    const finding = report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'courtesy/signoff-mismatch');
    expect(finding).toMatchObject({ excerpt: 'Yours faithfully', paragraph: signoff!.paragraph, part: 'body', suggestion: 'Yours sincerely' });
  });

  it('shows the .docx finding as ¶N in the stylish report', async () => {
    const { stdout } = await cli(['fixtures/docx/signoff-mismatch.docx', '--no-color']);
    expect(stdout).toMatch(/^ {2}¶\d+ +error +“Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”\. +courtesy\/signoff-mismatch · Shepway 11$/m);
  });
});

describe('clean letters', () => {
  it.each([['fixtures/letters/council-tax-clean.txt'], ['fixtures/docx/council-tax-reduction.docx'], ['fixtures/letters/repairs-appointment.md']])(
    '%s exits 0 with a score of at least 80 and no error',
    async (path) => {
      const { code, report } = await json([path]);
      expect(report.files[0].error).toBeNull();
      expect(code).toBe(0);
      expect(report.files[0].score).toBeGreaterThanOrEqual(80);
      expect(report.files[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    },
  );
});

describe('Markdown through the CLI', () => {
  it('points at merge fields where they are in the source file, not in front matter or code', async () => {
    const path = 'fixtures/letters/council-tax-reminder-template.md';
    const source = (await readFile(`${root}/${path}`, 'utf8')).split('\n');
    const { code, report } = await json([path]);
    expect(code).toBe(1);
    const placeholders = report.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'correspondence/placeholder');
    expect(placeholders.length).toBeGreaterThan(0);
    for (const finding of placeholders) {
      expect(source[finding.line - 1]!.slice(finding.column - 1, finding.endColumn - 1)).toBe(finding.excerpt);
    }
    // The front matter lists the merge fields by name; none of them is reported from there.
    expect(placeholders.every((f: { line: number }) => f.line > 4)).toBe(true);
  });
});

describe('rules and explain with the real catalogue', () => {
  it('lists courtesy/signoff-mismatch with its severity and standard', async () => {
    const { stdout } = await cli(['rules', '--no-color']);
    expect(stdout).toMatch(/^courtesy\/signoff-mismatch\s+error\s+courtesy\s+(yes|no)\s+Shepway 11$/m);
  });

  it('explains courtesy/signoff-mismatch with its examples', async () => {
    const { code, stdout } = await cli(['explain', 'courtesy/signoff-mismatch', '--no-color']);
    expect(code).toBe(0);
    expect(stdout).toContain('Standard: Shepway 11');
    expect(stdout).toContain('Bad:');
    expect(stdout).toContain('Good:');
    expect(stdout).toContain('Yours faithfully');
  });

  it('suggests the right id for a near miss', async () => {
    const { code, stderr } = await cli(['explain', 'signoff-mismatches']);
    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean "courtesy/signoff-mismatch"?');
  });
});
