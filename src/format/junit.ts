import { DEFAULT_MIN_SCORE } from '../engine/check.js';
import type { CheckReport, FileResult, Finding } from '../types.js';
import { locationOf, passMarkOf } from './stylish.js';

export interface JunitOptions {
  /** The pass mark the report was checked against, to say when a score failed a document. */
  minScore?: number;
}

/**
 * Characters XML 1.0 forbids even as character references: C0 controls
 * other than tab, LF and CR, U+FFFE/U+FFFF and unpaired surrogates. A
 * letter pasted from another system can hold them.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A C0 control shows as its Unicode control picture (U+0001 → ␁), so the reader sees what was there. */
function replaceForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\uFFFD';
  });
}

/** Text content: `>` too, so that "]]>" in a letter cannot end anything. CR as a reference, or parsers turn it into LF. */
export function escapeXmlText(text: string): string {
  return replaceForbidden(text).replace(/[&<>\r]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[char]!);
}

/** Attribute values: quotes, and whitespace as references, or parsers turn tabs and line ends into spaces. */
export function escapeXmlAttribute(text: string): string {
  return replaceForbidden(text).replace(
    /[&<>"'\t\n\r]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[char]!,
  );
}

function attributesOf(attributes: Record<string, string | number>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

const openTag = (name: string, attributes: Record<string, string | number>) => `<${name}${attributesOf(attributes)}>`;

/** An element with escaped text content, or empty when there is none. */
function element(name: string, attributes: Record<string, string | number>, body?: string): string {
  return body === undefined ? `<${name}${attributesOf(attributes)}/>` : `${openTag(name, attributes)}${escapeXmlText(body)}</${name}>`;
}

/** Test reports group cases by class: the folder a letter is in says more than "letter" on every row. */
function classnameOf(file: FileResult): string {
  const slash = file.path.replace(/\\/g, '/').lastIndexOf('/');
  if (slash > 0) return file.path.slice(0, slash).replace(/\\/g, '/');
  return file.kind ?? 'document';
}

/** One finding as lines of plain text: where, what, the text found, what to write instead, the standard. */
function describeFinding(file: FileResult, finding: Finding): string {
  const lines = [`${file.path} ${locationOf(finding)}  ${finding.severity}  ${finding.ruleId}: ${finding.message}`];
  if (finding.excerpt) lines.push(`  Found: “${finding.excerpt}”`);
  if (finding.suggestion !== undefined) lines.push(`  Write instead: “${finding.suggestion}”`);
  lines.push(`  Standard: ${finding.standard}`);
  return lines.join('\n');
}

function scoreLine(file: FileResult): string {
  const categories = Object.entries(file.categories).map(([name, score]) => `${name} ${score}`);
  const detail = categories.length > 0 ? ` (${categories.join(', ')})` : '';
  return `${file.pass ? 'PASS' : 'FAIL'}: score ${file.score}/100${detail}`;
}

function testcase(file: FileResult, minScore: number): string {
  const attributes = { classname: classnameOf(file), name: file.path, time: 0 };
  if (file.error) {
    const error = element('error', { message: file.error.message, type: file.error.code }, `${file.path}: ${file.error.message}`);
    return `    ${openTag('testcase', attributes)}\n      ${error}\n    </testcase>`;
  }
  const children: string[] = [];
  if (!file.pass) {
    const errors = file.findings.filter((f) => f.severity === 'error');
    for (const finding of errors) {
      children.push(element('failure', { message: `${finding.ruleId}: ${finding.message}`, type: finding.ruleId }, describeFinding(file, finding)));
    }
    const passMark = passMarkOf(file, minScore);
    if (file.score !== null && file.score < passMark) {
      const message = `Score ${file.score}/100 is below the pass mark of ${passMark}`;
      children.push(element('failure', { message, type: 'score' }, `${file.path}: ${message}\n${scoreLine(file)}`));
    }
    if (children.length === 0) children.push(element('failure', { message: 'The document did not pass', type: 'score' }, scoreLine(file)));
  }
  // Every finding, errors too: some CI dashboards show only a test case's first failure.
  const out = [scoreLine(file), ...file.findings.map((finding) => describeFinding(file, finding))].join('\n');
  children.push(element('system-out', {}, `${out}\n`));
  return `    ${openTag('testcase', attributes)}\n${children.map((child) => `      ${child}`).join('\n')}\n    </testcase>`;
}

/**
 * JUnit XML for CI dashboards: one test case per document, a failure per
 * error-level finding (and for a score below the pass mark), every finding
 * in the case's output, an unreadable file as an error.
 */
export function formatJunit(report: CheckReport, options: JunitOptions = {}): string {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const counts = {
    tests: report.files.length,
    failures: report.files.filter((f) => f.error === null && !f.pass).length,
    errors: report.files.filter((f) => f.error !== null).length,
    skipped: 0,
    time: 0,
  };
  const properties = [
    element('property', { name: 'cc-check.version', value: report.version }),
    element('property', { name: 'passed', value: report.summary.passed }),
    ...(report.summary.meanScore !== null ? [element('property', { name: 'meanScore', value: report.summary.meanScore })] : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    openTag('testsuites', { name: 'cc-check', ...counts }),
    `  ${openTag('testsuite', { name: 'cc-check', ...counts })}`,
    '    <properties>',
    ...properties.map((p) => `      ${p}`),
    '    </properties>',
    ...report.files.map((file) => testcase(file, minScore)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
