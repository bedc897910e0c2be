import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader (or a crash) sees the old content or the
 * new, never half of it: a temp file in the same folder (so the rename
 * stays on one file system), flushed to disk, then renamed over the target.
 * An existing file's permissions are kept.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  // An existing file keeps its mode exactly; a new one gets what the umask allows, like any file the user creates.
  const existingMode = await stat(path).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', existingMode ?? 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    // open() applies the umask; chmod after, so an existing file's mode is the original's exactly.
    if (existingMode !== undefined) await chmod(temp, existingMode);
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  // Flush the folder entry too, so the rename itself survives a power cut (not possible on every platform).
  const folder = await open(dirname(path), 'r').catch(() => undefined);
  if (folder) await folder.sync().catch(() => undefined).finally(() => folder.close());
}
