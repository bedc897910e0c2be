import type { Analysis, RuleContext, Segment, Sentence } from '../../types.js';
import { loadPhraseList, type PhraseList } from '../data/load.js';
import { matchCase, type PhraseMatch } from '../data/matcher.js';

/** The prose segments rules may look at: never addresses, references or signatures. */
export function proseSegments(context: RuleContext): Segment[] {
  const { parts } = context;
  const found = [parts.subject, parts.body].filter((s): s is NonNullable<typeof s> => Boolean(s));
  return found.length > 0 ? found : [{ type: 'body', start: 0, end: context.document.text.length, text: context.document.text }];
}

export function isInProse(segments: Segment[], start: number, end: number): boolean {
  return segments.some((s) => start >= s.start && end <= s.end);
}

/** Sentences of the body and subject, in order. */
export function proseSentences(context: RuleContext): Sentence[] {
  const segments = proseSegments(context);
  return context.analysis.sentences.filter((s) => isInProse(segments, s.start, s.end));
}

/** The body's sentences only (not the subject line). */
export function bodySentences(context: RuleContext): Sentence[] {
  const body = context.parts.body;
  const sentences = proseSentences(context);
  return body ? sentences.filter((s) => s.start >= body.start && s.end <= body.end) : sentences;
}

/** Nothing but opening quotes, brackets or spaces before `offset` in its sentence. */
export function isSentenceInitial(text: string, sentence: Sentence, offset: number): boolean {
  return /^[\s"'“‘([]*$/.test(text.slice(sentence.start, offset));
}

function isSentenceFinal(text: string, sentence: Sentence, offset: number): boolean {
  return /^[\s"'”’)\]]*$/.test(text.slice(offset, sentence.end));
}

export const LIST_NAMES = ['plain/jargon', 'plain/latin-legal', 'plain/waffle', 'plain/vague'] as const;
export type ListName = (typeof LIST_NAMES)[number];

export interface ListMatch extends PhraseMatch {
  list: ListName;
  sentenceInitial: boolean;
  sentenceFinal: boolean;
}

export function listOf(name: ListName | 'plain/slow-start'): PhraseList {
  return loadPhraseList(name);
}

/**
 * Openings of the body's first sentence that plain/slow-start reports; the
 * other lists give way to them so that "With reference to your letter" is
 * reported once, as a slow start, not also as waffle.
 */
export function slowStartMatch(context: RuleContext): PhraseMatch | undefined {
  const first = firstBodySentence(context);
  if (!first) return undefined;
  const text = context.document.text;
  return listOf('plain/slow-start')
    .matcher.find(first.text, first.start)
    .find((m) => isSentenceInitial(text, first, m.start));
}

/**
 * The first real sentence of the body. Until every letter is segmented, a
 * body may still start with the salutation or an address, so lines that do
 * not end as a sentence does, and "Dear …", are passed over.
 */
export function firstBodySentence(context: RuleContext): Sentence | undefined {
  return bodySentences(context).find((s) => {
    const text = s.text.trim();
    return !/^dear\b/i.test(text) && /[.!?]["'”’)]*$/.test(text);
  });
}

const cache = new WeakMap<Analysis, ListMatch[]>();

/**
 * Every match of the plain word lists in the prose, computed once per
 * document and shared by the rules, so that overlapping entries of two lists
 * are reported once: the longer match wins ("we will endeavour to" in
 * plain/vague over "endeavour" in plain/jargon).
 */
export function listMatches(context: RuleContext): ListMatch[] {
  const cached = cache.get(context.analysis);
  if (cached) return cached;
  const text = context.document.text;
  const candidates: ListMatch[] = [];
  for (const sentence of proseSentences(context)) {
    for (const list of LIST_NAMES) {
      for (const match of listOf(list).matcher.find(sentence.text, sentence.start)) {
        const sentenceInitial = isSentenceInitial(text, sentence, match.start);
        // A capital mid-sentence means a name or a title ("Local Welfare Assistance Scheme").
        const listedLower = match.entry.phrase.charAt(0) === match.entry.phrase.charAt(0).toLowerCase();
        const capital = match.actual.charAt(0) !== match.actual.charAt(0).toLowerCase();
        if (listedLower && capital && !sentenceInitial) continue;
        candidates.push({ ...match, list, sentenceInitial, sentenceFinal: isSentenceFinal(text, sentence, match.end) });
      }
    }
  }
  const opening = slowStartMatch(context);
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: ListMatch[] = [];
  for (const candidate of candidates) {
    if (opening && candidate.start < opening.end && candidate.end > opening.start) continue;
    const overlapping = kept.findIndex((k) => candidate.start < k.end && candidate.end > k.start);
    if (overlapping === -1) kept.push(candidate);
    else if (candidate.end - candidate.start > kept[overlapping]!.end - kept[overlapping]!.start) kept[overlapping] = candidate;
  }
  cache.set(context.analysis, kept);
  return kept;
}

/** The replacement as it should appear in the text: capital kept, a final full stop kept ("etc." → "and so on."). */
export function fittedReplacement(match: ListMatch, replacement: string): string {
  let fitted = match.sentenceInitial ? matchCase(match.actual, replacement) : replacement;
  if (match.actual.endsWith('.') && !fitted.endsWith('.') && match.sentenceFinal) fitted += '.';
  return fitted;
}

/** "start” or “begin": the message template supplies the outer quotes. */
export function joinAlternatives(alternatives: string[]): string {
  return alternatives.join('” or “');
}
