/**
 * Checking each input for the CLI: straight, through the result cache, or
 * fixing it first. Writes only what --fix asks for; the caller reports.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CheckInputOptions } from '../index.js';
import { LoadError, formatOf, loadBytes } from '../load/index.js';
import type { ExpandedInput } from '../load/expand.js';
import type { CheckOptions, Document, FileResult } from '../types.js';
import type { ConfigResolver, ConfiguredCheck } from '../config/resolve.js';
import { errorResult } from '../engine/report.js';
import { hashBytes, type ResultCache } from '../ci/cache.js';
import { applyFixes, fixesOf, selectFixes } from '../fix/apply.js';
import { writeFileAtomic } from '../fix/atomic-write.js';
import { fixTextBytes } from '../fix/fix-text.js';
import { plural } from '../format/words.js';

/**
 * The rules, the analysis and the report builders, loaded on first use: a
 * run whose every file comes from the cache never needs them, and loading
 * them is most of a cached run's time.
 */
async function engine() {
  const [check, library] = await Promise.all([import('../engine/check.js'), import('../index.js')]);
  return { checkDocument: check.checkDocument, checkInputs: library.checkInputs };
}

/** A unified diff for --fix-dry-run; the diff package is loaded only by a run that prints one. */
async function unifiedDiff(name: string, before: string, after: string): Promise<string> {
  return (await import('../fix/diff.js')).unifiedDiff(name, before, after);
}

/** Who fixes .docx changes in Word's review pane. */
export const FIX_AUTHOR = 'cc-check';

export interface FixSettings {
  /** Print a diff, write nothing. */
  dryRun: boolean;
  /** .docx: write over the input instead of NAME.fixed.docx. */
  inPlace: boolean;
  /** .docx: where the fixed copy goes when there is one input and --output names it. */
  docxOutput?: string;
  /** Absolute paths of every input, so a fixed copy is never written over one. */
  inputPaths?: Set<string>;
}

export interface InputRunSettings {
  cwd: string;
  /** The options given on the command line; each file's config lies under them. */
  checkOptions: CheckOptions;
  /** Finds each file's config (cached per folder and per distinct config). */
  resolver: ConfigResolver;
  stdin?: CheckInputOptions['stdin'];
  /** Keep the loaded documents (HTML report, --annotate). */
  keepDocuments: boolean;
  cache?: ResultCache;
  fix?: FixSettings;
}

export interface InputRunResult {
  files: FileResult[];
  documents: Array<Document | undefined>;
  /** Fixed standard input, to print instead of writing anywhere. */
  fixedStdin?: Uint8Array;
  /** --fix-dry-run: the unified diffs, in input order. */
  diffs: string[];
  /** One line each, for stderr: what was written, and what could not be. */
  notes: string[];
  /** A file could not be written: exit 2. */
  writeFailed: boolean;
  /** How many files were loaded and checked, and how many came from the cache. */
  stats: { checked: number; reused: number; fixesApplied: number; filesFixed: number };
}

/**
 * Reads a whole file at once. Synchronously on purpose: for a cached run,
 * reading is nearly all the work, and a synchronous read of a small file
 * costs a tenth of the asynchronous one's round trips through the thread pool.
 */
function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}


/** The name a written file is shown by: relative when the input was given relative. */
function displayOf(cwd: string, inputPath: string, target: string): string {
  return isAbsolute(inputPath) ? target : relative(cwd, target).split('\\').join('/');
}

/** NAME.fixed.docx / NAME.checked.docx beside the input, the input's extension kept. */
export function besideInput(absolutePath: string, tag: string): string {
  const extension = extname(absolutePath);
  return join(dirname(absolutePath), `${basename(absolutePath, extension)}.${tag}${extension}`);
}

/** Adds one input's result, keeping `files` and `documents` aligned. */
function record(result: InputRunResult, file: FileResult, document?: Document): void {
  result.files.push(file);
  result.documents.push(document);
}

type Checker = { check: (document: Document) => FileResult };
const checkers = new WeakMap<ConfiguredCheck, Promise<Checker>>();

/** The checker for one distinct config: its rules resolved once (not per file), the engine loaded on first use. */
function checkerOf(configured: ConfiguredCheck): Promise<Checker> {
  let checker = checkers.get(configured);
  if (!checker) {
    checker = engine().then(({ checkDocument }) => ({ check: (document: Document) => checkDocument(document, configured.options, configured.active) }));
    checkers.set(configured, checker);
  }
  return checker;
}

/** The checker for a file (or standard input's --stdin-filename), by the config that applies to it. */
async function checkerFor(settings: InputRunSettings, path: string): Promise<Checker> {
  const resolved = await settings.resolver.resolve(path);
  return checkerOf(await settings.resolver.configure(resolved));
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return code;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Standard input given with --fix: the fixed text goes back to stdout. */
async function fixStdin(input: ExpandedInput, settings: InputRunSettings, result: InputRunResult): Promise<void> {
  const name = settings.stdin?.filename ?? '<stdin>';
  const format = settings.stdin?.filename === undefined ? 'txt' : formatOf(name);
  const bytes = settings.stdin?.bytes ?? new Uint8Array();
  if (format !== 'txt' && format !== 'md') {
    // Cannot happen past the CLI's checks; report rather than print binary to a terminal.
    record(result, errorResult(name, new LoadError('unsupported-format', '--fix on standard input works on text and Markdown only')));
    return;
  }
  const { check } = await checkerFor(settings, name);
  try {
    const fixed = await fixTextBytes(name, bytes, format, check);
    result.stats.checked++;
    record(result, fixed.result, fixed.document);
    result.fixedStdin = fixed.bytes;
    if (settings.fix?.dryRun) result.diffs.push(await unifiedDiff(name, fixed.before, fixed.after));
    result.stats.fixesApplied += fixed.applied;
    if (fixed.changed) result.stats.filesFixed++;
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    record(result, errorResult(name, error));
    result.fixedStdin = bytes;
  }
}

async function fixFile(input: { path: string }, bytes: Uint8Array, settings: InputRunSettings, result: InputRunResult): Promise<void> {
  const fix = settings.fix!;
  const absolute = resolve(settings.cwd, input.path);
  const format = formatOf(input.path);
  const { check } = await checkerFor(settings, input.path);

  if (format === 'txt' || format === 'md') {
    const fixed = await fixTextBytes(input.path, bytes, format, check);
    result.stats.checked++;
    record(result, fixed.result, fixed.document);
    if (!fixed.changed) return;
    if (fix.dryRun) {
      result.diffs.push(await unifiedDiff(input.path, fixed.before, fixed.after));
      result.stats.fixesApplied += fixed.applied;
      result.stats.filesFixed++;
      return;
    }
    try {
      await writeFileAtomic(absolute, fixed.bytes);
      result.stats.fixesApplied += fixed.applied;
      result.stats.filesFixed++;
      result.notes.push(`fixed ${plural(fixed.applied, 'problem')} in ${input.path}`);
    } catch (error) {
      result.writeFailed = true;
      result.notes.push(`cannot write the fixes to "${input.path}" (${reason(error)}); it is unchanged`);
    }
    return;
  }

  // .docx: one pass of tracked changes; Word users accept or reject each.
  const document = await loadBytes(input.path, bytes, format);
  const before = check(document);
  result.stats.checked++;
  const fixes = selectFixes(fixesOf(before.findings));
  if (fixes.length === 0 || fix.dryRun) {
    if (fix.dryRun && fixes.length > 0) {
      result.diffs.push(await unifiedDiff(input.path, document.text, applyFixes(document.text, fixes)));
      result.stats.fixesApplied += fixes.length;
      result.stats.filesFixed++;
    }
    record(result, before, document);
    return;
  }
  const target = fix.inPlace ? absolute : fix.docxOutput ? resolve(settings.cwd, fix.docxOutput) : besideInput(absolute, 'fixed');
  const shownTarget = fix.inPlace ? input.path : fix.docxOutput ?? displayOf(settings.cwd, input.path, target);
  if (!fix.inPlace && fix.inputPaths?.has(target)) {
    result.writeFailed = true;
    result.notes.push(`cannot fix "${input.path}": its fixed copy ${shownTarget} is one of the files being checked; move it or use --fix-in-place`);
    record(result, before, document);
    return;
  }
  let written: Uint8Array;
  let applied: number;
  let skipped: Array<{ reason: string }>;
  try {
    const { applyDocxFixes } = await import('../docx-write/tracked-fixes.js');
    const out = await applyDocxFixes(bytes, document, fixes, { author: FIX_AUTHOR, date: new Date().toISOString() });
    written = out.bytes;
    applied = out.applied.length;
    skipped = out.skipped;
    if (applied > 0) await writeFileAtomic(target, written);
  } catch (error) {
    result.writeFailed = true;
    result.notes.push(`cannot fix "${input.path}" (${reason(error)}); nothing was written`);
    record(result, before, document);
    return;
  }
  for (const skip of skipped) result.notes.push(`left one fix in ${input.path} for you to make by hand: ${skip.reason}`);
  if (applied === 0) {
    record(result, before, document);
    return;
  }
  result.stats.fixesApplied += applied;
  result.stats.filesFixed++;
  result.notes.push(`fixed ${plural(applied, 'problem')} in ${input.path} as tracked changes${fix.inPlace ? '' : `, written to ${shownTarget}`}`);
  // What remains is what the written copy still shows: check it, named as written.
  try {
    const after = await loadBytes(shownTarget, written, format);
    record(result, check(after), after);
  } catch (error) {
    record(result, errorResult(shownTarget, error));
  }
}

async function checkThroughCache(input: { path: string }, bytes: Uint8Array, settings: InputRunSettings, result: InputRunResult): Promise<void> {
  const cache = settings.cache!;
  const absolute = resolve(settings.cwd, input.path);
  const hash = hashBytes(bytes);
  // The file's config is part of the key: editing a config (or a rule file or template it names) checks its files again.
  const resolved = await settings.resolver.resolve(absolute);
  const fingerprint = settings.resolver.fingerprint(resolved);
  const cached = cache.get(absolute, hash, fingerprint);
  if (cached) {
    result.stats.reused++;
    record(result, { ...cached, path: input.path });
    return;
  }
  result.stats.checked++;
  const { check } = await checkerOf(await settings.resolver.configure(resolved));
  try {
    const document = await loadBytes(input.path, bytes);
    const checked = check(document);
    cache.set(absolute, hash, checked, fingerprint);
    record(result, checked, settings.keepDocuments ? document : undefined);
  } catch (error) {
    // A file that cannot be read is not cached: it is quick to refuse again, and may be fixed.
    if (!(error instanceof LoadError)) throw error;
    record(result, errorResult(input.path, error));
  }
}

/** Checks (and with `fix`, fixes) every input in order. */
export async function runInputs(inputs: ExpandedInput[], settings: InputRunSettings): Promise<InputRunResult> {
  const result: InputRunResult = { files: [], documents: [], diffs: [], notes: [], writeFailed: false, stats: { checked: 0, reused: 0, fixesApplied: 0, filesFixed: 0 } };
  const plain = async (input: ExpandedInput) => {
    const { checkInputs } = await engine();
    const report = await checkInputs([input], { cwd: settings.cwd, ...settings.checkOptions, configResolver: settings.resolver, stdin: settings.stdin, keepDocuments: true });
    // No result when the config ignores the input (checkInputs leaves it out).
    if (!report.files[0]) return;
    if (!('error' in input)) result.stats.checked++;
    record(result, report.files[0], settings.keepDocuments ? report.documents?.[0] : undefined);
  };

  if (!settings.fix && !settings.cache) {
    // The common run: one library call, so the rules are resolved once for every file.
    const { checkInputs } = await engine();
    const report = await checkInputs(inputs, { cwd: settings.cwd, ...settings.checkOptions, configResolver: settings.resolver, stdin: settings.stdin, keepDocuments: settings.keepDocuments });
    report.files.forEach((file, index) => record(result, file, report.documents?.[index]));
    result.stats.checked += report.files.filter((file) => !file.error).length;
    return result;
  }

  for (const input of inputs) {
    if ('error' in input) {
      await plain(input);
      continue;
    }
    if ('stdin' in input && input.stdin) {
      if (settings.fix) await fixStdin(input, settings, result);
      else await plain(input);
      continue;
    }
    // Read once here; a file that cannot be read goes the usual way, which names the reason.
    const bytes = readBytes(resolve(settings.cwd, input.path));
    if (!bytes || formatOf(input.path) === undefined) {
      await plain(input);
      continue;
    }
    try {
      if (settings.fix) await fixFile(input, bytes, settings, result);
      else await checkThroughCache(input, bytes, settings, result);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      record(result, errorResult(input.path, error));
    }
  }
  return result;
}
