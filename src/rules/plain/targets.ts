import { defineRule } from '../../engine/define-rule.js';
import { DEFAULT_LONG_SENTENCE_WORDS, MIN_WORDS_FOR_READABILITY, percentOf, sentenceRates } from '../../analyse/metrics.js';
import type { MetricTargets, RuleContext, Sentence } from '../../types.js';
import { proseSentences } from './prose.js';

/**
 * Document-level targets from published plain-English practice: Flesch
 * reading ease of 60 or more (GOV.UK, the Plain English Campaign), a reading
 * age of 14 or under, passive voice in at most 4% of sentences and sentences
 * over 25 words in at most 5%.
 */
export const DEFAULT_TARGETS: Required<MetricTargets> = {
  minReadingEase: 60,
  maxReadingAge: 14,
  maxPassivePercent: 4,
  maxLongSentencePercent: 5,
  longSentenceWords: DEFAULT_LONG_SENTENCE_WORDS,
};

const TARGET_KEYS = Object.keys(DEFAULT_TARGETS) as Array<keyof MetricTargets>;

function checkTarget(value: unknown, key: keyof MetricTargets, name: string): number {
  const whole = key === 'longSentenceWords';
  const percent = key === 'maxPassivePercent' || key === 'maxLongSentencePercent';
  const ok = typeof value === 'number' && Number.isFinite(value) && (!whole || (Number.isInteger(value) && value >= 1)) && (!percent || (value >= 0 && value <= 100));
  if (!ok) {
    const expected = whole ? 'a whole number above 0' : percent ? 'a number from 0 to 100' : 'a number';
    throw new Error(`${name} must be ${expected}`);
  }
  return value as number;
}

/**
 * The targets a rule works to: its own options win (they can differ per
 * folder with `overrides`), then the organisation profile's `targets`, then
 * the defaults. A value of the wrong type is refused with its source named.
 */
export function resolveTargets(context: Pick<RuleContext, 'options' | 'profile'>, ruleId: string): Required<MetricTargets> {
  const resolved = { ...DEFAULT_TARGETS };
  const profile = (context.profile.targets ?? {}) as Record<string, unknown>;
  for (const key of TARGET_KEYS) {
    if (context.options[key] !== undefined) resolved[key] = checkTarget(context.options[key], key, `${ruleId}: option "${key}"`);
    else if (profile[key] !== undefined) resolved[key] = checkTarget(profile[key], key, `targets: "${key}"`);
  }
  return resolved;
}

/**
 * How many sentences a percentage allows, rounded up to whole sentences: 4%
 * of a 20-sentence letter is not a fraction of a sentence but one sentence.
 * Without this a single passive would fail nearly every letter.
 */
export function allowedSentences(sentences: number, maxPercent: number): number {
  // The small margin keeps 25 × 4 / 100 at exactly 1 despite floating point.
  return Math.max(0, Math.ceil((sentences * maxPercent) / 100 - 1e-9));
}

/** The example letters, which differ only in their first paragraph. */
const permitLetter = (opening: string) =>
  [
    'Dear Mr Okafor',
    '',
    opening,
    '',
    'Please fill in the parts marked in yellow and send the form back to us in the envelope we have sent with it. You do not need a stamp. If you would rather do this online, go to www.eastbrook.gov.uk/permits and sign in with your account number.',
    '',
    'When we get the form back, we will send your permit within 5 working days. If you need help, please call Sam Jones on 01632 960 123. Sam works Monday to Friday, 9am to 5pm.',
    '',
    'Yours sincerely',
    '',
    'Sam Jones',
    'Permits Officer',
  ].join('\n');

const PASSIVE_LETTER = permitLetter(
  'Your application for a parking permit has been received. It was checked by our permits team on 3 March. Some of the details were found to be missing, so your permit cannot be issued yet. The form is enclosed with this letter.',
);

const ACTIVE_LETTER = permitLetter(
  'Thank you for your application for a parking permit. Our permits team checked it on 3 March. Some details are missing, so we cannot send your permit yet. We have put the form in with this letter.',
);

/**
 * plain/targets: the share of passive sentences and of long sentences, each
 * reported once against its target. Reading ease and reading age are
 * plain/readability's, which reads the same targets.
 */
export default defineRule({
  meta: {
    id: 'plain/targets',
    category: 'plain',
    severity: 'warning',
    fixable: false,
    description: 'Too many sentences in the letter are passive (over 4%) or long (over 5% above 25 words); the targets are configurable.',
    why: 'Shepway 15 asks us to keep sentences short, with one idea each, and to be direct ("we will do it", not "it will be done"). Published plain-English practice turns that into document targets: passive voice in at most 4% of sentences and sentences over 25 words in at most 5%. A percentage of a short letter is rounded up to whole sentences, so one passive or one long sentence in a letter of up to 25 sentences is allowed; plain/passive and plain/sentence-length point at each one.',
    standard: 'Shepway 15',
    messages: {
      passive: '{count} of {sentences} sentences {verb} in the passive voice ({percent}%; the target is at most {max}%): say who does what, such as “we will review your claim”, not “your claim will be reviewed”.',
      long: '{count} of {sentences} sentences {verb} over {words} words long ({percent}%; the target is at most {max}%): split long sentences so that each makes one point.',
    },
    options: {
      maxPassivePercent: 'per cent of sentences that may be passive (default: targets.maxPassivePercent, else 4)',
      maxLongSentencePercent: 'per cent of sentences that may be long (default: targets.maxLongSentencePercent, else 5)',
      longSentenceWords: 'words that make a sentence long (default: targets.longSentenceWords, else 25)',
    },
    examples: { good: [ACTIVE_LETTER], bad: [PASSIVE_LETTER] },
  },
  create(context) {
    const targets = resolveTargets(context, 'plain/targets');
    // Too short for a rate to mean anything: the report says so instead of scoring it.
    if (context.analysis.metrics.words < MIN_WORDS_FOR_READABILITY) return;
    const rates = sentenceRates(proseSentences(context), context.analysis.messages, targets.longSentenceWords);
    const total = rates.sentences.length;
    if (total === 0) return;
    const check = (found: Sentence[], max: number, messageId: 'passive' | 'long') => {
      if (found.length <= allowedSentences(total, max)) return;
      // On the first such sentence: the writer sees an example of what to change.
      const first = found[0]!;
      context.report({
        messageId,
        data: { count: found.length, verb: found.length === 1 ? 'is' : 'are', sentences: total, percent: percentOf(found.length, total)!, max, words: targets.longSentenceWords },
        start: first.start,
        end: first.end,
      });
    };
    check(rates.passive, targets.maxPassivePercent, 'passive');
    check(rates.long, targets.maxLongSentencePercent, 'long');
  },
});
