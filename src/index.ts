/** cc-check as a library: `import { check } from 'cc-check'`. */
import { resolve } from 'node:path';
import type { CheckOptions, CheckReport, Document, DocumentFormat, FileResult, Profile } from './types.js';
import { buildReport, checkDocuments, errorResult } from './engine/run.js';
import { checkDocument } from './engine/check.js';
import { ConfigResolver } from './config/resolve.js';
import { LoadError, formatOf, loadBytes, loadFile } from './load/index.js';
import { expandInputs, type ExpandedInput } from './load/expand.js';

export type * from './types.js';
export { allRules, findRule } from './rules/index.js';
export { defineRule } from './engine/define-rule.js';
export { checkDocument, resolveRules, DEFAULT_MIN_SCORE } from './engine/check.js';
export { checkDocuments, checkFiles, buildReport, errorResult } from './engine/run.js';
export { loadFile, loadBytes, LoadError, formatOf } from './load/index.js';
export { expandInputs, STDIN_PATH, type ExpandedInput, type ExpandedInputs } from './load/expand.js';
export { segmentLetter } from './segment/index.js';
export { analyseDocument } from './analyse/index.js';
export { scoreFindings } from './score/index.js';
export { formatJson } from './format/json.js';
export { formatStylish, type StylishOptions } from './format/stylish.js';
export { VERSION } from './version.js';
export { loadCustomRules, CustomRuleError } from './rules/kinds/load.js';
export { checkCustomRuleExamples } from './rules/kinds/examples.js';
export { loadCorporateTemplate } from './template/corporate.js';
export {
  ConfigError,
  ConfigResolver,
  loadConfigFile,
  resolveConfig,
  printableConfig,
  starterConfig,
  SEARCH_PLACES,
  PRESETS,
  STARTER_FILE,
  type ResolveOptions,
  type ConfiguredCheck,
  type LoadConfigOptions,
  type ConfigSettings,
  type LoadedConfig,
  type ResolvedConfig,
  type RuleConfig,
  type StarterAnswers,
} from './config/index.js';

/** Options of check(): the checking options, where relative paths start, and standard input's contents. */
export interface CheckInputOptions extends CheckOptions {
  /** Folder that relative paths and globs are taken from (default: the process's). */
  cwd?: string;
  /**
   * What `-` among the inputs reads: the bytes, and the file name that says
   * their kind (default "<stdin>", read as .txt).
   */
  stdin?: { bytes: Uint8Array; filename?: string };
  /** Keep the loaded documents in `report.documents` (for HTML reports, fixes and annotation). */
  keepDocuments?: boolean;
  /**
   * The config file: by default each file's own, found from its folder
   * upwards; a path (relative to `cwd`) to use that one file for every
   * file; `false` for none (the built-in defaults). The other options here
   * win over any config file.
   */
  config?: string | false;
  /** A resolver to share between calls (it caches configs per folder); made from `cwd` and `config` when absent. */
  configResolver?: ConfigResolver;
}

/** The options of check() that are checking options, to lay over the config's. */
function explicitOptions(options: CheckInputOptions): CheckOptions {
  const { cwd: _cwd, stdin: _stdin, keepDocuments: _keep, config: _config, configResolver: _resolver, ...explicit } = options;
  return explicit;
}

/** The resolver for a run: the caller's, or one made from its options. */
function configResolverFor(options: CheckInputOptions): ConfigResolver {
  return options.configResolver ?? new ConfigResolver({ cwd: options.cwd, config: options.config }, explicitOptions(options));
}

/** The name a report gives standard input when the user did not name it. */
export const STDIN_DEFAULT_NAME = '<stdin>';

async function loadInput(input: ExpandedInput, options: CheckInputOptions) {
  if ('stdin' in input && input.stdin) {
    if (!options.stdin) throw new LoadError('unreadable', 'standard input was not given');
    const name = options.stdin.filename ?? STDIN_DEFAULT_NAME;
    const format: DocumentFormat | undefined = options.stdin.filename === undefined ? 'txt' : formatOf(name);
    return loadBytes(name, options.stdin.bytes, format);
  }
  const document = await loadFile(resolve(options.cwd ?? '.', input.path));
  // Reports name the file as the user wrote it, not the absolute path read.
  document.path = input.path;
  return document;
}

/**
 * Checks what expandInputs() found, in its order. A file that cannot be read
 * is reported in the result (error set, no score), never thrown.
 */
export async function checkInputs(inputs: ExpandedInput[], options: CheckInputOptions = {}): Promise<CheckReport> {
  await validateProfile(options.profile);
  const resolver = configResolverFor(options);
  const files: FileResult[] = [];
  const documents: Array<Document | undefined> = [];
  for (const input of inputs) {
    const displayPath = 'stdin' in input && input.stdin ? (options.stdin?.filename ?? STDIN_DEFAULT_NAME) : input.path;
    if ('error' in input) {
      files.push(errorResult(displayPath, input.error));
      documents.push(undefined);
      continue;
    }
    // Standard input takes the config of the folder its --stdin-filename names (the current one by default).
    const configured = await resolver.forFile(displayPath);
    // A file the config's `ignore` matches is not checked, nor listed.
    if (!configured) continue;
    try {
      const document = await loadInput(input, options);
      files.push(checkDocument(document, configured.options, configured.active));
      documents.push(document);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      files.push(errorResult(displayPath, error));
      documents.push(undefined);
    }
  }
  const report = buildReport(files);
  if (options.keepDocuments) report.documents = documents;
  return report;
}

/**
 * Checks files, folders, globs (and `-` for standard input) and returns the
 * JSON report object, with files in the order given.
 */
export async function check(input: string | string[], options: CheckInputOptions = {}): Promise<CheckReport> {
  const { inputs } = await expandInputs(Array.isArray(input) ? input : [input], { cwd: options.cwd });
  return checkInputs(inputs, options);
}

const validatedProfiles = new WeakSet<Profile>();

/**
 * A profile given to the library is held to the config file's schema: the
 * same keys, the same one-line ConfigError ("profile: organisation.emailDomains:
 * expected a list …"), before any letter is checked. Checked once per object.
 */
async function validateProfile(profile: Profile | undefined): Promise<void> {
  if (!profile || validatedProfiles.has(profile)) return;
  const { validateContent } = await import('./config/load.js');
  await validateContent('profile', profile);
  validatedProfiles.add(profile);
}

/** Checks text in memory as if it were a file of the given format (default .txt). */
export async function checkText(text: string, options: CheckOptions & { path?: string; format?: DocumentFormat } = {}): Promise<CheckReport> {
  await validateProfile(options.profile);
  // Named by its format when the caller gives no path, so a report never calls an email "stdin.txt".
  const path = options.path ?? `stdin.${options.format ?? 'txt'}`;
  const document = await loadBytes(path, new TextEncoder().encode(text), options.format ?? formatOf(path) ?? 'txt');
  return checkDocuments([document], options);
}
