import { run } from './index.js';
import { createInterface } from 'node:readline/promises';
import { PromptCancelled, type CliIo } from './io.js';

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
            return {
              question: async (text) => {
                try {
                  return await readline.question(text);
                } catch (error) {
                  // readline rejects with an AbortError saying "Aborted with Ctrl+C" or "... Ctrl+D", or, when
                  // Ctrl+D came before the question was asked, says it was closed.
                  const { code } = error as NodeJS.ErrnoException;
                  if (code !== 'ABORT_ERR' && code !== 'ERR_USE_AFTER_CLOSE') throw error;
                  // The cursor is still after the question.
                  process.stdout.write('\n');
                  throw new PromptCancelled(/Ctrl\+C/i.test((error as Error).message));
                }
              },
              close: () => readline.close(),
            };
          }
        : undefined,
    cwd: process.cwd(),
    env: process.env,
  };
}
