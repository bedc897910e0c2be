import { stat } from 'node:fs/promises';
import { normalize, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LoadError } from './errors.js';
import { SUPPORTED_EXTENSIONS, formatOf } from './index.js';

/** The name standing for standard input among the user's paths. */
export const STDIN_PATH = '-';

/** One thing to check, in the order the user gave it: a file, standard input, or an input that matched nothing. */
export type ExpandedInput = { path: string; stdin?: boolean } | { path: string; error: LoadError };

export interface ExpandedInputs {
  /** Everything to report on, in the user's order, without duplicates. */
  inputs: ExpandedInput[];
  /** Files to check (no stdin, no errors), in the same order. */
  paths: string[];
  /** Inputs that matched nothing (a missing file, a glob with no match, an empty folder). */
  missing: string[];
}

export interface ExpandOptions {
  /** Folder that relative paths and globs are taken from (default: the process's). */
  cwd?: string;
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Sorted so a report lists a folder's files the same way on every machine. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns the user's files, folders, globs and `-` into the list of things to
 * check. Folders and globs yield only the kinds of file cc-check reads and
 * skip node_modules and .git; a file named outright is kept whatever its
 * kind, so the user hears why it cannot be checked.
 */
export async function expandInputs(userInputs: string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const cwd = resolve(options.cwd ?? '.');
  const inputs: ExpandedInput[] = [];
  const seen = new Set<string>();
  const add = (input: ExpandedInput) => {
    const key = input.path === STDIN_PATH ? STDIN_PATH : resolve(cwd, normalize(input.path));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };

  for (const input of userInputs) {
    if (input === STDIN_PATH) {
      add({ path: STDIN_PATH, stdin: true });
      continue;
    }
    if (isDynamicPattern(input)) {
      const found = (await glob(input, { cwd, ignore: IGNORED, onlyFiles: true, dot: false, expandDirectories: false }))
        .filter((file) => formatOf(file) !== undefined)
        .sort(byPath);
      if (found.length === 0) add({ path: input, error: new LoadError('not-found', 'no files match this pattern') });
      for (const file of found) add({ path: file });
      continue;
    }
    const info = await stat(resolve(cwd, input)).catch(() => undefined);
    if (!info) {
      add({ path: input, error: new LoadError('not-found', 'file not found') });
    } else if (info.isDirectory()) {
      const extensions = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',');
      const found = await glob(`**/*.{${extensions}}`, {
        cwd: resolve(cwd, input),
        ignore: IGNORED,
        onlyFiles: true,
        caseSensitiveMatch: false,
        expandDirectories: false,
      });
      if (found.length === 0) {
        add({ path: input, error: new LoadError('not-found', `the folder has no files to check (${SUPPORTED_EXTENSIONS.join(', ')})`) });
      }
      const folder = input.replace(/[\\/]+$/, '') || '/';
      for (const file of found.sort(byPath)) add({ path: folder === '/' ? `/${file}` : `${folder}/${file}` });
    } else {
      add({ path: input });
    }
  }

  return {
    inputs,
    paths: inputs.filter((i) => !('error' in i) && !i.stdin).map((i) => i.path),
    missing: inputs.filter((i) => 'error' in i).map((i) => i.path),
  };
}
