import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, check } from '../../src/index.js';
import { formatHtml } from '../../src/format/html.js';
import { highlightText, type Highlight } from '../../src/format/html-highlight.js';
import { escapeHtml, replaceUnsafeCharacters } from '../../src/format/html-escape.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_PATH, SAMPLE_FIXTURES, fileOf, root, sampleReport } from './helpers/sample-report.js';

const XSS_LETTER = 'fixtures/letters/xss-letter.txt';
const FIXED_DATE = new Date('2026-11-26T09:30:00Z');

/** The text a browser would show for a piece of our markup: tags and the numbered back-links dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<a class="ref"[^>]*>\d+<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Checks every <mark> is closed in the order opened; returns how many were opened. */
function assertWellNested(html: string): number {
  const depth: string[] = [];
  let opened = 0;
  for (const tag of html.matchAll(/<(\/?)(mark|a)\b[^>]*>/g)) {
    if (tag[1]) expect(depth.pop()).toBe(tag[2]);
    else {
      depth.push(tag[2]!);
      if (tag[2] === 'mark') opened++;
    }
  }
  expect(depth).toEqual([]);
  return opened;
}

/** The text inside every piece of one finding's mark, joined. */
function markedText(html: string, number: number): string {
  const pieces: string[] = [];
  let depth = 0;
  let inside = -1;
  let buffer = '';
  for (const token of html.split(/(<\/?mark[^>]*>|<a class="ref"[^>]*>\d+<\/a>)/)) {
    if (token.startsWith('<mark')) {
      depth++;
      if (inside < 0 && new RegExp(`data-finding="${number}"`).test(token)) inside = depth;
    } else if (token === '</mark>') {
      if (depth === inside) {
        pieces.push(buffer);
        buffer = '';
        inside = -1;
      }
      depth--;
    } else if (inside > 0 && !token.startsWith('<a class="ref"')) buffer += token;
  }
  return visibleText(pieces.join(''));
}

const highlight = (number: number, start: number, end: number, severity: Highlight['severity'] = 'warning'): Highlight => ({
  number,
  start,
  end,
  severity,
  ruleId: 'plain/waffle',
  message: `finding ${number}`,
});

describe('highlightText', () => {
  const text = 'We will commence the works in order to repair the roof at this moment in time.';

  it('marks each finding in place and keeps the text exactly as written', () => {
    const html = highlightText(text, [highlight(1, 8, 16), highlight(2, 27, 38)], 'd1');
    expect(assertWellNested(html)).toBe(2);
    expect(visibleText(html)).toBe(text);
    expect(markedText(html, 1)).toBe('commence');
    expect(markedText(html, 2)).toBe('in order to');
    expect(html).toContain('<mark id="d1-m1" class="sev-warning" data-rule="plain/waffle" data-finding="1"');
    expect(html).toContain('<a class="ref" href="#d1-f1" aria-label="Finding 1, warning">1</a>');
  });

  it('nests a finding inside a longer one (a waffle phrase inside an over-long sentence)', () => {
    const sentence = highlight(1, 0, text.length, 'error');
    const html = highlightText(text, [sentence, highlight(2, 27, 38)], 'd1');
    expect(assertWellNested(html)).toBe(2);
    expect(visibleText(html)).toBe(text);
    expect(markedText(html, 1)).toBe(text);
    expect(html.indexOf('id="d1-m1"')).toBeLessThan(html.indexOf('id="d1-m2"'));
    // The sentence mark is not split: the inner one opens and closes within it.
    expect(html.match(/data-finding="1"/g)).toHaveLength(1);
  });

  it('splits crossing findings into pieces, with the id on the first piece only', () => {
    // "the works in order to" and "in order to repair the roof" cross.
    const html = highlightText(text, [highlight(1, 17, 38), highlight(2, 27, 54, 'info')], 'd2');
    expect(assertWellNested(html)).toBe(3);
    expect(visibleText(html)).toBe(text);
    expect(markedText(html, 1)).toBe('the works in order to');
    expect(markedText(html, 2)).toBe('in order to repair the roof');
    expect(html.match(/id="d2-m2"/g)).toHaveLength(1);
    expect(html).toContain('class="sev-info cont"');
  });

  it('shows a finding with no length as a point, and clamps offsets past the end', () => {
    const html = highlightText(text, [highlight(1, 0, 0, 'error'), highlight(2, 70, 500)], 'd1');
    expect(visibleText(html)).toBe(text);
    expect(html.startsWith('<mark id="d1-m1" class="sev-error point"')).toBe(true);
    expect(markedText(html, 2)).toBe(text.slice(70));
  });

  it('escapes the text, the rule id and the message', () => {
    const hostile = 'Dear <b>Sir</b> & "Madam" <script>alert(1)</script>';
    const html = highlightText(hostile, [{ ...highlight(1, 0, 15), ruleId: 'x" onmouseover="alert(3)', message: '<img src=x onerror=alert(2)>' }], 'd1');
    expect(html).not.toMatch(/<(?:b|script|img)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-rule="x&quot; onmouseover=&quot;alert(3)"');
    expect(visibleText(html)).toBe(hostile);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and replaces characters HTML cannot carry, one for one', () => {
    expect(escapeHtml(`<a href='x'>Tom & "Jerry"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;Tom &amp; &quot;Jerry&quot;&lt;/a&gt;');
    expect(escapeHtml('a\u0001b\u0000c\td\ne')).toBe('a\uFFFDb\uFFFDc\td\ne');
    expect(escapeHtml('lone \uD800 surrogate, pair 😀')).toBe('lone \uFFFD surrogate, pair 😀');
  });
});

describe('formatHtml on a multi-document run', () => {
  let report: CheckReport;
  let html: string;

  beforeAll(async () => {
    const sample = await sampleReport();
    const xss = await check(XSS_LETTER, { cwd: root, keepDocuments: true });
    report = buildReport([...sample.files, ...xss.files]);
    report.documents = [...(sample.documents ?? []), ...(xss.documents ?? [])];
    html = formatHtml(report, { generatedAt: FIXED_DATE });
  });

  it('is one self-contained page: no script, no external resource, a strict Content-Security-Policy', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<(?:img|link|iframe|object|embed)\b/i);
    // Every real tag (letter text has no raw "<" left) is free of loading and event attributes.
    for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) expect(tag).not.toMatch(/\s(?:src|srcset|action|formaction|on\w+)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#d\d+(?:-[mf]\d+)?$|^#main$/);
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/ style="/);
  });

  it('is print friendly and has landmarks and headings', () => {
    expect(html).toContain('@media print');
    expect(html).toMatch(/<header class="page">[\s\S]*<h1>Letter check report<\/h1>/);
    expect(html).toContain('<main id="main">');
    expect(html).toContain('<footer class="page">');
    expect(html.match(/<article class="doc"/g)).toHaveLength(report.files.length);
    expect(html.match(/<aside class="panel"/g)).toHaveLength(report.files.filter((f) => !f.error).length);
  });

  it('summarises the run: counts, mean score, a chart by category and a row per document', () => {
    const { summary } = report;
    const stat = (label: string) => html.match(new RegExp(`<span class="value">([^<]+)</span> <span class="label">${label}</span>`))?.[1];
    expect(stat('files checked')).toBe(String(report.files.length));
    expect(stat('passed')).toBe(String(summary.passed));
    expect(stat('could not be read')).toBe('1');
    expect(stat('mean score')).toBe(String(summary.meanScore));
    const errors = report.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error').length;
    expect(stat('errors')).toBe(String(errors));
    expect(html).toMatch(/<svg role="img" aria-labelledby="chart-title chart-desc"/);
    const plainCount = report.files.flatMap((f) => f.findings).filter((f) => f.ruleId.startsWith('plain/')).length;
    expect(html).toContain(`Plain language: ${plainCount} findings`);
    for (const [i, file] of report.files.entries()) expect(html).toContain(`<a href="#d${i + 1}">${escapeHtml(file.path)}</a>`);
  });

  it('marks every finding in the letter text and lists it in the panel, linked both ways', () => {
    for (const [i, file] of report.files.entries()) {
      const document = report.documents![i];
      if (!document) continue;
      const article = html.slice(html.indexOf(`<article class="doc" id="d${i + 1}"`), html.indexOf('</article>', html.indexOf(`id="d${i + 1}"`)));
      const letter = article.match(/<div class="letter-text">([\s\S]*?)<\/div>\n?<\/section>/)![1]!;
      // Characters HTML cannot carry (the hostile letter's U+0001) show as U+FFFD; all else is as written.
      const shown = replaceUnsafeCharacters(document.text);
      expect(visibleText(letter)).toBe(shown);
      expect(assertWellNested(letter)).toBeGreaterThanOrEqual(file.findings.length);
      file.findings.forEach((finding, f) => {
        const n = f + 1;
        expect(letter).toMatch(new RegExp(`<mark id="d${i + 1}-m${n}" class="sev-${finding.severity}[^"]*" data-rule="${finding.ruleId}"`));
        expect(markedText(letter, n)).toBe(shown.slice(finding.start, finding.end));
        const item = article.match(new RegExp(`<li id="d${i + 1}-f${n}"[\\s\\S]*?</li>`))![0];
        expect(item).toContain(`href="#d${i + 1}-m${n}"`);
        expect(item).toContain(escapeHtml(finding.message));
        expect(item).toContain(escapeHtml(finding.standard));
        if (finding.suggestion) expect(item).toContain(`Write instead: <strong>${escapeHtml(finding.suggestion)}</strong>`);
      });
    }
  });

  it('gives the paragraph for .docx findings and line:column for text', () => {
    const docxIndex = report.files.findIndex((f) => f.path === SAMPLE_FIXTURES.docx);
    const docxFinding = report.files[docxIndex]!.findings[0]!;
    expect(html).toContain(`<a class="where" href="#d${docxIndex + 1}-m1">¶${docxFinding.paragraph}</a>`);
    const patelIndex = report.files.findIndex((f) => f.path === SAMPLE_FIXTURES.patel);
    const patelFinding = report.files[patelIndex]!.findings[0]!;
    expect(html).toContain(`<a class="where" href="#d${patelIndex + 1}-m1">${patelFinding.line}:${patelFinding.column}</a>`);
  });

  it('shows score, category scores, reading age and ease, and why a document failed', () => {
    const wordy = fileOf(report, SAMPLE_FIXTURES.wordy);
    const i = report.files.indexOf(wordy);
    const article = html.slice(html.indexOf(`id="d${i + 1}"`), html.indexOf('</article>', html.indexOf(`id="d${i + 1}"`)));
    expect(article).toContain(`<p class="score">${wordy.score}<small>/100</small></p>`);
    expect(article).toContain('✖ Fail');
    expect(article).toMatch(/\(\d+ errors?(, score below 80)?\)/);
    const names: Record<string, string> = { plain: 'Plain language', courtesy: 'Courtesy', correspondence: 'Correspondence', template: 'Template', access: 'Accessibility', email: 'Email', privacy: 'Privacy' };
    for (const [category, score] of Object.entries(wordy.categories)) {
      expect(article).toContain(`<dt>${names[category]}</dt><dd><meter min="0" max="100" low="60" high="80" optimum="100" value="${score}">`);
    }
    expect(article).toContain(`reading age ${wordy.metrics!.readingAge} years`);
    expect(article).toContain(`reading ease ${wordy.metrics!.fleschReadingEase}`);
    const clean = report.files.findIndex((f) => f.path === SAMPLE_FIXTURES.clean);
    expect(html.slice(html.indexOf(`id="d${clean + 1}"`))).toMatch(/^[^]*?✔ Pass[^]*?✔ No problems found\./);
  });

  it('lists an unreadable file with its reason and no score', () => {
    const unreadable = fileOf(report, SAMPLE_FIXTURES.unreadable);
    expect(html).toContain(`<span class="verdict unreadable">✖ Could not be read</span>: ${escapeHtml(unreadable.error!.message)}`);
  });

  it('renders the hostile letters as text: no markup from a letter reaches the page', async () => {
    const source = (await readFile(join(root, XSS_LETTER), 'utf8')).replace(/\r\n/g, '\n');
    expect(source).toContain('<script>alert(1)</script>');
    expect(source).toContain('"><img src=x onerror=alert(2)>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain(escapeHtml(HOSTILE_PATH));
    expect(html).not.toContain(HOSTILE_PATH);
    expect(html).not.toContain('\u0001');
    // The dangerous text sits inside an over-long sentence's mark, with a jargon mark nested in it just after.
    const xssIndex = report.files.findIndex((f) => f.path === XSS_LETTER);
    const xss = report.files[xssIndex]!;
    const sentence = xss.findings.findIndex((f) => f.ruleId === 'plain/sentence-length' && f.excerpt.includes('<img'));
    const jargon = xss.findings.findIndex((f) => f.ruleId === 'plain/jargon' && f.excerpt === 'ascertain');
    expect(sentence).toBeGreaterThanOrEqual(0);
    expect(jargon).toBeGreaterThan(sentence);
    const article = html.slice(html.indexOf(`id="d${xssIndex + 1}"`));
    expect(markedText(article, sentence + 1)).toContain('"><img src=x onerror=alert(2)> into the name field to ascertain whether');
    expect(article).toMatch(new RegExp(`&quot;&gt;&lt;img src=x onerror=alert\\(2\\)&gt; into the name field to <mark id="d${xssIndex + 1}-m${jargon + 1}" class="sev-warning" data-rule="plain/jargon"`));
  });

  it('lists findings without the text when the documents were not kept', () => {
    const { documents: _documents, ...withoutText } = report;
    const page = formatHtml(withoutText, { generatedAt: FIXED_DATE });
    expect(page).not.toContain('<mark');
    expect(page).toContain('The letter’s text was not kept for this report');
    const findings = report.files.reduce((sum, f) => sum + f.findings.length, 0);
    expect(page.match(/<li id="d\d+-f\d+"/g)).toHaveLength(findings);
  });

  it('says the date it was made', () => {
    expect(html).toContain('made 26 November 2026 at 09:30 UTC');
  });
});
