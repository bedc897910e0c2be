/** Files cc-check writes: whole or not at all, an existing file's mode kept, a new file's mode from the umask. */
import { mkdtemp, rm, stat, writeFile, chmod, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fix/atomic-write.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cc-check-atomic-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it.skipIf(process.platform === 'win32')('gives a new file no more than the umask allows (never world-writable under 022)', async () => {
    const path = join(dir, 'new.yml');
    await writeFileAtomic(path, 'root: true\n');
    const umask = process.umask();
    expect((await stat(path)).mode & 0o777).toBe(0o666 & ~umask);
    expect(await readFile(path, 'utf8')).toBe('root: true\n');
  });

  it.skipIf(process.platform === 'win32')('keeps the mode of the file it replaces', async () => {
    const path = join(dir, 'letter.txt');
    await writeFile(path, 'old');
    await chmod(path, 0o640);
    await writeFileAtomic(path, 'new');
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await readFile(path, 'utf8')).toBe('new');
  });
});
