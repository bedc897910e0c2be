import { defineRule } from '../../engine/define-rule.js';
import { MIN_WORDS_FOR_READABILITY } from '../../analyse/metrics.js';
import { firstBodySentence, isInProse, proseSegments, proseSentences } from './prose.js';
import { resolveTargets } from './targets.js';

const HARD_TEXT = [
  'Dear Mr Okafor',
  '',
  'Notwithstanding the considerations previously communicated, the authority has determined, following comprehensive examination of the documentation submitted, that the applicant does not satisfy the eligibility criteria stipulated within the discretionary assistance scheme. Consequently, the application is unsuccessful. Representations concerning this determination may be submitted in writing, accompanied by supplementary evidence substantiating the circumstances described. Any reconsideration will necessitate independent verification of expenditure, household composition and income. The authority additionally reserves the right to undertake further investigation where discrepancies are identified. Correspondence regarding the determination should reference the application number and be addressed to the administrative team responsible for discretionary payments. Failure to provide the requested documentation within the prescribed timeframe will result in the application being treated as withdrawn.',
].join('\n');

const PLAIN_TEXT = [
  'Dear Mr Okafor',
  '',
  'We cannot give you a Discretionary Housing Payment this time. This is because your rent is already fully paid by Housing Benefit. We know this is not the news you hoped for.',
  '',
  'If your rent goes up or your income goes down, please apply again. You can do this online or by phone. We will look at your new claim within 10 working days.',
  '',
  'If you think we have got this wrong, you can ask us to look at it again. Write to us within one month of the date of this letter and tell us why. Please send any papers that help show your costs, such as bank statements or bills. If you need help with the form, please call Sam Jones on 01303 853000. Sam works Monday to Friday, 9am to 5pm.',
].join('\n');

/**
 * plain/readability: the whole letter's reading ease and reading age, from
 * the metrics computed once per document, and sentences that retext-
 * readability finds very hard (tuned in src/analyse so that ordinary
 * council sentences pass).
 */
export default defineRule({
  meta: {
    id: 'plain/readability',
    category: 'plain',
    severity: 'warning',
    description: 'The letter, or a sentence in it, is harder to read than the target reading age.',
    why: 'Shepway 14 to 16 ask for plain written language the reader will understand; Wirral asks us to avoid jargon for readers of every background. Most UK adults read comfortably at a reading age of 14 or below.',
    standard: 'Shepway 14-16; Wirral Cultural Awareness',
    fixable: false,
    messages: {
      document: 'The letter is hard to read: {missed}. Use shorter sentences and everyday words.',
      sentence: 'This sentence is very hard to read: split it and use everyday words.',
    },
    options: {
      minReadingEase: 'Flesch reading ease the letter must reach (default: targets.minReadingEase, else 60)',
      maxReadingAge: 'UK reading age in years the letter may need at most (default: targets.maxReadingAge, else 14)',
    },
    examples: { good: [PLAIN_TEXT], bad: [HARD_TEXT] },
  },
  create(context) {
    // The same targets as plain/targets: its own options, then the profile's `targets`, then the defaults.
    const { maxReadingAge: maxAge, minReadingEase: minEase } = resolveTargets(context, 'plain/readability');
    const { metrics } = context.analysis;
    const sentences = proseSentences(context);
    // Too short to score (under MIN_WORDS_FOR_READABILITY words): say nothing rather than guess.
    if (metrics.words >= MIN_WORDS_FOR_READABILITY && metrics.fleschReadingEase !== null && metrics.readingAge !== null && sentences.length > 0) {
      if (metrics.fleschReadingEase < minEase || metrics.readingAge > maxAge) {
        // Reported once, on the opening of the body, where the reader starts.
        const first = firstBodySentence(context) ?? sentences[0]!;
        // Only the targets missed: a reading ease of 89 is no problem to point at.
        const missed = [
          metrics.fleschReadingEase < minEase ? `reading ease ${Math.round(metrics.fleschReadingEase)} (aim for ${minEase} or more)` : '',
          metrics.readingAge > maxAge ? `a reading age of ${metrics.readingAge} years (aim for ${maxAge} or below)` : '',
        ].filter(Boolean);
        context.report({
          messageId: 'document',
          data: { missed: missed.join(' and ') },
          start: first.start,
          end: first.end,
        });
      }
    }
    const segments = proseSegments(context);
    for (const message of context.analysis.messages) {
      if (message.source !== 'retext-readability' || !isInProse(segments, message.start, message.end)) continue;
      context.report({ messageId: 'sentence', start: message.start, end: message.end });
    }
  },
});
