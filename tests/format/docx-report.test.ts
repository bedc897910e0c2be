import { beforeAll, describe, expect, it } from 'vitest';
import { formatDocxReport } from '../../src/format/docx-report.js';
import { loadBytes } from '../../src/load/index.js';
import { buildReport } from '../../src/engine/run.js';
import type { CheckReport, Document } from '../../src/types.js';
import { HOSTILE_PATH, SAMPLE_FIXTURES, fileOf, sampleReport } from './helpers/sample-report.js';

/** The report's paragraphs as the project's own .docx loader reads them back. */
function paragraphs(document: Document): string[] {
  return document.blocks.map((block) => document.text.slice(block.start, block.end));
}

describe('formatDocxReport on a multi-document run', () => {
  let report: CheckReport;
  let bytes: Uint8Array;
  let readBack: Document;
  let lines: string[];

  beforeAll(async () => {
    report = await sampleReport();
    bytes = await formatDocxReport(report, { generatedAt: new Date('2026-11-26T09:30:00Z') });
    readBack = await loadBytes('report.docx', bytes, 'docx');
    lines = paragraphs(readBack);
  });

  it('is a .docx the loader reads, with a title and the date', () => {
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(lines[0]).toBe('Letter check report');
    expect(lines[1]).toBe('26 November 2026. Checked by cc-check 0.1.0 against the Shepway and Wirral customer care standards.');
    expect(readBack.blocks.find((b) => b.paragraph === 1)?.heading).toBe(true);
  });

  it('summarises the run in words and in a table with score, result, errors and warnings per document', () => {
    const { summary } = report;
    const sentence = lines.find((l) => l.endsWith('and no error.'))!;
    expect(sentence).toContain(`${summary.files} documents checked: ${summary.passed} passed, ${summary.failed} failed, ${summary.errors} could not be read.`);
    expect(sentence).toContain(`Mean score ${summary.meanScore} out of 100.`);
    const header = lines.indexOf('Document');
    expect(lines.slice(header, header + 5)).toEqual(['Document', 'Score', 'Result', 'Errors', 'Warnings']);
    expect(readBack.blocks[header]!.part).toBe('table');

    const wordy = fileOf(report, SAMPLE_FIXTURES.wordy);
    const row = lines.indexOf(SAMPLE_FIXTURES.wordy);
    const errors = wordy.findings.filter((f) => f.severity === 'error').length;
    const warnings = wordy.findings.filter((f) => f.severity === 'warning').length;
    expect(lines.slice(row, row + 5)).toEqual([SAMPLE_FIXTURES.wordy, String(wordy.score), expect.stringMatching(/^Fail \(\d+ errors?/), String(errors), String(warnings)]);
    const clean = lines.indexOf(SAMPLE_FIXTURES.clean);
    expect(lines.slice(clean, clean + 5)).toEqual([SAMPLE_FIXTURES.clean, '100', 'Pass', '0', '0']);
    const locked = lines.indexOf(SAMPLE_FIXTURES.unreadable);
    expect(lines.slice(locked, locked + 5)).toEqual([SAMPLE_FIXTURES.unreadable, '–', 'Could not be read', '–', '–']);
  });

  it('lists every finding under its category with the text found, the problem, what to write instead and the standard', () => {
    const plainHeading = lines.findIndex((l) => /^Plain language \(\d+ findings?\)$/.test(l));
    const courtesyHeading = lines.findIndex((l) => /^Courtesy \(\d+ findings?\)$/.test(l));
    expect(plainHeading).toBeGreaterThan(lines.indexOf('Findings by category'));
    expect(courtesyHeading).toBeGreaterThan(plainHeading);
    const plainCount = report.files.flatMap((f) => f.findings).filter((f) => f.ruleId.startsWith('plain/')).length;
    expect(lines[plainHeading]).toBe(`Plain language (${plainCount} findings)`);

    const text = readBack.text;
    for (const file of report.files) {
      for (const finding of file.findings) {
        const where = `${file.path} ${finding.paragraph !== undefined ? `¶${finding.paragraph}` : `${finding.line}:${finding.column}`}`;
        const row = lines.findIndex((l, i) => l.startsWith(where) && lines[i + 2] === finding.message.replace(/\u0001/g, '\uFFFD'));
        expect(row, `${where} ${finding.ruleId}`).toBeGreaterThan(plainHeading - 1);
        expect(lines[row]).toContain(finding.severity === 'error' ? 'Error' : finding.severity === 'warning' ? 'Warning' : 'Info');
        expect(lines[row + 1]).toBe(`“${finding.excerpt.replace(/\u0001/g, '\uFFFD')}”`);
        expect(lines[row + 3]).toBe(finding.ruleId);
        expect(lines[row + 4]).toBe(finding.suggestion ?? '–');
        expect(lines[row + 5]).toBe(finding.standard);
      }
    }
    // The patel letter's sign-off error, in full.
    const patel = fileOf(report, SAMPLE_FIXTURES.patel).findings.find((f) => f.ruleId === 'courtesy/signoff-mismatch')!;
    expect(text).toContain(patel.message);
    expect(text).toContain('Yours sincerely');
  });

  it('names the most frequent problems and the files that could not be read', () => {
    const top = lines.indexOf('Most frequent problems');
    expect(lines.slice(top + 1, top + 4)).toEqual(['Rule', 'Documents', 'Findings']);
    const unreadable = fileOf(report, SAMPLE_FIXTURES.unreadable);
    const section = lines.indexOf('Files that could not be read');
    expect(section).toBeGreaterThan(top);
    expect(lines[section + 1]).toBe(`${SAMPLE_FIXTURES.unreadable}: ${unreadable.error!.message}`);
  });

  it('carries hostile text as text: markup, ampersands, quotes, and a control character Word would refuse', () => {
    expect(readBack.text).toContain(HOSTILE_PATH);
    expect(readBack.text).toContain('<script>alert(1)</script> "><img src=x onerror=alert(2)>');
    expect(readBack.text).toContain('"Refund") & \uFFFD <script>');
    expect(readBack.text).not.toContain('\u0001');
  });
});

describe('formatDocxReport on a clean run', () => {
  it('says no problems were found and has no findings section', async () => {
    const report = await sampleReport();
    const clean = buildReport([fileOf(report, SAMPLE_FIXTURES.clean)]);
    const readBack = await loadBytes('clean.docx', await formatDocxReport(clean), 'docx');
    const lines = paragraphs(readBack);
    expect(lines).toContain('No problems were found in any document.');
    expect(lines).not.toContain('Findings by category');
    expect(lines).not.toContain('Files that could not be read');
    expect(lines.find((l) => l.startsWith('1 document checked'))).toMatch(/^1 document checked: 1 passed, 0 failed\. Mean score 100 out of 100\./);
  });
});
