/** Runs bin/cc-check.js as a user does: a real node process on the built dist/ (see build-dist.ts). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function ccCheck(args: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    // Colour is decided by the run under test, not by the terminal the suite runs in.
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
    if (!options.env?.NO_COLOR) delete env.NO_COLOR;
    const child = spawn(process.execPath, [join(root, 'bin/cc-check.js'), ...args], { cwd: options.cwd ?? root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
