/** cc-check as a user runs it: a real node process on the built dist/ (see build-dist.ts). */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_LETTER } from './helpers/letters.js';
import { ccCheck, root } from './helpers/spawn.js';

describe('bin/cc-check.js', () => {
  it('prints the version and exits 0', async () => {
    const { code, stdout } = await ccCheck(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('checks a Markdown letter and prints a stylish report without colour into a pipe', async () => {
    const { code, stdout, stderr } = await ccCheck(['fixtures/letters/repairs-appointment.md']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    expect(stdout).toContain('fixtures/letters/repairs-appointment.md');
    expect(stdout).toMatch(/(PASS|FAIL) {2}score \d+\/100/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('reads standard input and writes JSON', async () => {
    const { stdout } = await ccCheck(['-', '--format', 'json'], { stdin: CLEAN_LETTER });
    const report = JSON.parse(stdout);
    expect(report.files[0]).toMatchObject({ path: '<stdin>', format: 'txt', error: null });
  });

  it('exits 2 for a missing file beside a readable one, and still checks the readable one', async () => {
    const { code, stdout } = await ccCheck(['fixtures/letters/no-such-letter.txt', 'fixtures/letters/garden-waste-renewal.md', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['fixtures/letters/no-such-letter.txt', 'fixtures/letters/garden-waste-renewal.md']);
    expect(report.files[1].score).toEqual(expect.any(Number));
  });

  it('exits 2 on an unknown option with commander’s message on stderr', async () => {
    const { code, stdout, stderr } = await ccCheck(['--colour', 'x.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("unknown option '--colour'");
  });

  it('keeps the --cache between processes: the second run checks nothing and reports the same', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'cc-check-bin-cache-'));
    try {
      await cp(join(root, 'fixtures/letters'), join(cwd, 'letters'), { recursive: true });
      const debug = { env: { CC_CHECK_DEBUG: '1' }, cwd };
      const first = await ccCheck(['letters', '--cache', '--format', 'json'], debug);
      const files = JSON.parse(first.stdout).files.length;
      expect(first.stderr).toBe(`cc-check: ${files} checked, 0 from the cache\n`);
      const second = await ccCheck(['letters', '--cache', '--format', 'json'], debug);
      expect(second.stderr).toBe(`cc-check: 0 checked, ${files} from the cache\n`);
      expect(second.stdout).toBe(first.stdout);
      expect(second.code).toBe(first.code);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
