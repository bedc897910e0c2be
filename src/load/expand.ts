import { stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS } from './index.js';

export interface ExpandedInputs {
  /** Files to check, in a stable order, without duplicates. */
  paths: string[];
  /** Inputs that matched nothing (a missing file, or a glob with no match). */
  missing: string[];
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Turns the user's files, folders and globs into the list of files to check. */
export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const paths: string[] = [];
  const missing: string[] = [];
  const extensions = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',');
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const found = await glob(input, { ignore: IGNORED, onlyFiles: true, dot: false, expandDirectories: false });
      if (found.length === 0) missing.push(input);
      paths.push(...found.sort());
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob(`**/*.{${extensions}}`, { cwd: input, ignore: IGNORED, onlyFiles: true, caseSensitiveMatch: false });
      paths.push(...found.sort().map((f) => `${input.replace(/\/+$/, '')}/${f}`));
    } else if (info) paths.push(input);
    else missing.push(input);
  }
  return { paths: [...new Set(paths)], missing };
}
