import { run } from './index.js';
import { createInterface } from 'node:readline/promises';
import type { CliIo } from './io.js';

export { run };

/** The real process's streams, for bin/cc-check.js. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stdout.isTTY),
    openPrompt:
      process.stdin.isTTY && process.stdout.isTTY
        ? () => {
            const readline = createInterface({ input: process.stdin, output: process.stdout });
            return { question: (text) => readline.question(text), close: () => readline.close() };
          }
        : undefined,
    cwd: process.cwd(),
    env: process.env,
  };
}
