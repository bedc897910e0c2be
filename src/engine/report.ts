import type { CheckReport, FileResult, ReportSummary } from '../types.js';
import { LoadError } from '../load/errors.js';
import { VERSION } from '../version.js';

/** Score a document needs to pass unless --min-score says otherwise. */
export const DEFAULT_MIN_SCORE = 80;

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
