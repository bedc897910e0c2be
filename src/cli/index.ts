import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { colourLevel } from './colour.js';
import { REPORT_FORMATS, runCheck, type CheckCommandOptions } from './check-command.js';
import type { CliIo } from './io.js';
import { parseWholeNumber, UsageError } from './usage-error.js';
import { DOCUMENT_KINDS } from '../kind/kinds.js';
import { ConfigError } from '../config/errors.js';

export type { CliIo } from './io.js';

const HELP_HINT = '(run cc-check --help for usage)';

const EXAMPLES = `
Examples:
  cc-check letter.docx
  cc-check "templates/**/*.{docx,md}" --max-warnings 0
  cc-check letters/ --format json --output reports/letters.json
  cc-check letter.docx --annotate
  cc-check drafts/ --fix-dry-run
  cc-check "templates/**/*.{docx,md}" --cache --format sarif --output cc-check.sarif
  cc-check templates/ --baseline-write .cc-check-baseline.json
  cc-check templates/ --baseline .cc-check-baseline.json --changed-since origin/main
  cat draft.txt | cc-check - --stdin-filename draft.txt
  cc-check letters/ --config shared/cc-check.yml --rule "plain/passive: off"
  cc-check --print-config letters/refusal.docx
  cc-check init
  cc-check rules
  cc-check explain courtesy/signoff-mismatch

Exit codes: 0 every document passes; 1 a document fails or --max-warnings is
exceeded; 2 a usage error, a config file that cannot be used, or a file that
could not be read; 130 init cancelled with Ctrl+C.`;

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
  // For the check run, rules and explain (before or after the command's name).
  const configOption = () => new Option('-c, --config <file>', 'use this config file (and what it extends) for every file, instead of each file\'s nearest .cc-checkrc.yml');
  const noConfigOption = () => new Option('--no-config', 'use no config file at all: the built-in defaults');
  const configGiven = new Set<string>();
  /** The config to use, from the command's own options or the program's; giving both --config and --no-config is an error, not decided by their order. */
  const configOf = (command: Command): string | false | undefined => {
    if (configGiven.size > 1) throw new UsageError('--config and --no-config contradict each other: give one of them');
    return (command.opts() as { config?: string | false }).config ?? (program.opts() as { config?: string | false }).config;
  };

  program
    .argument('[paths...]', 'files, folders or globs to check; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format (docx needs --output)').choices([...REPORT_FORMATS]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of the screen (with one .docx and --annotate or --fix, a .docx name here is the copy written)')
    .option('--min-score <n>', 'score a document needs to pass, 0-100 (default 80)', (v) => parseWholeNumber(v, '--min-score', 0, 100))
    .option('--max-warnings <n>', 'fail when there are more warnings than this in total', (v) => parseWholeNumber(v, '--max-warnings', 0))
    .option('-q, --quiet', 'report errors only, not warnings or info')
    .addOption(colorOption())
    .option('--stdin-filename <name>', 'file name for standard input, to say its kind (default .txt)')
    .option('--fix', 'apply the safe fixes: .txt and .md in place; .docx as tracked changes in NAME.fixed.docx')
    .option('--fix-in-place', 'like --fix, but a .docx gets its tracked changes in place, not in NAME.fixed.docx')
    .option('--fix-dry-run', 'print a unified diff of what --fix would change, and write nothing')
    .option('--annotate', 'write NAME.checked.docx beside each .docx, with a Word comment on each finding')
    .option('--cache', 'skip files unchanged since the last run (results kept in .cc-check-cache)')
    .option('--cache-location <path>', 'the cache file, or a folder for it (implies --cache)')
    .option('--changed-since <ref>', 'check only files changed in git since REF, and untracked ones')
    .option('--baseline <file>', 'fail only on findings not in this baseline, or on a score that fell below it')
    .option('--baseline-write <file>', "record today's findings and scores as the baseline")
    .addOption(new Option('--kind <kind>', 'check every file as this kind of correspondence instead of detecting it').choices([...DOCUMENT_KINDS]))
    .option('--explain-kind', 'print only the kind detected for each file, how sure, and the cue that decided it')
    .option('--reply-to <file>', 'the complaint (.eml, .txt, .md, .docx) the checked reply answers: report each point it raised that the reply leaves out')
    .option('--template-mode', 'allow well-formed merge fields («Surname», {{surname}}, [Surname]) and report broken ones (on by default under a templates/ folder)')
    .addOption(configOption())
    .addOption(noConfigOption())
    .option('--rule <setting>', 'set a rule as a config file would, over every config, e.g. "plain/sentence-length: [warning, {max: 20}]" (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--template <file>', 'the corporate template (.dotx or .docx) that template/styles compares fonts and styles with, instead of the config\'s template.file')
    .option('--print-config <file>', 'print the config that applies to FILE as JSON (every rule\'s setting), and check nothing')
    .action(async (paths: string[], options: CheckCommandOptions) => {
      setExitCode(await runCheck(paths, { ...options, config: configOf(program) }, io));
    });

  program
    .command('rules')
    .description('list every rule (with the custom rules of the config file here): id, severity, category, fixable, standard')
    .addOption(formatOption())
    .addOption(colorOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .action(async (options: { format: 'stylish' | 'json'; color: boolean }, command: Command) => {
      // Loaded on demand, like every command's heavy parts, so a cached check starts fast.
      const { formatRules, rulesInEffect } = await import('./rules-command.js');
      io.stdout(formatRules(options.format, colourLevel(options.color, io.env ?? {}, io.isTTY), await rulesInEffect(io.cwd, configOf(command))));
      setExitCode(0);
    });

  program
    .command('init')
    .description('write a commented starter .cc-checkrc.yml in the current folder (asks a few questions on a terminal)')
    .option('-y, --yes', 'ask nothing: write the defaults')
    .option('--force', 'write over an existing config file')
    .action(async (options: { yes?: boolean; force?: boolean }) => {
      const { runInit } = await import('./init-command.js');
      setExitCode(await runInit(options, io));
    });

  program
    .command('explain')
    .description('explain a rule (built-in, or a custom rule of the config file here): what it checks, why, the standard, its options, examples')
    .argument('<rule>', 'rule id, e.g. courtesy/signoff-mismatch')
    .addOption(colorOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .action(async (id: string, options: { color: boolean }, command: Command) => {
      const [{ formatExplain }, { rulesInEffect }] = await Promise.all([import('./explain-command.js'), import('./rules-command.js')]);
      io.stdout(formatExplain(id, colourLevel(options.color, io.env ?? {}, io.isTTY), await rulesInEffect(io.cwd, configOf(command))));
      setExitCode(0);
    });

  // Commander keeps only the last of --config and --no-config: each one seen is noted for configOf().
  for (const command of [program, ...program.commands]) {
    command.on('option:config', () => configGiven.add('--config')).on('option:no-config', () => configGiven.add('--no-config'));
  }

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
    // A config file that cannot be used: its message names the file, the key and what was expected.
    if (error instanceof ConfigError) {
      io.stderr(`cc-check: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`cc-check: internal error: ${message.split('\n')[0]}\n`);
    if (io.env?.CC_CHECK_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
