import type { CheckReport, FileResult, Finding } from '../types.js';

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark, which Excel needs to read “curly
   * quotes” and £ as UTF-8 rather than as Windows-1252. Off by default: other
   * tools take the mark as part of the first column's name.
   */
  excelBom?: boolean;
}

export const CSV_COLUMNS = [
  'path',
  'kind',
  'score',
  'pass',
  'ruleId',
  'severity',
  'line',
  'column',
  'endLine',
  'endColumn',
  'paragraph',
  'part',
  'excerpt',
  'message',
  'suggestion',
  'standard',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null | undefined>>;

/**
 * A spreadsheet runs a cell starting with one of these as a formula (OWASP
 * "CSV injection"): a letter quoting "=HYPERLINK(…)" must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula guard, then RFC 4180 quoting when it holds a comma, quote, CR or LF. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRecord = (row: Row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(',');

function fileColumns(file: FileResult): Row {
  return { path: file.path, kind: file.kind, score: file.score, pass: file.pass };
}

function findingColumns(finding: Finding): Row {
  const { ruleId, severity, line, column, endLine, endColumn, paragraph, part, excerpt, message, suggestion, standard } = finding;
  return { ruleId, severity, line, column, endLine, endColumn, paragraph, part, excerpt, message, suggestion, standard };
}

/** The rows of one file: a row per finding; one row with the reason if unreadable, or with no finding if clean, so every file appears. */
function fileRows(file: FileResult): Row[] {
  if (file.error) return [{ ...fileColumns(file), message: file.error.message }];
  if (file.findings.length === 0) return [fileColumns(file)];
  return file.findings.map((finding) => ({ ...fileColumns(file), ...findingColumns(finding) }));
}

/**
 * CSV of a report for spreadsheets and audits: one row per finding with the
 * file's score and verdict repeated, RFC 4180 (CRLF, quoted fields), and
 * every document present even when it has no finding or could not be read.
 */
export function formatCsv(report: CheckReport, options: CsvOptions = {}): string {
  const records = [CSV_COLUMNS.join(','), ...report.files.flatMap(fileRows).map(csvRecord)];
  return `${options.excelBom ? '\uFEFF' : ''}${records.join('\r\n')}\r\n`;
}
