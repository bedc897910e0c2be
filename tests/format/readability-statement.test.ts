/** What the stylish and HTML reports say about a letter's readability: a reading age in years, or that it is too short to score. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, checkText } from '../../src/index.js';
import { formatStylish, readabilityStatement } from '../../src/format/stylish.js';
import { formatHtml } from '../../src/format/html.js';
import type { DocumentMetrics, FileResult } from '../../src/types.js';

const SCORED: DocumentMetrics = {
  words: 240, sentences: 14, syllables: 330, fleschReadingEase: 64.2, fleschKincaidGrade: 7.9, readingAge: 13,
  passivePercent: 7.1, longSentencePercent: 0, averageSentenceLength: 17.1,
};
const SHORT: DocumentMetrics = {
  words: 52, sentences: 5, syllables: 70, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null,
  passivePercent: 20, longSentencePercent: 0, averageSentenceLength: 10.4,
};

function file(path: string, metrics?: DocumentMetrics): FileResult {
  return { path, kind: 'letter', score: 96, pass: true, categories: { plain: 96 }, error: null, findings: [], ...(metrics ? { metrics } : {}), format: 'txt' };
}

describe('readabilityStatement', () => {
  it('gives the reading age in years (UK usage) and the reading ease', () => {
    expect(readabilityStatement(SCORED)).toBe('reading age 13 years, reading ease 64.2');
  });

  it('says a short letter is too short to score, with its word count, instead of a figure', () => {
    expect(readabilityStatement(SHORT)).toBe('too short for a readability score (52 words)');
    expect(readabilityStatement({ ...SHORT, words: 1 })).toBe('too short for a readability score (1 word)');
  });
});

describe('the stylish score line', () => {
  const text = formatStylish(buildReport([file('long.txt', SCORED), file('short.txt', SHORT), file('unmeasured.txt')]));

  it('states the reading age in years', () => {
    expect(text).toContain('  PASS  score 96/100  |  plain 96  |  reading age 13 years, reading ease 64.2\n');
  });

  it('says when a letter is too short for a readability score', () => {
    expect(text).toContain('  PASS  score 96/100  |  plain 96  |  too short for a readability score (52 words)\n');
  });

  it('says nothing about readability when there are no metrics', () => {
    expect(text).toContain('  PASS  score 96/100  |  plain 96\n');
  });
});

describe('the HTML report', () => {
  const html = formatHtml(buildReport([file('long.txt', SCORED), file('short.txt', SHORT)]), { generatedAt: new Date('2026-04-09T10:00:00Z') });

  it('states the reading age in years with the rates behind the targets', () => {
    expect(html).toContain('<p class="metrics">240 words · reading age 13 years, reading ease 64.2 · 17.1 words a sentence on average · 7.1% of sentences passive · 0% of sentences over 25 words</p>');
  });

  it('says when a letter is too short for a readability score', () => {
    expect(html).toContain('<p class="metrics">too short for a readability score (52 words)</p>');
  });
});

describe('through the real pipeline', () => {
  it('a short letter is reported as too short, a full one with its reading age', async () => {
    const short = await checkText('Dear Mrs Patel\n\nThank you for your letter. We will reply by 14 March.\n\nYours sincerely\n\nSam Jones', { only: ['plain/readability'] });
    expect(formatStylish(short)).toMatch(/too short for a readability score \(\d+ words\)/);
    const letter = readFileSync(new URL('../../fixtures/letters/council-tax-clean.txt', import.meta.url), 'utf8');
    const full = await checkText(letter, { only: ['plain/readability'] });
    const age = full.files[0]!.metrics!.readingAge!;
    expect(age).toBeGreaterThanOrEqual(5);
    expect(formatStylish(full)).toContain(`reading age ${age} years`);
  });
});
