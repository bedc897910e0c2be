import { defineRule } from '../../engine/define-rule.js';
import { DEFAULT_LONG_SENTENCE_WORDS, sentenceStretches } from '../../analyse/metrics.js';
import { proseSentences } from './prose.js';

export const DEFAULT_MAX_WORDS = DEFAULT_LONG_SENTENCE_WORDS;
export const DEFAULT_MAX_WORDS_ERROR = 35;

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
    options: {
      max: 'words a sentence may have before a warning (default 25)',
      maxError: 'words a sentence may have before an error (default 35)',
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
      for (const stretch of sentenceStretches(sentence)) {
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
