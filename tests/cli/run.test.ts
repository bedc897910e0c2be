import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLEAN_LETTER, MISMATCHED_LETTER, MISMATCHED_SIGNOFF_LINE, WORDY_LETTER } from './helpers/letters.js';
import { runCli } from './helpers/memory-io.js';

// Stand-in rules with known findings; the real rules are exercised in letters.test.ts.
vi.mock('../../src/rules/index.js', async () => import('./helpers/test-rules.js'));

const ESC = '\u001b[';
let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'cc-check-cli-'));
  await mkdir(join(cwd, 'letters'));
  await writeFile(join(cwd, 'letters/mismatch.txt'), MISMATCHED_LETTER);
  await writeFile(join(cwd, 'letters/clean.txt'), CLEAN_LETTER);
  await writeFile(join(cwd, 'letters/wordy.txt'), WORDY_LETTER);
  await mkdir(join(cwd, 'other'));
  await writeFile(join(cwd, 'other/broken.txt'), 'Dear Mr Okafor\n\nTRIGGER-INTERNAL-ERROR\n\nYours sincerely\n');
  await writeFile(join(cwd, 'letters/empty.txt'), '');
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const cli = (argv: string[], options: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}) => runCli(argv, { cwd, ...options });

describe('checking files', () => {
  it('exits 0 and reports PASS for a clean letter', async () => {
    const { code, stdout, stderr } = await cli(['letters/clean.txt']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('letters/clean.txt');
    expect(stdout).toContain('PASS  score 100/100');
    expect(stdout).toContain('1 file checked, 1 passed, 0 failed');
  });

  it('exits 1 and shows where, what, the suggestion, the rule and the standard for an error', async () => {
    const { code, stdout } = await cli(['letters/mismatch.txt']);
    expect(code).toBe(1);
    const line = stdout.split('\n').find((l) => l.includes('courtesy/test-signoff'))!;
    expect(line).toMatch(new RegExp(`^  ${MISMATCHED_SIGNOFF_LINE}:1\\s+error\\s+"Dear Mrs Patel" needs "Yours sincerely", not "Yours faithfully"\\s+courtesy/test-signoff · Shepway 11$`));
    expect(stdout).toContain('→ Yours sincerely');
    expect(stdout).toContain('FAIL  score 85/100 (1 error)');
    expect(stdout).toContain('1 file checked, 0 passed, 1 failed');
  });

  it('prints the JSON contract with --format json', async () => {
    const { code, stdout } = await cli(['letters/mismatch.txt', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ tool: 'cc-check', schemaVersion: 1, summary: { files: 1, passed: 0, failed: 1, errors: 0, meanScore: 85 } });
    const [file] = report.files;
    expect(file).toMatchObject({ path: 'letters/mismatch.txt', score: 85, pass: false, error: null });
    expect(file.findings).toEqual([
      {
        ruleId: 'courtesy/test-signoff',
        severity: 'error',
        message: '"Dear Mrs Patel" needs "Yours sincerely", not "Yours faithfully"',
        line: MISMATCHED_SIGNOFF_LINE,
        column: 1,
        endLine: MISMATCHED_SIGNOFF_LINE,
        endColumn: 17,
        excerpt: 'Yours faithfully',
        suggestion: 'Yours sincerely',
        standard: 'Shepway 11',
      },
    ]);
  });

  it('reports files in the order given, a missing file among them, and exits 2', async () => {
    const { code, stdout } = await cli(['letters/wordy.txt', 'letters/missing.txt', 'letters/clean.txt', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['letters/wordy.txt', 'letters/missing.txt', 'letters/clean.txt']);
    expect(report.files[1]).toMatchObject({ score: null, pass: false, error: { code: 'not-found', message: 'file not found' } });
    expect(report.files[0].findings).toHaveLength(3);
    expect(report.files[2].pass).toBe(true);
    expect(report.summary).toMatchObject({ files: 3, passed: 2, failed: 0, errors: 1 });
  });

  it('shows an unreadable file as one line in the stylish report and counts it in the summary', async () => {
    const { code, stdout } = await cli(['letters/empty.txt', 'letters/clean.txt']);
    expect(code).toBe(2);
    expect(stdout).toContain('✖ letters/empty.txt: the file is empty\n');
    expect(stdout).toContain('2 files checked, 1 passed, 0 failed, 1 unreadable');
  });

  it('checks a folder, without listing a file named before it twice', async () => {
    const { stdout } = await cli(['letters/clean.txt', 'letters', '--format', 'json']);
    const paths = JSON.parse(stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['letters/clean.txt', 'letters/empty.txt', 'letters/mismatch.txt', 'letters/wordy.txt']);
  });

  it('reports a glob that matches nothing as unreadable input', async () => {
    const { code, stdout } = await cli(['letters/**/*.docx']);
    expect(code).toBe(2);
    expect(stdout).toContain('✖ letters/**/*.docx: no files match this pattern');
  });
});

describe('options', () => {
  it('--quiet leaves warnings and info out of the stylish report', async () => {
    const { code, stdout } = await cli(['letters/wordy.txt', '--quiet']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('plain/test-jargon');
    expect(stdout).not.toContain('plain/test-vague');
    expect(stdout).toContain('✔ no errors');
    expect(stdout).toContain('PASS  score 91/100');
  });

  it('--quiet leaves warnings out of the JSON report but keeps errors', async () => {
    const { stdout } = await cli(['letters/wordy.txt', 'letters/mismatch.txt', '--quiet', '--format', 'json']);
    const [wordy, mismatch] = JSON.parse(stdout).files;
    expect(wordy.findings).toEqual([]);
    expect(mismatch.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['courtesy/test-signoff']);
  });

  it('--max-warnings fails a run with more warnings than allowed', async () => {
    const over = await cli(['letters/wordy.txt', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('cc-check: 2 warnings found, more than --max-warnings 1 allows\n');
    const at = await cli(['letters/wordy.txt', '--max-warnings', '2']);
    expect(at.code).toBe(0);
    expect(at.stderr).toBe('');
  });

  it('--min-score fails a document below the mark and says why', async () => {
    const { code, stdout } = await cli(['letters/wordy.txt', '--min-score', '95']);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL  score 91/100 (score below 95)');
  });

  it.each([['101'], ['-1'], ['eighty'], ['8.5']])('--min-score %s is a usage error', async (value) => {
    const { code, stdout, stderr } = await cli(['letters/clean.txt', '--min-score', value]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`--min-score must be a whole number from 0 to 100, not "${value}"`);
  });

  it('--max-warnings must be a whole number', async () => {
    const { code, stderr } = await cli(['letters/clean.txt', '--max-warnings', 'none']);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings must be a whole number of 0 or more');
  });

  it('--format refuses a format it does not make, naming those it does', async () => {
    const { code, stderr } = await cli(['letters/clean.txt', '--format', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'pdf' is invalid");
    expect(stderr).toContain('stylish, json, sarif, junit, csv, html, docx');
  });

  it('an unknown option is a usage error with a suggestion', async () => {
    const { code, stderr } = await cli(['letters/clean.txt', '--max-warning', '3']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--max-warning'");
    expect(stderr).toContain('--max-warnings');
  });

  it('no paths is a usage error', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('cc-check: no paths given');
  });

  it('--version and --help exit 0', async () => {
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: cc-check');
    expect(help.stdout).toContain('--max-warnings <n>');
    expect(help.stdout).toContain('explain');
  });
});

describe('--output', () => {
  it('writes the report to the file, creating its folder, and prints nothing', async () => {
    const { code, stdout } = await cli(['letters/mismatch.txt', '--format', 'json', '--output', 'reports/today/report.json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const report = JSON.parse(await readFile(join(cwd, 'reports/today/report.json'), 'utf8'));
    expect(report.files[0].findings[0].ruleId).toBe('courtesy/test-signoff');
  });

  it('writes a stylish report without colour even when colour is forced', async () => {
    await cli(['letters/mismatch.txt', '--output', 'reports/report.txt'], { env: { FORCE_COLOR: '1' }, isTTY: true });
    const text = await readFile(join(cwd, 'reports/report.txt'), 'utf8');
    expect(text).toContain('courtesy/test-signoff');
    expect(text).not.toContain(ESC);
  });

  it('refuses to write over a file being checked', async () => {
    const before = await readFile(join(cwd, 'letters/clean.txt'), 'utf8');
    const { code, stderr } = await cli(['letters', '--output', './letters/../letters/clean.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('refusing to write the report over "letters/clean.txt"');
    expect(await readFile(join(cwd, 'letters/clean.txt'), 'utf8')).toBe(before);
  });
});

describe('standard input', () => {
  it('checks - as a text file named <stdin>', async () => {
    const { code, stdout } = await cli(['-', '--format', 'json'], { stdin: MISMATCHED_LETTER });
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout).files;
    expect(file).toMatchObject({ path: '<stdin>', format: 'txt' });
    expect(file.findings[0]).toMatchObject({ ruleId: 'courtesy/test-signoff', line: MISMATCHED_SIGNOFF_LINE });
  });

  it('--stdin-filename gives its kind: Markdown code blocks are not checked', async () => {
    const markdown = 'Dear Mr Okafor\n\n```\nutilise\n```\n\nWe will utilise your answers.\n\nYours sincerely\n';
    const { stdout } = await cli(['-', '--stdin-filename', 'draft.md', '--format', 'json'], { stdin: markdown });
    const [file] = JSON.parse(stdout).files;
    expect(file).toMatchObject({ path: 'draft.md', format: 'md' });
    expect(file.findings.map((f: { line: number; column: number }) => `${f.line}:${f.column}`)).toEqual(['7:9']);
  });

  it('reports standard input in its place among the files', async () => {
    const { stdout } = await cli(['letters/clean.txt', '-', 'letters/wordy.txt', '--format', 'json'], { stdin: CLEAN_LETTER });
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['letters/clean.txt', '<stdin>', 'letters/wordy.txt']);
  });

  it('empty standard input is unreadable input', async () => {
    const { code, stdout } = await cli(['-'], { stdin: '' });
    expect(code).toBe(2);
    expect(stdout).toContain('✖ <stdin>: the file is empty');
  });

  it('--stdin-filename without - is a usage error', async () => {
    const { code, stderr } = await cli(['letters/clean.txt', '--stdin-filename', 'x.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('--stdin-filename needs - among the paths');
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal', async () => {
    expect((await cli(['letters/mismatch.txt'])).stdout).not.toContain(ESC);
  });

  it('is on for a terminal, and off with --no-color or NO_COLOR', async () => {
    expect((await cli(['letters/mismatch.txt'], { isTTY: true })).stdout).toContain(ESC);
    expect((await cli(['letters/mismatch.txt', '--no-color'], { isTTY: true })).stdout).not.toContain(ESC);
    expect((await cli(['letters/mismatch.txt'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR turns it on for a pipe, and --no-color still wins', async () => {
    expect((await cli(['letters/mismatch.txt'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await cli(['letters/mismatch.txt', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('rules and explain', () => {
  it('lists every rule with severity, category, fixable and standard', async () => {
    const { code, stdout } = await cli(['rules']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^rule\s+severity\s+category\s+fixable\s+standard$/);
    expect(lines.find((l) => l.startsWith('courtesy/test-signoff'))).toMatch(/^courtesy\/test-signoff\s+error\s+courtesy\s+no\s+Shepway 11$/);
    expect(stdout).toContain('4 rules.');
  });

  it('lists the rules as JSON', async () => {
    const { stdout } = await cli(['rules', '--format', 'json']);
    const { rules } = JSON.parse(stdout);
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['plain/test-jargon', 'plain/test-vague', 'courtesy/test-signoff', 'correspondence/test-broken']);
    expect(rules[0]).toEqual({ id: 'plain/test-jargon', severity: 'warning', category: 'plain', fixable: false, standard: 'Shepway 12', description: 'Test stand-in: "utilise" is jargon.' });
  });

  it('explains a rule: description, why, standard, fixable, bad and good examples', async () => {
    const { code, stdout } = await cli(['explain', 'courtesy/test-signoff']);
    expect(code).toBe(0);
    expect(stdout).toContain('courtesy/test-signoff  error · courtesy · not fixable');
    expect(stdout).toContain('Why: A letter to a named person ends "Yours sincerely".');
    expect(stdout).toContain('Standard: Shepway 11');
    expect(stdout).toContain('Fixable: no');
    expect(stdout).toContain('Bad:\n  ✖ Dear Mrs Patel\n    \n    Thank you.\n    \n    Yours faithfully'.replace(/ +\n/g, '\n'));
    expect(stdout).toContain('Good:\n  ✔ Dear Mrs Patel');
  });

  it('an unknown rule exits 2 with a suggestion', async () => {
    const { code, stdout, stderr } = await cli(['explain', 'courtesy/test-signof']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown rule "courtesy/test-signof". Did you mean "courtesy/test-signoff"?');
  });

  it('suggests the full id when the category is left out', async () => {
    const { stderr } = await cli(['explain', 'test-jargon']);
    expect(stderr).toContain('Did you mean "plain/test-jargon"?');
  });

  it('does not suggest a rule for something unrelated', async () => {
    const { code, stderr } = await cli(['explain', 'html/heading-order']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('Did you mean');
  });
});

describe('internal errors', () => {
  it('prints one line and exits 2', async () => {
    const { code, stderr } = await cli(['other/broken.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('cc-check: internal error: rule exploded\n');
  });

  it('adds the stack with CC_CHECK_DEBUG=1', async () => {
    const { code, stderr } = await cli(['other/broken.txt'], { env: { CC_CHECK_DEBUG: '1' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cc-check: internal error: rule exploded\nTypeError: rule exploded\n[\s\S]*\n\s+at /);
  });
});
