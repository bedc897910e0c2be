/** --fix, --fix-dry-run and --fix-in-place with the real rules on copies of the fixture letters. */
import { chmod, copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { memoryIo } from './helpers/memory-io.js';

const fixtures = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));
let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'cc-check-fix-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function cli(argv: string[], stdin?: string) {
  const io = memoryIo({ cwd, stdin });
  const code = await run(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

async function findings(path: string): Promise<Array<{ ruleId: string; excerpt: string }>> {
  const { stdout } = await cli([path, '--format', 'json']);
  return JSON.parse(stdout).files[0].findings;
}

async function copyFixture(name: string, as = name): Promise<string> {
  await copyFile(join(fixtures, name), join(cwd, as));
  return as;
}

describe('--fix on text letters', () => {
  it('fixes the sign-off in place, and a second run no longer reports it', async () => {
    const path = await copyFixture('patel-faithfully.txt');
    expect((await findings(path)).map((f) => f.ruleId)).toContain('courtesy/signoff-mismatch');

    const { code, stdout, stderr } = await cli([path, '--fix', '--format', 'json']);
    expect(stderr).toBe(`cc-check: fixed 1 problem in ${path}\n`);
    const text = await readFile(join(cwd, path), 'utf8');
    expect(text).toContain('\nYours sincerely,\n');
    expect(text).not.toContain('Yours faithfully');
    // The report shows what remains after fixing: nothing, so the letter passes.
    expect(JSON.parse(stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');
    expect(code).toBe(0);
    expect((await findings(path)).map((f) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');
  });

  it('applies every unambiguous jargon, legal and waffle substitution and leaves the rest reported', async () => {
    const path = await copyFixture('noise-nuisance-wordy.txt');
    const before = await findings(path);
    const fixable = ['commenced', 'pursuant to', 'herewith', 'in order to', 'at this moment in time'];
    for (const phrase of fixable) expect(before.some((f) => f.excerpt.toLowerCase() === phrase)).toBe(true);

    await cli([path, '--fix']);
    const text = await readFile(join(cwd, path), 'utf8');
    expect(text).toContain('the Council has started an investigation under the Environmental Protection Act 1990');
    expect(text).toContain('Noise diary sheets are enclosed with this letter');
    expect(text).toContain('subject to resource availability within the team now.');
    expect(text).toContain('If you have any queries please contact me.');

    const after = await findings(path);
    for (const phrase of fixable) expect(after.some((f) => f.excerpt.toLowerCase() === phrase)).toBe(false);
    // "in due course" has no single safe replacement: still reported, never rewritten.
    expect(text).toContain('returned in due course');
    expect(after.some((f) => f.ruleId === 'plain/vague' && f.excerpt === 'in due course')).toBe(true);
  });

  it('keeps a CRLF file CRLF, its UTF-8 byte order mark and its permissions', async () => {
    const original = await readFile(join(fixtures, 'parking-signoff-capitals.txt'), 'utf8');
    const path = join(cwd, 'crlf.txt');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original.replace(/\n/g, '\r\n'))]));
    await chmod(path, 0o640);

    await cli(['crlf.txt', '--fix']);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toBe(original.replace('Yours Sincerely', 'Yours sincerely').replace(/\n/g, '\r\n'));
    expect(text).not.toMatch(/[^\r]\n/);
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('writes a UTF-16 file back as UTF-16', async () => {
    const original = await readFile(join(fixtures, 'occupier-yours-truly.txt'), 'utf8');
    const path = join(cwd, 'utf16.txt');
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
    await cli(['utf16.txt', '--fix']);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe(original.replace("Your's truly", 'Yours faithfully'));
  });

  it('fixes a Markdown letter without touching its markup', async () => {
    const markdown = '# Garden waste renewal\n\nDear Mr Okafor\n\nWe will **utilise** the [renewal form](https://example.gov.uk/renew) you sent.\n\nYours Sincerely\n\nSam Carter\n';
    await writeFile(join(cwd, 'renewal.md'), markdown);
    await cli(['renewal.md', '--fix']);
    const text = await readFile(join(cwd, 'renewal.md'), 'utf8');
    expect(text).toBe(markdown.replace('utilise', 'use').replace('Yours Sincerely', 'Yours sincerely'));
  });

  it('leaves a letter with nothing to fix untouched, not even rewritten', async () => {
    const path = await copyFixture('council-tax-clean.txt');
    const before = await stat(join(cwd, path));
    const { stderr } = await cli([path, '--fix']);
    expect(stderr).toBe('');
    expect((await stat(join(cwd, path))).mtimeMs).toBe(before.mtimeMs);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff of what --fix would change, and writes nothing', async () => {
    const path = await copyFixture('parking-signoff-capitals.txt');
    const before = await readFile(join(cwd, path));
    const { stdout, stderr } = await cli([path, '--fix-dry-run']);
    expect(stdout).toMatch(/^--- a\/parking-signoff-capitals\.txt\n\+\+\+ b\/parking-signoff-capitals\.txt\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(stdout).toContain('\n-Yours Sincerely\n+Yours sincerely\n');
    expect(stderr).toContain('1 fix in 1 file would be made; nothing was written');
    expect(await readFile(join(cwd, path))).toEqual(before);
  });

  it('--fix with --fix-dry-run still writes nothing', async () => {
    const path = await copyFixture('patel-faithfully.txt');
    const before = await readFile(join(cwd, path));
    const { stdout } = await cli([path, '--fix', '--fix-dry-run']);
    expect(stdout).toContain('+Yours sincerely,');
    expect(await readFile(join(cwd, path))).toEqual(before);
  });
});

describe('--fix on standard input', () => {
  it('prints the fixed text instead of the report', async () => {
    const letter = await readFile(join(fixtures, 'patel-faithfully.txt'), 'utf8');
    const { code, stdout } = await cli(['-', '--fix'], letter);
    expect(stdout).toBe(letter.replace('Yours faithfully,', 'Yours sincerely,'));
    expect(code).toBe(0);
  });

  it('refuses other inputs beside standard input', async () => {
    const path = await copyFixture('patel-faithfully.txt');
    const { code, stderr } = await cli(['-', path, '--fix'], 'Dear Mr Okafor\n');
    expect(code).toBe(2);
    expect(stderr).toContain('--fix with - prints the fixed text, so check standard input on its own');
  });
});

describe('option combinations', () => {
  it('--annotate with --fix is a usage error', async () => {
    const { code, stderr } = await cli(['x.docx', '--fix', '--annotate']);
    expect(code).toBe(2);
    expect(stderr).toContain('--annotate and --fix cannot run together');
  });

  it('--annotate notes a text input it cannot annotate and writes nothing', async () => {
    const path = await copyFixture('patel-faithfully.txt');
    const { stderr } = await cli([path, '--annotate']);
    expect(stderr).toContain(`cc-check: ${path} is not a .docx, so it was checked but not annotated`);
  });
});
