/** cc-check as a library: `import { check } from 'cc-check'`. */
import type { CheckOptions, CheckReport, DocumentFormat } from './types.js';
import { isDynamicPattern } from 'tinyglobby';
import { buildReport, checkDocuments, checkFiles, errorResult } from './engine/run.js';
import { LoadError, loadBytes } from './load/index.js';
import { expandInputs } from './load/expand.js';

export type * from './types.js';
export { allRules, findRule } from './rules/index.js';
export { defineRule } from './engine/define-rule.js';
export { checkDocument, resolveRules, DEFAULT_MIN_SCORE } from './engine/check.js';
export { checkDocuments, checkFiles, buildReport } from './engine/run.js';
export { loadFile, loadBytes, LoadError, formatOf } from './load/index.js';
export { expandInputs } from './load/expand.js';
export { segmentLetter } from './segment/index.js';
export { analyseDocument } from './analyse/index.js';
export { scoreFindings } from './score/index.js';
export { formatJson } from './format/json.js';
export { VERSION } from './version.js';

/**
 * Checks files, folders or globs and returns the JSON report object.
 * Unreadable files are reported in the result, not thrown.
 */
export async function check(input: string | string[], options: CheckOptions = {}): Promise<CheckReport> {
  const { paths, missing } = await expandInputs(Array.isArray(input) ? input : [input]);
  const report = await checkFiles(paths, options);
  const unmatched = missing.map((path) => errorResult(path, new LoadError('not-found', isDynamicPattern(path) ? 'no files match this pattern' : 'file not found')));
  return buildReport([...unmatched, ...report.files]);
}

/** Checks text in memory as if it were a file of the given format (default .txt). */
export async function checkText(text: string, options: CheckOptions & { path?: string; format?: DocumentFormat } = {}): Promise<CheckReport> {
  const path = options.path ?? 'stdin.txt';
  const document = await loadBytes(path, new TextEncoder().encode(text), options.format ?? 'txt');
  return checkDocuments([document], options);
}
