import { syllable } from 'syllable';
import type { DocumentMetrics, RetextMessage, Sentence } from '../types.js';

/** Below this many words a readability formula says little (GOV.UK and Hemingway use similar floors). */
export const MIN_WORDS_FOR_READABILITY = 100;

/** What counts as a long sentence, in words: plain/sentence-length warns above it, and the long-sentence rate counts above it. */
export const DEFAULT_LONG_SENTENCE_WORDS = 25;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Counts words made of letters (not numbers or references) for the formulas. */
function isCountedWord(word: string): boolean {
  return /[A-Za-z]/.test(word);
}

/** Words that count towards a sentence's length: numbers too ("£486", "14"), not punctuation. */
const LENGTH_WORD = /[\p{L}\p{N}]/u;
const BULLET = /^\s*(?:[-*•–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;

/** A part of a sentence measured on its own: the whole sentence, a line of a list, an item of a "…: a; b; c" list. */
export interface SentenceStretch {
  start: number;
  end: number;
  words: number;
}

function countWords(sentence: Sentence, start: number, end: number): number {
  return sentence.words.filter((w) => w.start >= start && w.end <= end && LENGTH_WORD.test(w.text)).length;
}

/**
 * A "sentence" that is really a list or an address: several lines, each
 * starting with a bullet or a capital or digit and none running on from the
 * line before, so each line is read (and counted) on its own. Prose wrapped
 * at a fixed width fails this test because its lines run on in lower case.
 */
function isLineList(lines: string[]): boolean {
  if (lines.length < 2) return false;
  if (lines.filter((line) => BULLET.test(line)).length >= 2) return true;
  const short = lines.every((line) => line.trim().split(/\s+/).length <= 10);
  const eachStartsAnew = lines.slice(1).every((line) => /^\s*[\p{Lu}\p{N}£(]/u.test(line));
  return short && eachStartsAnew;
}

/**
 * The parts of a sentence a reader takes in one go: the whole sentence, the
 * lines of a list, or the items of a "…: a; b; c" list. plain/sentence-length
 * and the long-sentence rate both measure these, so they always agree.
 */
export function sentenceStretches(sentence: Sentence): SentenceStretch[] {
  const lines: Array<{ text: string; start: number }> = [];
  let offset = sentence.start;
  for (const line of sentence.text.split('\n')) {
    if (line.trim()) lines.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  if (isLineList(lines.map((l) => l.text))) {
    return lines.map((l) => ({ start: l.start, end: l.start + l.text.length, words: countWords(sentence, l.start, l.start + l.text.length) }));
  }
  const colon = sentence.text.indexOf(':');
  if (colon !== -1 && (sentence.text.slice(colon).match(/;/g) ?? []).length >= 2) {
    const pieces: SentenceStretch[] = [];
    let pieceStart = sentence.start;
    for (const piece of sentence.text.split(/(?<=[:;])/)) {
      const end = pieceStart + piece.length;
      pieces.push({ start: pieceStart, end, words: countWords(sentence, pieceStart, end) });
      pieceStart = end;
    }
    return pieces;
  }
  return [{ start: sentence.start, end: sentence.end, words: countWords(sentence, sentence.start, sentence.end) }];
}

/** A passive-voice message of the analysis: retext-passive (irregular participles) or ours (regular ones). */
export function isPassiveMessage(message: RetextMessage): boolean {
  return message.source === 'retext-passive' || (message.source === 'cc-check' && message.ruleId === 'passive');
}

/** The sentences the rates count, and which of them are passive or long. */
export interface SentenceRates {
  /** Sentences with at least one word of letters (a line of numbers alone is not a sentence). */
  sentences: Sentence[];
  passive: Sentence[];
  long: Sentence[];
}

/**
 * Which counted sentences are in the passive voice (hold a passive message)
 * and which are longer than `longSentenceWords` (in any stretch). Shared by
 * the metrics and plain/targets, which may use another threshold.
 */
export function sentenceRates(sentences: Sentence[], messages: RetextMessage[], longSentenceWords = DEFAULT_LONG_SENTENCE_WORDS): SentenceRates {
  const counted = sentences.filter((s) => s.words.some((w) => isCountedWord(w.text)));
  // Sorted, so each sentence asks one binary search rather than scanning every message (audits of long documents).
  const passiveStarts = messages.filter(isPassiveMessage).map((m) => m.start).sort((a, b) => a - b);
  const hasPassive = (sentence: Sentence) => {
    let low = 0;
    let high = passiveStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (passiveStarts[mid]! < sentence.start) low = mid + 1;
      else high = mid;
    }
    return low < passiveStarts.length && passiveStarts[low]! < sentence.end;
  };
  return {
    sentences: counted,
    passive: counted.filter(hasPassive),
    long: counted.filter((s) => sentenceStretches(s).some((stretch) => stretch.words > longSentenceWords)),
  };
}

/** A share of the counted sentences, in per cent to one decimal place; null when there are none. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part / whole) * 100);
}

/**
 * Flesch reading ease, Flesch–Kincaid grade and UK reading age (null below
 * MIN_WORDS_FOR_READABILITY words), and the passive and long-sentence rates
 * and average sentence length (null only when there is no sentence), computed
 * once per document from the prose sentences and the analysis messages.
 */
export function computeMetrics(sentences: Sentence[], messages: RetextMessage[] = []): DocumentMetrics {
  let words = 0;
  let syllables = 0;
  const rates = sentenceRates(sentences, messages);
  const counted = rates.sentences.length;
  for (const sentence of rates.sentences) {
    for (const word of sentence.words) {
      if (!isCountedWord(word.text)) continue;
      words++;
      syllables += Math.max(1, syllable(word.text));
    }
  }
  const shares = {
    passivePercent: percentOf(rates.passive.length, counted),
    longSentencePercent: percentOf(rates.long.length, counted),
    averageSentenceLength: counted === 0 ? null : round1(words / counted),
  };
  if (words < MIN_WORDS_FOR_READABILITY || counted === 0) {
    return { words, sentences: counted, syllables, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null, ...shares };
  }
  const wordsPerSentence = words / counted;
  const syllablesPerWord = syllables / words;
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  return {
    words,
    sentences: counted,
    syllables,
    fleschReadingEase: round1(ease),
    fleschKincaidGrade: round1(grade),
    // UK reading age is the US grade plus five years (grade 4 ≈ age 9).
    readingAge: Math.max(5, Math.round(grade + 5)),
    ...shares,
  };
}
