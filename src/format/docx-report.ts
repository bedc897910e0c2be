import { DEFAULT_MIN_SCORE } from '../engine/report.js';
import { CATEGORY_ORDER, categoryName } from './categories.js';
import type { CheckReport, FileResult, Finding, Severity } from '../types.js';
import { replaceUnsafeCharacters } from './html-escape.js';
import { failReasons, locationOf, passMarkSentence } from './stylish.js';
import { capitalise, plural } from './words.js';

export interface DocxReportOptions {
  /** When the report was made (default: now); tests pass a fixed date. */
  generatedAt?: Date;
  /** The pass mark the report was checked against, to say why a file failed. */
  minScore?: number;
}

const SEVERITY_NAMES: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A4 with 2 cm margins leaves this much width for tables, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1134;
const SUMMARY_COLUMNS = [4238, 1100, 2100, 1100, 1100];
const FINDING_COLUMNS = [2000, 2100, 2838, 1600, 1100];
const TOP_RULE_COLUMNS = [4638, 2500, 2500];

/** Word refuses a document whose XML holds a control character, so one from a hostile letter is replaced. */
const clean = (text: string) => replaceUnsafeCharacters(text);

function categoryOf(finding: Finding): string {
  return finding.ruleId.split('/')[0]!;
}

function resultOf(file: FileResult, minScore: number): string {
  if (file.error) return 'Could not be read';
  if (file.pass) return 'Pass';
  const reasons = failReasons(file, minScore);
  return reasons.length > 0 ? `Fail (${reasons.join(', ')})` : 'Fail';
}

/**
 * A .docx report for a manager: the date, a summary and a table of the
 * documents (score, pass, errors, warnings), the most frequent problems, the
 * findings by category with the text found, the problem, what to write
 * instead and the standard, and the files that could not be read. The `docx`
 * package is loaded only here, so checking a letter never pays for it.
 */
export async function formatDocxReport(report: CheckReport, options: DocxReportOptions = {}): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const generatedAt = options.generatedAt ?? new Date();

  /** A cell of one or more paragraphs; a second paragraph (the rule id) is smaller and grey. */
  const cell = (content: string | string[], width: number, opts: { header?: boolean; right?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E9EE' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: (Array.isArray(content) ? content : [content]).map(
        (text, i) =>
          new Paragraph({
            alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: { after: 0 },
            children: [new TextRun({ text: clean(text), bold: opts.header, size: i === 0 ? 20 : 16, color: i === 0 ? undefined : '555555' })],
          }),
      ),
    });
  const table = (columns: number[], header: string[], rows: Array<Array<string | string[]>>, numeric: boolean[] = []) =>
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: columns,
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, columns[i]!, { header: true, right: numeric[i] })) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, columns[i]!, { right: numeric[i] })) })),
      ],
    });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(clean(text))] });
  const paragraph = (text: string) => new Paragraph({ children: [new TextRun(clean(text))] });

  const { summary } = report;
  const findings = report.files.flatMap((file) => file.findings.map((finding) => ({ file, finding })));
  const count = (severity: Severity) => findings.filter(({ finding }) => finding.severity === severity).length;
  const date = generatedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  const body: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Letter check report')] }),
    paragraph(`${date}. Checked by ${report.tool} ${report.version} against the Shepway and Wirral customer care standards.`),
    heading('Summary', HeadingLevel.HEADING_1),
    paragraph(
      `${plural(summary.files, 'document')} checked: ${summary.passed} passed, ${summary.failed} failed` +
        `${summary.errors > 0 ? `, ${summary.errors} could not be read` : ''}.` +
        `${summary.meanScore !== null ? ` Mean score ${summary.meanScore} out of 100.` : ''}` +
        ` ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} and ${count('info')} info in all.` +
        ` ${capitalise(passMarkSentence(report.files, minScore))}.`,
    ),
    table(
      SUMMARY_COLUMNS,
      ['Document', 'Score', 'Result', 'Errors', 'Warnings'],
      report.files.map((file) => {
        const errors = file.findings.filter((f) => f.severity === 'error').length;
        const warnings = file.findings.filter((f) => f.severity === 'warning').length;
        return [file.path, file.score === null ? '–' : String(file.score), resultOf(file, minScore), file.error ? '–' : String(errors), file.error ? '–' : String(warnings)];
      }),
      [false, true, false, true, true],
    ),
  ];

  if (findings.length > 0) {
    const byRule = new Map<string, { findings: number; files: Set<string> }>();
    for (const { file, finding } of findings) {
      const entry = byRule.get(finding.ruleId) ?? { findings: 0, files: new Set<string>() };
      entry.findings++;
      entry.files.add(file.path);
      byRule.set(finding.ruleId, entry);
    }
    const top = [...byRule].sort((a, b) => b[1].files.size - a[1].files.size || b[1].findings - a[1].findings || a[0].localeCompare(b[0])).slice(0, 10);
    body.push(
      heading('Most frequent problems', HeadingLevel.HEADING_1),
      table(TOP_RULE_COLUMNS, ['Rule', 'Documents', 'Findings'], top.map(([rule, entry]) => [rule, String(entry.files.size), String(entry.findings)]), [false, true, true]),
      heading('Findings by category', HeadingLevel.HEADING_1),
    );
    const categories = [...new Set(findings.map(({ finding }) => categoryOf(finding)))].sort(
      (a, b) => (CATEGORY_ORDER.indexOf(a) + 1 || 99) - (CATEGORY_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
    );
    for (const category of categories) {
      const inCategory = findings
        .filter(({ finding }) => categoryOf(finding) === category)
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]);
      body.push(
        heading(`${categoryName(category)} (${plural(inCategory.length, 'finding')})`, HeadingLevel.HEADING_2),
        table(
          FINDING_COLUMNS,
          ['Where', 'Text found', 'Problem', 'Write instead', 'Standard'],
          inCategory.map(({ file, finding }) => [
            `${file.path} ${locationOf(finding)} · ${SEVERITY_NAMES[finding.severity]}${finding.baseline === 'known' ? ' · in baseline' : ''}`,
            finding.excerpt ? `“${finding.excerpt}”` : '–',
            [finding.message, finding.ruleId],
            finding.suggestion ?? '–',
            finding.standard,
          ]),
        ),
      );
    }
  } else {
    body.push(paragraph('No problems were found in any document.'));
  }

  const unreadable = report.files.filter((file) => file.error);
  if (unreadable.length > 0) {
    body.push(heading('Files that could not be read', HeadingLevel.HEADING_1));
    for (const file of unreadable) {
      body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: clean(file.path), bold: true }), new TextRun(clean(`: ${file.error!.message}`))] }));
    }
  }

  const document = new Document({
    title: 'Letter check report',
    creator: report.tool,
    description: `Letter check report made by ${report.tool} ${report.version}`,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 24 }, paragraph: { spacing: { after: 120 } } },
        heading1: { paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
