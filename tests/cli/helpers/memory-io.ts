import type { CliIo } from '../../../src/cli/index.js';

export interface MemoryIo {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

/** A CliIo that records what the CLI writes, with the stdin, cwd, terminal and environment a test chooses. */
export function memoryIo(options: { cwd: string; stdin?: string | Buffer; isTTY?: boolean; env?: Record<string, string | undefined> }): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (text) => void out.push(text),
      stderr: (text) => void err.push(text),
      readStdin: async () => Buffer.from(options.stdin ?? ''),
      isTTY: options.isTTY ?? false,
      cwd: options.cwd,
      env: options.env ?? {},
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
