/** The values a metric rule measures, for its scope. */
import { MIN_WORDS_FOR_READABILITY, computeMetrics, percentOf, sentenceRates } from '../../analyse/metrics.js';
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

/** Words the counts take: numbers too ("£486", "14"), not punctuation. */
const COUNTED = /[\p{L}\p{N}]/u;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The analysed sentences of the scope; an email's Subject header (not in the text) as one sentence of its words. */
export function scopeSentences(context: RuleContext, scope: Scope): Sentence[] {
  const subject = headerSubject(context, scope);
  const header: Sentence[] = subject
    ? [{ text: subject, start: 0, end: 0, words: [...subject.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ text: m[0], start: 0, end: 0 })), block: -1 }]
    : [];
  if (scope === 'subject' && subject) return header;
  const ranges = scopeRanges(context, scope);
  // The whole of an email is its Subject header and its body.
  return [...header, ...context.analysis.sentences.filter((s) => ranges.some((r) => s.start >= r.start && s.end <= r.end))];
}

function countParagraphs(context: RuleContext, scope: Scope, ranges: Range[]): number {
  const subject = headerSubject(context, scope) ? 1 : 0;
  if (subject && scope === 'subject') return 1;
  const text = context.document.text;
  return subject + context.document.blocks.filter((b) =>
    ranges.some((r) => {
      const start = Math.max(b.start, r.start);
      const end = Math.min(b.end, r.end);
      return end > start && /\p{L}/u.test(text.slice(start, end));
    }),
  ).length;
}

/**
 * The metric's value for the scope's sentences (scopeSentences), or null
 * when it cannot be measured there (too short, no sentences). The shares of
 * passive and long sentences are measured as the report's metrics and
 * plain/targets measure them (a list line by line).
 */
export function measure(context: RuleContext, scope: Scope, metric: MetricName, scoped: Sentence[]): number | null {
  if (metric === 'paragraphs') return countParagraphs(context, scope, scopeRanges(context, scope));
  const sentences = scoped.filter((s) => s.words.some((w) => COUNTED.test(w.text)));
  const words = sentences.reduce((sum, s) => sum + s.words.filter((w) => COUNTED.test(w.text)).length, 0);
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
    case 'longSentencePercent': {
      const rates = sentenceRates(sentences, context.analysis.messages, context.profile.targets?.longSentenceWords);
      return percentOf((metric === 'passivePercent' ? rates.passive : rates.long).length, rates.sentences.length);
    }
  }
}
