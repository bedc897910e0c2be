import type { CheckOptions, CheckReport, Document, FileResult, ReportSummary } from '../types.js';
import { LoadError, loadFile } from '../load/index.js';
import { VERSION } from '../version.js';
import { checkDocument, resolveRules } from './check.js';

/** A file that could not be read: no score, counted in summary.errors. */
export function errorResult(path: string, error: unknown): FileResult {
  const code = error instanceof LoadError ? error.code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return { path, kind: null, score: null, pass: false, categories: {}, error: { code, message }, findings: [] };
}

export function summarise(files: FileResult[]): ReportSummary {
  const scored = files.filter((f) => f.error === null && f.score !== null);
  const meanScore = scored.length > 0 ? Math.round(scored.reduce((sum, f) => sum + f.score!, 0) / scored.length) : null;
  return {
    files: files.length,
    passed: files.filter((f) => f.error === null && f.pass).length,
    failed: files.filter((f) => f.error === null && !f.pass).length,
    errors: files.filter((f) => f.error !== null).length,
    meanScore,
  };
}

export function buildReport(files: FileResult[]): CheckReport {
  return { tool: 'cc-check', version: VERSION, schemaVersion: 1, files, summary: summarise(files) };
}

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
