import { defineRule } from '../../engine/define-rule.js';
import type { Sentence } from '../../types.js';
import { proseSentences } from './prose.js';

export const DEFAULT_MAX_WORDS = 25;
export const DEFAULT_MAX_WORDS_ERROR = 35;

const COUNTED = /[\p{L}\p{N}]/u;
const BULLET = /^\s*(?:[-*•–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;

interface Stretch {
  start: number;
  end: number;
  words: number;
}

function countWords(sentence: Sentence, start: number, end: number): number {
  return sentence.words.filter((w) => w.start >= start && w.end <= end && COUNTED.test(w.text)).length;
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

/** The parts of a sentence to measure: the whole, its lines, or the items of a "…: a; b; c" list. */
function stretchesOf(sentence: Sentence): Stretch[] {
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
    const pieces: Stretch[] = [];
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

function numberOption(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`plain/sentence-length: option "${name}" must be a whole number above 0`);
  }
  return value;
}

export default defineRule({
  meta: {
    id: 'plain/sentence-length',
    category: 'plain',
    severity: 'warning',
    description: 'Sentences over 25 words (a warning) or over 35 words (an error).',
    why: 'Shepway 15: keep your sentence length down and stick to one main idea in a sentence. Readers lose the thread of a long sentence, and more so in a second language.',
    standard: 'Shepway 15',
    fixable: false,
    messages: {
      long: 'This sentence has {words} words: split it so that each sentence makes one point (aim for {max} words or fewer).',
      tooLong: 'This sentence has {words} words, far too many to follow: split it into two or three sentences of {max} words or fewer.',
    },
    examples: {
      good: ['We have received your application for a Discretionary Housing Payment. We will decide within 10 working days. If you need help, please call Sam Jones on 01303 853000.'],
      bad: [
        'We have received your application for a Discretionary Housing Payment and will now assess it against the criteria set out in our policy, after which we will write to you with our decision and the reasons for it.',
      ],
    },
  },
  create(context) {
    const max = numberOption(context.options.max, DEFAULT_MAX_WORDS, 'max');
    const maxError = numberOption(context.options.maxError, DEFAULT_MAX_WORDS_ERROR, 'maxError');
    for (const sentence of proseSentences(context)) {
      for (const stretch of stretchesOf(sentence)) {
        if (stretch.words <= max) continue;
        const error = stretch.words > maxError;
        context.report({
          messageId: error ? 'tooLong' : 'long',
          data: { words: stretch.words, max },
          start: stretch.start,
          end: stretch.end,
          ...(error ? { severity: 'error' as const } : {}),
        });
      }
    }
  },
});
