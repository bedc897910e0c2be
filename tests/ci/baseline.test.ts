/** Baselines on a copy of the fixture letters: adopt today's findings, fail only on new ones. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers/memory-io.js';

const fixtures = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));
let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'cc-check-baseline-'));
  await cp(fixtures, join(cwd, 'templates'), { recursive: true });
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCli(argv, { cwd });

interface JsonFinding {
  ruleId: string;
  excerpt: string;
  severity: string;
  baseline?: string;
  line: number;
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const full = join(cwd, path);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

describe('--baseline-write and --baseline', () => {
  it('a repository that fails today passes against its own baseline', async () => {
    const today = await cli(['templates']);
    expect(today.code).toBe(1);

    const written = await cli(['templates', '--baseline-write', '.cc-check-baseline.json']);
    expect(written.stderr).toMatch(/wrote the baseline \.cc-check-baseline\.json: \d+ findings in \d+ files/);
    expect(written.code).toBe(0);
    const baseline = JSON.parse(await readFile(join(cwd, '.cc-check-baseline.json'), 'utf8'));
    expect(baseline).toMatchObject({ tool: 'cc-check', baselineFormat: 1 });
    expect(Object.keys(baseline.files)).toContain('templates/patel-faithfully.txt');
    expect(baseline.files['templates/patel-faithfully.txt'].findings.map((f: JsonFinding) => f.ruleId)).toContain('courtesy/signoff-mismatch');

    const { code, stdout } = await cli(['templates', '--baseline', '.cc-check-baseline.json', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.failed).toBe(0);
    const patel = report.files.find((f: { path: string }) => f.path === 'templates/patel-faithfully.txt');
    // Known findings stay in the report, marked, without failing the file.
    expect(patel.pass).toBe(true);
    expect(patel.findings.find((f: JsonFinding) => f.ruleId === 'courtesy/signoff-mismatch')).toMatchObject({ severity: 'error', baseline: 'known' });
  });

  it('one new finding in one file fails the run and is the only finding named new', async () => {
    await cli(['templates', '--baseline-write', 'baseline.json']);
    const before = await readFile(join(cwd, 'templates/council-tax-clean.txt'), 'utf8');
    await edit('templates/council-tax-clean.txt', (text) => text.replace('I will send you a new bill within 5 working days.', 'I will utilise your bank details to send you a new bill within 5 working days.'));

    expect(await readFile(join(cwd, 'templates/council-tax-clean.txt'), 'utf8')).not.toBe(before);
    const { code, stdout } = await cli(['templates', '--baseline', 'baseline.json', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const fresh = report.files.flatMap((f: { path: string; findings: JsonFinding[] }) => f.findings.filter((x) => x.baseline === 'new').map((x) => ({ path: f.path, ruleId: x.ruleId, excerpt: x.excerpt })));
    expect(fresh).toEqual([{ path: 'templates/council-tax-clean.txt', ruleId: 'plain/jargon', excerpt: 'utilise' }]);
    expect(report.files.filter((f: { pass: boolean }) => !f.pass).map((f: { path: string }) => f.path)).toEqual(['templates/council-tax-clean.txt']);

    const stylish = await cli(['templates', '--baseline', 'baseline.json']);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/FAIL {2}score \d+\/100 \(1 new finding/);
    // Elsewhere the known findings stay listed, tagged; in the changed file the new one is not tagged.
    expect(stylish.stdout).toContain('courtesy/signoff-mismatch · Shepway 11 · in baseline');
    const block = stylish.stdout.split('\n\n').find((b) => b.startsWith('templates/council-tax-clean.txt'))!;
    const jargon = block.split('\n').filter((line) => line.includes('plain/jargon'));
    expect(jargon).toHaveLength(1);
    expect(jargon[0]).not.toContain('in baseline');
  });

  it('findings that only moved to another line are still known', async () => {
    await cli(['templates', '--baseline-write', 'baseline.json']);
    await edit('templates/patel-faithfully.txt', (text) => text.replace('Thank you for telling us that you now live alone.', 'Thank you for telling us that you now live alone.\n\nWe have checked the electoral register.'));
    const { code, stdout } = await cli(['templates/patel-faithfully.txt', '--baseline', 'baseline.json', '--format', 'json']);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings.every((f: JsonFinding) => f.baseline === 'known')).toBe(true);
    expect(code).toBe(0);
  });

  it('fixing a known finding never fails; a second copy of a known finding is new', async () => {
    await cli(['templates', '--baseline-write', 'baseline.json']);
    await edit('templates/parking-signoff-capitals.txt', (text) => text.replace('Yours Sincerely', 'Yours sincerely'));
    expect((await cli(['templates', '--baseline', 'baseline.json'])).code).toBe(0);

    await edit('templates/noise-nuisance-wordy.txt', (text) => text.replace('Your case will be reviewed', 'Pursuant to our policy, your case will be reviewed'));
    const { code, stdout } = await cli(['templates/noise-nuisance-wordy.txt', '--baseline', 'baseline.json', '--format', 'json']);
    const fresh = JSON.parse(stdout).files[0].findings.filter((f: JsonFinding) => f.baseline === 'new');
    expect(fresh.map((f: JsonFinding) => `${f.ruleId} ${f.excerpt}`)).toEqual(['plain/latin-legal Pursuant to']);
    expect(code).toBe(1);
  });

  it('--max-warnings counts only the warnings the baseline does not record', async () => {
    await cli(['templates', '--baseline-write', 'baseline.json']);
    expect((await cli(['templates', '--max-warnings', '0'])).code).toBe(1);
    expect((await cli(['templates', '--baseline', 'baseline.json', '--max-warnings', '0'])).code).toBe(0);
    await edit('templates/licensing-clean.txt', (text) => text.replace(/\n\nYours sincerely/, '\n\nWe will contact you in due course.\n\nYours sincerely'));
    const { code, stderr } = await cli(['templates', '--baseline', 'baseline.json', '--max-warnings', '0']);
    expect(code).toBe(1);
    expect(stderr).toContain('cc-check: 1 new warning found, more than --max-warnings 0 allows');
  });

  it('a file not in the baseline is judged as usual', async () => {
    await cli(['templates/council-tax-clean.txt', '--baseline-write', 'baseline.json']);
    const { code, stdout } = await cli(['templates/patel-faithfully.txt', '--baseline', 'baseline.json', '--format', 'json']);
    const [file] = JSON.parse(stdout).files;
    expect(file.pass).toBe(false);
    expect(file.findings.every((f: JsonFinding) => f.baseline === 'new')).toBe(true);
    expect(code).toBe(1);
  });

  it('a missing or invalid baseline is a usage error', async () => {
    const missing = await cli(['templates', '--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('baseline "');
    expect(missing.stderr).toContain('nope.json": file not found; write one first with --baseline-write');

    await writeFile(join(cwd, 'broken.json'), '{"tool": "cc-check", ');
    const broken = await cli(['templates', '--baseline', 'broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');

    await writeFile(join(cwd, 'other.json'), JSON.stringify({ tool: 'eslint', files: [] }));
    const other = await cli(['templates', '--baseline', 'other.json']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('is not a cc-check baseline');
    expect(other.stdout).toBe('');
  });
});
