import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why --changed-since could not be answered: shown to the user as a usage error. */
export class ChangedSinceError extends Error {}

async function git(args: string[], cwd: string): Promise<string> {
  // execFile, never a shell: REF comes from the command line and is passed as one argument.
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

function lines(output: string): string[] {
  return output.split('\0').filter((line) => line.length > 0);
}

/**
 * The files changed in git since `ref` (committed, staged or not) and the
 * untracked ones not ignored, as absolute real paths.
 */
export async function changedSince(ref: string, cwd: string): Promise<Set<string>> {
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ChangedSinceError('--changed-since needs git, which was not found on this machine');
    throw new ChangedSinceError(`--changed-since needs a git repository, and "${cwd}" is not in one`);
  }
  if (ref.startsWith('-')) throw new ChangedSinceError(`--changed-since needs a git revision, not "${ref}"`);
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  } catch {
    throw new ChangedSinceError(`--changed-since: git does not know the revision "${ref}" (a branch, tag or commit, e.g. origin/main)`);
  }
  const changed = await git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', ref, '--'], top);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name'], top);
  const root = await realpath(top);
  return new Set([...lines(changed), ...lines(untracked)].map((file) => resolve(root, file)));
}
