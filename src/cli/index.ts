import { Command, CommanderError } from 'commander';
import { check } from '../index.js';
import { formatJson } from '../format/json.js';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';

/**
 * The whole CLI: parses argv, runs, writes through `io`, returns the exit
 * code. PLACEHOLDER shape until the CLI lands: json output only.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const program = new Command('cc-check')
    .version(VERSION)
    .argument('[paths...]')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const report = await check(program.args);
  io.stdout(formatJson(report));
  if (report.summary.errors > 0) return 2;
  return report.summary.failed > 0 ? 1 : 0;
}
