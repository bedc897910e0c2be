/** The values a metric rule measures, for its scope. */
import { MIN_WORDS_FOR_READABILITY, computeMetrics } from '../../analyse/metrics.js';
import type { RuleContext, Sentence } from '../../types.js';
import type { MetricName, Scope } from './schema.js';
import { headerSubject, scopeRanges, type Range } from './scope.js';

/** How messages name each metric ({metric}). */
export const METRIC_NAMES: Record<MetricName, string> = {
  words: 'number of words',
  sentences: 'number of sentences',
  readingEase: 'reading ease',
  readingAge: 'reading age',
  gradeLevel: 'grade level',
  averageSentenceLength: 'average sentence length',
  passivePercent: 'share of passive sentences (%)',
  longSentencePercent: 'share of long sentences (%)',
  paragraphs: 'number of paragraphs',
};

/** Metrics that mean nothing on a short letter: quiet below MIN_WORDS_FOR_READABILITY words. */
export const NEEDS_LONG_TEXT: readonly MetricName[] = ['readingEase', 'readingAge', 'gradeLevel', 'passivePercent', 'longSentencePercent'];

/** What counts as a long sentence when the profile does not say (plain/sentence-length's limit too). */
export const DEFAULT_LONG_SENTENCE_WORDS = 25;

const COUNTED = /[\p{L}\p{N}]/u;

const round1 = (n: number) => Math.round(n * 10) / 10;

function isPassive(context: RuleContext, sentence: Sentence): boolean {
  return context.analysis.messages.some(
    (m) => (m.source === 'retext-passive' || (m.source === 'cc-check' && m.ruleId === 'passive')) && m.start >= sentence.start && m.end <= sentence.end,
  );
}

/** The analysed sentences of the scope; an email's Subject header (not in the text) as one sentence of its words. */
export function scopeSentences(context: RuleContext, scope: Scope): Sentence[] {
  const subject = headerSubject(context, scope);
  if (subject) {
    const words = [...subject.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ text: m[0], start: 0, end: 0 }));
    return [{ text: subject, start: 0, end: 0, words, block: -1 }];
  }
  const ranges = scopeRanges(context, scope);
  return context.analysis.sentences.filter((s) => ranges.some((r) => s.start >= r.start && s.end <= r.end));
}

function countParagraphs(context: RuleContext, scope: Scope, ranges: Range[]): number {
  if (headerSubject(context, scope)) return 1;
  const text = context.document.text;
  return context.document.blocks.filter((b) =>
    ranges.some((r) => {
      const start = Math.max(b.start, r.start);
      const end = Math.min(b.end, r.end);
      return end > start && /\p{L}/u.test(text.slice(start, end));
    }),
  ).length;
}

/** The metric's value for the scope, or null when it cannot be measured there (too short, no sentences). */
export function measure(context: RuleContext, scope: Scope, metric: MetricName): number | null {
  if (metric === 'paragraphs') return countParagraphs(context, scope, scopeRanges(context, scope));
  const sentences = scopeSentences(context, scope).filter((s) => s.words.some((w) => COUNTED.test(w.text)));
  const wordCounts = sentences.map((s) => s.words.filter((w) => COUNTED.test(w.text)).length);
  const words = wordCounts.reduce((sum, n) => sum + n, 0);
  switch (metric) {
    case 'words':
      return words;
    case 'sentences':
      return sentences.length;
    case 'averageSentenceLength':
      return sentences.length > 0 ? round1(words / sentences.length) : null;
    default:
      break;
  }
  // The readability formulas and the shares of sentences need a text long enough to mean something.
  const metrics = scope === 'document' ? context.analysis.metrics : computeMetrics(sentences);
  if (metrics.words < MIN_WORDS_FOR_READABILITY || sentences.length === 0) return null;
  switch (metric) {
    case 'readingEase':
      return metrics.fleschReadingEase;
    case 'readingAge':
      return metrics.readingAge;
    case 'gradeLevel':
      return metrics.fleschKincaidGrade;
    case 'passivePercent':
      return round1((100 * sentences.filter((s) => isPassive(context, s)).length) / sentences.length);
    case 'longSentencePercent': {
      const long = context.profile.targets?.longSentenceWords ?? DEFAULT_LONG_SENTENCE_WORDS;
      return round1((100 * wordCounts.filter((n) => n > long).length) / sentences.length);
    }
  }
}
