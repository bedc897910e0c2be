import { mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CheckOptions, CheckReport, CorporateTemplate, DocumentKind, ReplyTo } from '../types.js';
import { ConfigResolver } from '../config/resolve.js';
import { expandInputs, STDIN_PATH, type ExpandedInput } from '../load/expand.js';
import { formatOf } from '../load/index.js';
import { formatJson } from '../format/json.js';
import { buildReport } from '../engine/report.js';
import { writeFileAtomic } from '../fix/atomic-write.js';
import { decodeRaw } from '../fix/encoding.js';
import { cachePath, ResultCache } from '../ci/cache.js';
import { changedSince, ChangedSinceError } from '../ci/changed-since.js';
import type { Baseline } from '../ci/baseline.js';
import { colourLevel } from './colour.js';
import { besideInput, runInputs } from './check-inputs.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';
import { plural } from '../format/words.js';

export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'csv', 'html', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CheckCommandOptions {
  format: ReportFormat;
  output?: string;
  minScore?: number;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  stdinFilename?: string;
  fix?: boolean;
  fixInPlace?: boolean;
  fixDryRun?: boolean;
  annotate?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  baseline?: string;
  baselineWrite?: string;
  kind?: DocumentKind;
  explainKind?: boolean;
  templateMode?: boolean;
  replyTo?: string;
  /** A config file to use instead of searching; false with --no-config. */
  config?: string | false;
  /** The corporate template (.dotx/.docx) for template/styles. */
  template?: string;
  /** Print the config for this file and check nothing. */
  printConfig?: string;
  /** `--rule "id: setting"`, repeatable. */
  rule?: string[];
}

/** --reply-to: the complaint's points, read once; a file that cannot be read is a usage error. */
async function readComplaint(path: string, cwd: string): Promise<ReplyTo> {
  const { loadComplaint } = await import('../complaint/index.js');
  const { LoadError } = await import('../load/errors.js');
  try {
    return { ...(await loadComplaint(resolve(cwd, path))), path };
  } catch (error) {
    if (error instanceof LoadError) throw new UsageError(`--reply-to "${path}" cannot be read: ${error.message}`);
    throw error;
  }
}

/** --quiet: the report keeps scores and verdicts but lists only error-level findings. */
function errorsOnly(report: CheckReport): CheckReport {
  return { ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.severity === 'error') })) };
}

/** The same file seen through symlinks or `./` is still the same file. */
async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

async function refuseOverwritingInput(output: string, inputPaths: string[], cwd: string, what: string): Promise<void> {
  const target = await canonical(output);
  for (const input of inputPaths) {
    if ((await canonical(resolve(cwd, input))) === target) {
      throw new UsageError(`refusing to write ${what} over "${input}", which is one of the files being checked`);
    }
  }
}

const isFile = (input: ExpandedInput): input is { path: string } => !('error' in input) && !('stdin' in input && input.stdin);

/** --changed-since: keeps files git says changed, and always standard input and inputs that matched nothing. */
async function onlyChanged(inputs: ExpandedInput[], ref: string, cwd: string): Promise<ExpandedInput[]> {
  let changed: Set<string>;
  try {
    changed = await changedSince(ref, cwd);
  } catch (error) {
    if (error instanceof ChangedSinceError) throw new UsageError(error.message);
    throw error;
  }
  const kept: ExpandedInput[] = [];
  for (const input of inputs) {
    if (!isFile(input) || changed.has(await canonical(resolve(cwd, input.path)))) kept.push(input);
  }
  return kept;
}

/** The options that cannot go together, refused before anything is read or written. */
function checkCombinations(paths: string[], options: CheckCommandOptions): void {
  if (paths.length === 0) throw new UsageError('no paths given: name the files, folders or globs to check, or - for standard input');
  const readsStdin = paths.includes(STDIN_PATH);
  if (options.stdinFilename !== undefined && !readsStdin) throw new UsageError('--stdin-filename needs - among the paths');
  if (options.format === 'docx' && options.output === undefined) {
    throw new UsageError('--format docx writes a Word file: name it with --output, e.g. --output report.docx');
  }
  const fixing = options.fix || options.fixInPlace || options.fixDryRun;
  if (options.explainKind && (fixing || options.annotate || options.baselineWrite !== undefined)) {
    throw new UsageError('--explain-kind only prints the kind of each file: run it without --fix, --annotate or --baseline-write');
  }
  if (fixing && options.annotate) throw new UsageError('--annotate and --fix cannot run together: annotate first, or fix first and annotate the result');
  if (options.baseline !== undefined && options.baselineWrite !== undefined) {
    throw new UsageError('--baseline and --baseline-write cannot run together: write the baseline once, then check against it');
  }
  if (fixing && readsStdin) {
    if (paths.length > 1) throw new UsageError('--fix with - prints the fixed text, so check standard input on its own');
    const format = options.stdinFilename === undefined ? 'txt' : formatOf(options.stdinFilename);
    if (format !== 'txt' && format !== 'md') throw new UsageError('--fix on standard input works on text and Markdown only; give a .docx as a file');
  }
}

/**
 * With one .docx input, --output names the copy that --annotate or --fix
 * writes (the report then goes to the screen) when it ends in .docx and
 * the report is not a .docx itself.
 */
function documentOutput(inputs: ExpandedInput[], options: CheckCommandOptions): string | undefined {
  const writesCopy = options.annotate || (options.fix && !options.fixInPlace && !options.fixDryRun);
  if (!writesCopy || options.output === undefined || options.format === 'docx') return undefined;
  const files = inputs.filter(isFile);
  if (inputs.length !== 1 || files.length !== 1 || formatOf(files[0]!.path) !== 'docx') return undefined;
  return /\.(docx|dotx)$/i.test(options.output) ? options.output : undefined;
}

/** Formatters load on demand: each pulls in its own dependencies, and a run uses one. */
async function renderReport(report: CheckReport, options: CheckCommandOptions, io: CliIo, toFile: boolean): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return (await import('../format/sarif.js')).formatSarif(report);
    case 'junit':
      return (await import('../format/junit.js')).formatJunit(report);
    case 'csv':
      return (await import('../format/csv.js')).formatCsv(report);
    case 'html':
      return (await import('../format/html.js')).formatHtml(report);
    case 'docx':
      return (await import('../format/docx-report.js')).formatDocxReport(report);
    case 'stylish':
      return (await import('../format/stylish.js')).formatStylish(report, {
        // A report written to a file never carries terminal escape codes.
        colorLevel: toFile ? 0 : colourLevel(options.color, io.env ?? {}, io.isTTY),
        minScore: options.minScore,
        quiet: options.quiet,
      });
  }
}

/** --annotate: a commented copy of each .docx beside it (or at --output); other inputs get a note. */
async function annotateInputs(report: CheckReport, inputs: ExpandedInput[], target: string | undefined, io: CliIo): Promise<boolean> {
  let failed = false;
  const inputPaths = inputs.filter(isFile).map((i) => i.path);
  for (const [index, file] of report.files.entries()) {
    const input = inputs[index];
    const document = report.documents?.[index];
    if (file.error || !document || !input) continue;
    if (document.format !== 'docx' || !isFile(input)) {
      const why = isFile(input) ? 'is not a .docx' : 'is standard input';
      io.stderr(`cc-check: ${file.path} ${why}, so it was checked but not annotated\n`);
      continue;
    }
    const source = resolve(io.cwd, input.path);
    const written = target !== undefined ? resolve(io.cwd, target) : besideInput(source, 'checked');
    const shown = target ?? (isAbsolute(input.path) ? written : relative(io.cwd, written));
    try {
      await refuseOverwritingInput(written, inputPaths, io.cwd, 'the annotated copy');
      const bytes = await readFile(source);
      const { annotateDocx } = await import('../docx-write/annotate.js');
      const annotated = await annotateDocx(bytes, document, file.findings);
      await mkdir(dirname(written), { recursive: true });
      await writeFileAtomic(written, annotated);
      io.stderr(`cc-check: wrote ${shown} with ${plural(file.findings.length, 'comment')}\n`);
    } catch (error) {
      failed = true;
      const reason = error instanceof UsageError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]);
      io.stderr(`cc-check: cannot annotate "${file.path}" (${reason})\n`);
    }
  }
  return failed;
}

/** --template: the corporate template, read once; a file that cannot be read is a usage error. */
async function readTemplate(path: string, cwd: string): Promise<CorporateTemplate> {
  const absolute = resolve(cwd, path);
  if (!(await stat(absolute).catch(() => undefined))?.isFile()) throw new UsageError(`--template "${path}": file not found`);
  const { loadCorporateTemplate } = await import('../template/corporate.js');
  try {
    return await loadCorporateTemplate(absolute);
  } catch (error) {
    if (error instanceof TypeError || error instanceof ReferenceError) throw error;
    // The loader's message already names the template file.
    throw new UsageError(`--template: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The options given on the command line, which win over every config file. */
async function explicitOptions(options: CheckCommandOptions, io: CliIo): Promise<CheckOptions> {
  const explicit: CheckOptions = {};
  if (options.minScore !== undefined) explicit.minScore = options.minScore;
  if (options.kind !== undefined) explicit.kind = options.kind;
  if (options.templateMode !== undefined) explicit.templateMode = options.templateMode;
  if (options.replyTo !== undefined) explicit.replyTo = await readComplaint(options.replyTo, io.cwd);
  if (options.rule && options.rule.length > 0) {
    const { parseRuleOptions } = await import('../config/rule-option.js');
    explicit.rules = await parseRuleOptions(options.rule);
  }
  if (options.template !== undefined) explicit.corporateTemplate = await readTemplate(options.template, io.cwd);
  return explicit;
}

/** --print-config FILE: the config that applies to FILE, as JSON. */
async function printConfig(file: string, resolver: ConfigResolver, io: CliIo): Promise<number> {
  const { printableConfig } = await import('../config/index.js');
  const resolved = await resolver.resolve(file);
  const printable = await printableConfig(await resolver.configure(resolved));
  io.stdout(`${JSON.stringify(printable, null, 2)}\n`);
  return 0;
}

/** Drops the files the config's `ignore` globs match, saying so for those the user named outright. */
async function withoutIgnored(inputs: ExpandedInput[], paths: string[], resolver: ConfigResolver, io: CliIo): Promise<ExpandedInput[]> {
  const named = new Set(paths.map((p) => resolve(io.cwd, p)));
  const kept: ExpandedInput[] = [];
  for (const input of inputs) {
    if (!isFile(input)) {
      kept.push(input);
      continue;
    }
    const resolved = await resolver.resolve(input.path);
    if (!resolved.ignored) kept.push(input);
    else if (named.has(resolve(io.cwd, input.path))) io.stderr(`cc-check: warning: ${input.path} is not checked: the config's ignore patterns match it\n`);
  }
  return kept;
}

/** `cc-check [paths...]`: checks, prints or writes the report, returns the exit code. */
export async function runCheck(paths: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  if (options.printConfig !== undefined) {
    if (paths.length > 0) throw new UsageError('--print-config prints the config for one file and checks nothing: give no other paths');
    const resolver = new ConfigResolver({ cwd: io.cwd, config: options.config, explicitLabel: '--rule' }, await explicitOptions(options, io));
    return printConfig(options.printConfig, resolver, io);
  }
  checkCombinations(paths, options);
  const fixing = Boolean(options.fix || options.fixInPlace || options.fixDryRun);

  let baseline: Baseline | undefined;
  const baselinePath = options.baseline === undefined ? undefined : resolve(io.cwd, options.baseline);
  if (baselinePath) {
    const { readBaseline, BaselineError } = await import('../ci/baseline.js');
    try {
      baseline = await readBaseline(baselinePath);
    } catch (error) {
      if (error instanceof BaselineError) throw new UsageError(error.message);
      throw error;
    }
  }

  let { inputs } = await expandInputs(paths, { cwd: io.cwd });
  if (options.changedSince !== undefined) {
    inputs = await onlyChanged(inputs, options.changedSince, io.cwd);
    if (inputs.length === 0) io.stderr(`cc-check: no files to check have changed since ${options.changedSince}\n`);
  }

  const copyOutput = documentOutput(inputs, options);
  const outputPath = options.output === undefined || copyOutput !== undefined ? undefined : resolve(io.cwd, options.output);
  const filePaths = inputs.filter(isFile).map((i) => i.path);
  if (outputPath) await refuseOverwritingInput(outputPath, filePaths, io.cwd, 'the report');
  if (copyOutput) await refuseOverwritingInput(resolve(io.cwd, copyOutput), filePaths, io.cwd, 'the written copy');
  if (options.baselineWrite !== undefined) await refuseOverwritingInput(resolve(io.cwd, options.baselineWrite), filePaths, io.cwd, 'the baseline');

  const checkOptions = await explicitOptions(options, io);
  const resolver = new ConfigResolver({ cwd: io.cwd, config: options.config, explicitLabel: '--rule' }, checkOptions);
  inputs = await withoutIgnored(inputs, paths, resolver, io);
  const readsStdin = paths.includes(STDIN_PATH);
  const stdin = readsStdin ? { bytes: await io.readStdin(), filename: options.stdinFilename } : undefined;
  // Results that need the letter itself (HTML, annotation) or a fresh check (fixing) bypass the cache.
  const keepDocuments = options.format === 'html' || Boolean(options.annotate);
  const useCache = Boolean(options.cache || options.cacheLocation !== undefined);
  const cache = useCache && !keepDocuments && !fixing
    ? await ResultCache.open(await cachePath(options.cacheLocation, io.cwd), checkOptions, (message) => io.stderr(`cc-check: warning: ${message}\n`))
    : undefined;

  const run = await runInputs(inputs, {
    cwd: io.cwd,
    checkOptions,
    resolver,
    stdin,
    keepDocuments,
    cache,
    fix: fixing
      ? { dryRun: Boolean(options.fixDryRun), inPlace: Boolean(options.fixInPlace), docxOutput: copyOutput, inputPaths: new Set(filePaths.map((p) => resolve(io.cwd, p))) }
      : undefined,
  });
  if (io.env?.CC_CHECK_DEBUG === '1') io.stderr(`cc-check: ${run.stats.checked} checked, ${run.stats.reused} from the cache\n`);
  if (cache) {
    await cache.save().catch((error: NodeJS.ErrnoException) => io.stderr(`cc-check: warning: cannot write the cache "${cache.path}" (${error.code ?? error.message}); the next run checks every file again\n`));
  }
  for (const note of run.notes) io.stderr(`cc-check: ${note}\n`);

  let report = buildReport(run.files);
  if (options.explainKind) {
    const { formatKinds } = await import('../kind/kinds.js');
    io.stdout(formatKinds(report.files));
    return report.summary.errors > 0 ? 2 : 0;
  }
  if (keepDocuments) report.documents = run.documents;
  const customRules = await resolver.loadedCustomRules();
  if (customRules.length > 0) report.customRules = customRules.map((rule) => rule.meta);

  if (options.baselineWrite !== undefined) {
    const { applyBaseline, writeBaseline } = await import('../ci/baseline.js');
    const path = resolve(io.cwd, options.baselineWrite);
    const written = await writeBaseline(path, report, io.cwd);
    const findings = report.files.reduce((sum, f) => sum + f.findings.length, 0);
    const files = report.files.filter((f) => !f.error).length;
    io.stderr(`cc-check: wrote the baseline ${options.baselineWrite}: ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`);
    report = applyBaseline(report, written, path, io.cwd);
  } else if (baseline && baselinePath) {
    const { applyBaseline } = await import('../ci/baseline.js');
    report = applyBaseline(report, baseline, baselinePath, io.cwd);
  }

  const annotateFailed = options.annotate ? await annotateInputs(report, inputs, copyOutput, io) : false;

  const shown = options.quiet ? errorsOnly(report) : report;
  // With --fix-dry-run the diff owns stdout, and with --fix on stdin the fixed text does: the report then goes only to --output.
  const stdoutTaken = options.fixDryRun || (fixing && readsStdin);
  if (options.fixDryRun) {
    io.stdout(run.diffs.filter(Boolean).join(''));
    const { fixesApplied: fixes, filesFixed: files } = run.stats;
    const would = fixes === 0 ? 'nothing to fix' : `${fixes} fix${fixes === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'} would be made`;
    io.stderr(`cc-check: --fix-dry-run: ${would}; nothing was written\n`);
  } else if (fixing && readsStdin && run.fixedStdin) {
    // Printed as text in the input's own line endings; the terminal or pipe decides the encoding.
    io.stdout(decodeRaw(run.fixedStdin).raw);
  }

  let reportFailed = false;
  if (outputPath || !stdoutTaken) {
    let rendered: string | Uint8Array | undefined;
    try {
      rendered = await renderReport(shown, options, io, outputPath !== undefined);
    } catch (error) {
      io.stderr(`cc-check: cannot make the ${options.format} report (${(error as Error).message.split('\n')[0]})\n`);
      reportFailed = true;
    }
    if (rendered !== undefined && outputPath) {
      try {
        await mkdir(dirname(outputPath), { recursive: true });
        await writeFile(outputPath, rendered);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        io.stderr(`cc-check: cannot write the report to "${options.output}" (${reason})\n`);
        return 2;
      }
    } else if (rendered !== undefined) {
      io.stdout(typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('utf8'));
    }
  }

  // With a baseline, warnings it already records do not count against --max-warnings.
  const warnings = report.files.reduce((sum, file) => sum + file.findings.filter((f) => f.severity === 'warning' && f.baseline !== 'known').length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`cc-check: ${warnings} ${baseline ? 'new ' : ''}warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${options.maxWarnings} allows\n`);

  if (report.summary.errors > 0 || run.writeFailed || annotateFailed || reportFailed) return 2;
  return report.summary.failed > 0 || tooManyWarnings ? 1 : 0;
}
