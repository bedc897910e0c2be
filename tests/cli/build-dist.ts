/**
 * Vitest global setup: the tests that spawn `node bin/cc-check.js` run the
 * built dist/, so build it first when any source is newer than it. A fresh
 * dist (as after `npm ci`) costs nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const built = join(root, 'dist/cli/main.js');
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'pipe' });
  } catch (error) {
    // Type errors still emit JavaScript; only a build that produced nothing stops the run.
    if (!existsSync(built)) throw new Error(`tsc did not build dist/: ${String((error as { stdout?: Buffer }).stdout ?? error)}`);
  }
  execFileSync(process.execPath, [join(root, 'scripts/compile-lists.js')], { stdio: 'pipe' });
}
