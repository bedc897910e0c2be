/** --cache: unchanged files are not loaded again; a changed file, options or a corrupt cache are handled. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/index.js';
import { memoryIo } from '../cli/helpers/memory-io.js';

// Count every load, whichever way the CLI reaches the loaders.
const loads = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('../../src/load/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/index.js')>();
  return {
    ...original,
    loadBytes: (path: string, ...rest: Parameters<typeof original.loadBytes> extends [string, ...infer R] ? R : never) => {
      loads.paths.push(path);
      return original.loadBytes(path, ...rest);
    },
    loadFile: (path: string) => {
      loads.paths.push(path);
      return original.loadFile(path);
    },
  };
});

const fixtures = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));
let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'cc-check-cache-'));
  await cp(fixtures, join(cwd, 'letters'), { recursive: true });
  loads.paths = [];
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  loads.paths = [];
  const io = memoryIo({ cwd });
  const code = await run(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), loaded: [...loads.paths] };
}

describe('--cache', () => {
  it('checks every file once, then reuses every result for unchanged files with the same report', async () => {
    const first = await cli(['letters', '--cache', '--format', 'json']);
    const files = JSON.parse(first.stdout).files.length;
    expect(files).toBeGreaterThan(15);
    expect(first.loaded).toHaveLength(files);
    const cache = JSON.parse(await readFile(join(cwd, '.cc-check-cache'), 'utf8'));
    expect(Object.keys(cache.entries)).toContain('letters/patel-faithfully.txt');

    const second = await cli(['letters', '--cache', '--format', 'json']);
    expect(second.loaded).toEqual([]);
    expect(second.code).toBe(first.code);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it('re-checks only a changed file', async () => {
    await cli(['letters', '--cache']);
    const path = join(cwd, 'letters/council-tax-clean.txt');
    await writeFile(path, (await readFile(path, 'utf8')).replace('Thank you for your letter', 'Thank you for your recent letter'));
    const { loaded } = await cli(['letters', '--cache']);
    expect(loaded).toEqual(['letters/council-tax-clean.txt']);
  });

  it('re-checks everything when the options that change results change', async () => {
    const first = await cli(['letters', '--cache', '--min-score', '90']);
    const second = await cli(['letters', '--cache', '--min-score', '70']);
    expect(second.loaded).toHaveLength(first.loaded.length);
    expect((await cli(['letters', '--cache', '--min-score', '70'])).loaded).toEqual([]);
  });

  it('keeps the cache where --cache-location says, a file or a folder', async () => {
    await cli(['letters/patel-faithfully.txt', '--cache-location', 'build/cc-check.json']);
    expect(JSON.parse(await readFile(join(cwd, 'build/cc-check.json'), 'utf8')).tool).toBe('cc-check');
    await cli(['letters/patel-faithfully.txt', '--cache-location', 'build/']);
    expect(JSON.parse(await readFile(join(cwd, 'build/.cc-check-cache'), 'utf8')).tool).toBe('cc-check');
    expect((await cli(['letters/patel-faithfully.txt', '--cache', '--cache-location', 'build'])).loaded).toEqual([]);
  });

  it('ignores a corrupt cache with a warning, checks everything and writes a good one', async () => {
    await writeFile(join(cwd, '.cc-check-cache'), '{"tool":"cc-check","entries":{"letters/pat');
    const { code, stderr, loaded } = await cli(['letters/patel-faithfully.txt', '--cache']);
    expect(stderr).toContain('cc-check: warning: the cache "');
    expect(stderr).toContain('is corrupt (not valid JSON); checking every file and starting it again');
    expect(code).toBe(1);
    expect(loaded).toEqual(['letters/patel-faithfully.txt']);
    expect((await cli(['letters/patel-faithfully.txt', '--cache'])).loaded).toEqual([]);
  });

  it('always re-checks when fixing, and the fixed file is checked again after', async () => {
    await cli(['letters/patel-faithfully.txt', '--cache']);
    const fix = await cli(['letters/patel-faithfully.txt', '--cache', '--fix']);
    expect(fix.loaded.length).toBeGreaterThan(0);
    const after = await cli(['letters/patel-faithfully.txt', '--cache', '--format', 'json']);
    expect(after.loaded).toEqual(['letters/patel-faithfully.txt']);
    expect(JSON.parse(after.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');
  });
});
