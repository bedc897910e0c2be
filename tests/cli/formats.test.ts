/**
 * The CLI wiring of every report format, --annotate and --fix on .docx, on
 * one run over a text letter, a Markdown letter and a Word letter. The
 * formats' own contents are tested beside each formatter.
 */
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/index.js';
import { runCli } from './helpers/memory-io.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const LETTERS = ['patel-faithfully.txt', 'repairs-appointment.md', 'signoff-mismatch.docx'];
let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'cc-check-formats-'));
  await copyFile(join(fixtures, 'letters/patel-faithfully.txt'), join(cwd, 'patel-faithfully.txt'));
  await copyFile(join(fixtures, 'letters/repairs-appointment.md'), join(cwd, 'repairs-appointment.md'));
  await copyFile(join(fixtures, 'docx/signoff-mismatch.docx'), join(cwd, 'signoff-mismatch.docx'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCli(argv, { cwd });

describe('--format', () => {
  it('sarif: one SARIF 2.1.0 log with a result for the sign-off in each letter', async () => {
    const { code, stdout, stderr } = await cli([...LETTERS, '--format', 'sarif']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    const uris = log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'courtesy/signoff-mismatch').map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(expect.arrayContaining(['patel-faithfully.txt', 'signoff-mismatch.docx']));
  });

  it('junit: one test case per document', async () => {
    const { stdout } = await cli([...LETTERS, '--format', 'junit']);
    expect(stdout).toMatch(/^<\?xml/);
    expect((stdout.match(/<testcase\b/g) ?? []).length).toBe(3);
    expect(stdout).toContain('courtesy/signoff-mismatch');
  });

  it('csv: a header and one row per finding', async () => {
    const { stdout } = await cli([...LETTERS, '--format', 'csv']);
    const json = JSON.parse((await cli([...LETTERS, '--format', 'json'])).stdout);
    const findings = json.files.reduce((sum: number, f: { findings: unknown[] }) => sum + f.findings.length, 0);
    const [header, ...rows] = stdout.split(/\r?\n/).filter((line) => line.length > 0);
    expect(header!.split(',').slice(0, 5)).toEqual(['path', 'kind', 'score', 'pass', 'ruleId']);
    // The first five fields never need quoting: path, kind, score, verdict and rule id.
    const withRule = rows.filter((row) => row.split(',')[4] !== '');
    expect(withRule).toHaveLength(findings);
    expect(withRule.some((row) => row.startsWith('signoff-mismatch.docx,letter,') && row.includes(',courtesy/signoff-mismatch,'))).toBe(true);
  });

  it('html: one self-contained page showing each letter', async () => {
    const { stdout, stderr } = await cli([...LETTERS, '--format', 'html', '--output', 'report.html']);
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    const html = await readFile(join(cwd, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Yours faithfully');
    expect(html).not.toMatch(/<script[^>]+src=/i);
  });

  it('docx: a Word report written to --output', async () => {
    const { stderr } = await cli([...LETTERS, '--format', 'docx', '--output', 'reports/letters.docx']);
    expect(stderr).toBe('');
    const bytes = await readFile(join(cwd, 'reports/letters.docx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('docx without --output is a usage error, before anything is checked', async () => {
    const { code, stdout, stderr } = await cli([...LETTERS, '--format', 'docx']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--format docx writes a Word file: name it with --output');
  });
});

describe('--annotate', () => {
  it('writes NAME.checked.docx beside the input, with a comment the loader reads back', async () => {
    const before = await readFile(join(cwd, 'signoff-mismatch.docx'));
    const { stderr } = await cli(['signoff-mismatch.docx', '--annotate']);
    expect(stderr).toMatch(/^cc-check: wrote signoff-mismatch\.checked\.docx with \d+ comments?\n$/);
    expect(await readFile(join(cwd, 'signoff-mismatch.docx'))).toEqual(before);
    const annotated = await loadFile(join(cwd, 'signoff-mismatch.checked.docx'));
    expect(annotated.text).toContain('Yours faithfully');
  });

  it('writes to --output when it names a .docx and there is one input, the report still on screen', async () => {
    const { stdout } = await cli(['signoff-mismatch.docx', '--annotate', '--output', 'out/commented.docx']);
    expect(stdout).toContain('courtesy/signoff-mismatch');
    expect((await stat(join(cwd, 'out/commented.docx'))).size).toBeGreaterThan(0);
  });
});

describe('--fix on .docx', () => {
  it('writes NAME.fixed.docx with the fix as a tracked change, leaves the input alone, and reports what remains', async () => {
    const before = await readFile(join(cwd, 'signoff-mismatch.docx'));
    const { stdout, stderr } = await cli(['signoff-mismatch.docx', '--fix', '--format', 'json']);
    expect(stderr).toContain('fixed 1 problem in signoff-mismatch.docx as tracked changes, written to signoff-mismatch.fixed.docx');
    expect(await readFile(join(cwd, 'signoff-mismatch.docx'))).toEqual(before);
    const [file] = JSON.parse(stdout).files;
    expect(file.path).toBe('signoff-mismatch.fixed.docx');
    expect(file.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');
    const fixed = await loadFile(join(cwd, 'signoff-mismatch.fixed.docx'));
    expect(fixed.text).toContain('Yours sincerely');
  });

  it('--fix-in-place writes over the input', async () => {
    await cli(['signoff-mismatch.docx', '--fix-in-place']);
    const { stdout } = await cli(['signoff-mismatch.docx', '--format', 'json']);
    expect(JSON.parse(stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');
  });

  it('--fix-dry-run shows the change to the letter text and writes nothing', async () => {
    const { stdout } = await cli(['signoff-mismatch.docx', '--fix-dry-run']);
    expect(stdout).toContain('-Yours faithfully');
    expect(stdout).toContain('+Yours sincerely');
    await expect(stat(join(cwd, 'signoff-mismatch.fixed.docx'))).rejects.toThrow();
  });
});
