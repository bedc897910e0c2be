import type { RetextMessage, RuleContext } from '../../types.js';
import { defineListRule } from './list-rule.js';
import { isSentenceInitial, joinAlternatives, listMatches, proseSegments, proseSentences, isInProse, slowStartMatch } from './prose.js';
import { matchCase } from '../data/matcher.js';

/**
 * retext-simplify's wordy phrases that our list lacks. Its report is dropped
 * wherever one of our lists (or the slow-start opening) already matched, so a
 * phrase is never reported twice.
 */
function reportSimplify(context: RuleContext): void {
  const text = context.document.text;
  const taken = listMatches(context).map((m) => [m.start, m.end] as const);
  const opening = slowStartMatch(context);
  if (opening) taken.push([opening.start, opening.end]);
  const segments = proseSegments(context);
  const sentences = proseSentences(context);
  // Longest first where retext-simplify's own phrases overlap ("in view of the above" over "in view of").
  const messages = context.analysis.messages
    .filter((m) => m.source === 'retext-simplify' && isInProse(segments, m.start, m.end))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const chosen: RetextMessage[] = [];
  for (const message of messages) {
    if (taken.some(([start, end]) => message.start < end && message.end > start)) continue;
    taken.push([message.start, message.end]);
    chosen.push(message);
  }
  chosen.sort((a, b) => a.start - b.start);
  for (const message of chosen) {
    const actual = text.slice(message.start, message.end);
    const sentence = sentences.find((s) => message.start >= s.start && message.end <= s.end);
    const initial = sentence ? isSentenceInitial(text, sentence, message.start) : false;
    // A capital mid-sentence means a name or a title ("Proceed Together Scheme").
    if (/^\p{Lu}/u.test(actual) && !initial) continue;
    const expected = (message.expected ?? []).map((e) => (initial ? matchCase(actual, e) : e));
    if (expected.length === 0) {
      context.report({ messageId: 'omit', data: { actual }, start: message.start, end: message.end });
      continue;
    }
    context.report({
      messageId: 'simplify',
      data: { actual: actual.replace(/\s+/g, ' '), expected: joinAlternatives(expected) },
      start: message.start,
      end: message.end,
      suggestion: expected.join(' or '),
      ...(expected.length === 1 ? { fix: { start: message.start, end: message.end, text: expected[0]! } } : {}),
    });
  }
}

/** plain/waffle: rules/plain/waffle.yml, plus retext-simplify's wordy phrases. */
export default defineListRule('plain/waffle', {
  create: reportSimplify,
  messages: {
    simplify: 'Say “{expected}” instead of “{actual}”.',
    omit: '“{actual}” adds nothing: leave it out.',
  },
});
