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

/** Runs the CLI in memory as a user would from `options.cwd`: the exit code and what it wrote. */
export async function runCli(argv: string[], options: Parameters<typeof memoryIo>[0]): Promise<{ code: number; stdout: string; stderr: string; io: MemoryIo }> {
  // Imported here so the helper file stays cheap for tests that only need memoryIo.
  const { run } = await import('../../../src/cli/index.js');
  const io = memoryIo(options);
  const code = await run(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), io };
}
