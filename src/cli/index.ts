import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { colourLevel } from './colour.js';
import { runCheck, type CheckCommandOptions } from './check-command.js';
import { formatExplain } from './explain-command.js';
import type { CliIo } from './io.js';
import { formatRules } from './rules-command.js';
import { parseWholeNumber, UsageError } from './usage-error.js';

export type { CliIo } from './io.js';

const HELP_HINT = '(run cc-check --help for usage)';

const EXAMPLES = `
Examples:
  cc-check letter.docx
  cc-check "templates/**/*.{docx,md}" --max-warnings 0
  cc-check letters/ --format json --output reports/letters.json
  cat draft.txt | cc-check - --stdin-filename draft.txt
  cc-check rules
  cc-check explain courtesy/signoff-mismatch

Exit codes: 0 every document passes; 1 a document fails or --max-warnings is
exceeded; 2 a usage error or a file that could not be read.`;

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('cc-check')
    .description('Checks council letters and emails against the customer care standards: plain language, courtesy, correspondence.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    // `cc-check rules --format json` must reach the subcommand's own --format.
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(HELP_HINT)
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES);

  const colorOption = () => new Option('--no-color', 'plain text without colour (also NO_COLOR=1)');
  const formatOption = () => new Option('-f, --format <format>', 'report format').choices(['stylish', 'json']).default('stylish');

  program
    .argument('[paths...]', 'files, folders or globs to check; - reads standard input')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the report to a file instead of the screen')
    .option('--min-score <n>', 'score a document needs to pass, 0-100 (default 80)', (v) => parseWholeNumber(v, '--min-score', 0, 100))
    .option('--max-warnings <n>', 'fail when there are more warnings than this in total', (v) => parseWholeNumber(v, '--max-warnings', 0))
    .option('-q, --quiet', 'report errors only, not warnings or info')
    .addOption(colorOption())
    .option('--stdin-filename <name>', 'file name for standard input, to say its kind (default .txt)')
    .action(async (paths: string[], options: CheckCommandOptions) => {
      setExitCode(await runCheck(paths, options, io));
    });

  program
    .command('rules')
    .description('list every rule: id, severity, category, fixable, standard')
    .addOption(formatOption())
    .addOption(colorOption())
    .action((options: { format: 'stylish' | 'json'; color: boolean }) => {
      io.stdout(formatRules(options.format, colourLevel(options.color, io.env ?? {}, io.isTTY)));
      setExitCode(0);
    });

  program
    .command('explain')
    .description('explain a rule: what it checks, why, the standard, examples')
    .argument('<rule>', 'rule id, e.g. courtesy/signoff-mismatch')
    .addOption(colorOption())
    .action((id: string, options: { color: boolean }) => {
      io.stdout(formatExplain(id, colourLevel(options.color, io.env ?? {}, io.isTTY)));
      setExitCode(0);
    });

  return program;
}

/**
 * The whole CLI: parses argv (without node and the script), runs, writes
 * through `io`, and returns the exit code. Never throws.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  try {
    await buildProgram(io, (code) => (exitCode = code)).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has already printed its own message (unknown option, bad choice, help, version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr(`cc-check: ${error.message}\n${HELP_HINT}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`cc-check: internal error: ${message.split('\n')[0]}\n`);
    if (io.env?.CC_CHECK_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
