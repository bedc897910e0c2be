import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkInputs, expandInputs, formatJson, formatStylish, STDIN_PATH, type CheckReport } from '../index.js';
import { colourLevel } from './colour.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

export type ReportFormat = 'stylish' | 'json';

export interface CheckCommandOptions {
  format: ReportFormat;
  output?: string;
  minScore?: number;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  stdinFilename?: string;
}

/** --quiet: the report keeps scores and verdicts but lists only error-level findings. */
function errorsOnly(report: CheckReport): CheckReport {
  return { ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.severity === 'error') })) };
}

/** The same file seen through symlinks or `./` is still the same file. */
async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

async function refuseOverwritingInput(output: string, inputPaths: string[], cwd: string): Promise<void> {
  const target = await canonical(output);
  for (const input of inputPaths) {
    if ((await canonical(resolve(cwd, input))) === target) {
      throw new UsageError(`refusing to write the report over "${input}", which is one of the files being checked`);
    }
  }
}

/** `cc-check [paths...]`: checks, prints or writes the report, returns the exit code. */
export async function runCheck(paths: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('no paths given: name the files, folders or globs to check, or - for standard input');
  const readsStdin = paths.includes(STDIN_PATH);
  if (options.stdinFilename !== undefined && !readsStdin) throw new UsageError('--stdin-filename needs - among the paths');

  const { inputs } = await expandInputs(paths, { cwd: io.cwd });
  const outputPath = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  if (outputPath) {
    const files = inputs.filter((i) => !('error' in i) && !('stdin' in i && i.stdin)).map((i) => i.path);
    await refuseOverwritingInput(outputPath, files, io.cwd);
  }

  const stdin = readsStdin ? { bytes: await io.readStdin(), filename: options.stdinFilename } : undefined;
  const report = await checkInputs(inputs, { cwd: io.cwd, minScore: options.minScore, stdin });
  const shown = options.quiet ? errorsOnly(report) : report;
  const text =
    options.format === 'json'
      ? formatJson(shown)
      : formatStylish(shown, {
          // A report written to a file never carries terminal escape codes.
          colorLevel: outputPath ? 0 : colourLevel(options.color, io.env ?? {}, io.isTTY),
          minScore: options.minScore,
          quiet: options.quiet,
        });

  if (outputPath) {
    try {
      await mkdir(dirname(outputPath), { recursive: true });
      await writeFile(outputPath, text);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.stderr(`cc-check: cannot write the report to "${options.output}" (${reason})\n`);
      return 2;
    }
  } else {
    io.stdout(text);
  }

  const warnings = report.files.reduce((sum, file) => sum + file.findings.filter((f) => f.severity === 'warning').length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`cc-check: ${warnings} warnings found, more than --max-warnings ${options.maxWarnings} allows\n`);

  if (report.summary.errors > 0) return 2;
  return report.summary.failed > 0 || tooManyWarnings ? 1 : 0;
}
