import type { CheckOptions, CheckReport, Document, FileResult } from '../types.js';
import { LoadError, loadFile } from '../load/index.js';
import { checkDocument, resolveRules } from './check.js';
import { buildReport, errorResult } from './report.js';

// The report builders live in report.ts, free of the rules, so a run served from the cache need not load them.
export { buildReport, errorResult, summarise } from './report.js';

/** Checks already-loaded documents (or load failures) and builds the report. */
export function checkDocuments(documents: Array<Document | { path: string; error: unknown }>, options: CheckOptions = {}): CheckReport {
  const active = resolveRules(options);
  const files = documents.map((doc) => ('error' in doc ? errorResult(doc.path, doc.error) : checkDocument(doc, options, active)));
  return buildReport(files);
}

/** Loads and checks files by path; a file that cannot be read is reported, never thrown. */
export async function checkFiles(paths: string[], options: CheckOptions = {}): Promise<CheckReport> {
  const active = resolveRules(options);
  const files: FileResult[] = [];
  for (const path of paths) {
    try {
      files.push(checkDocument(await loadFile(path), options, active));
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      files.push(errorResult(path, error));
    }
  }
  return buildReport(files);
}
