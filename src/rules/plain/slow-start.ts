import { defineRule } from '../../engine/define-rule.js';
import { firstBodySentence, listOf, slowStartMatch } from './prose.js';

const list = listOf('plain/slow-start');

/**
 * plain/slow-start: only the body's first sentence is looked at, because
 * "further to our call" later in a letter is a link, not a slow opening.
 * Phrases ending in "that" can simply be removed ("Please be advised that
 * your bin…" → "Your bin…"), so those get a fix.
 */
export default defineRule({
  meta: {
    id: 'plain/slow-start',
    category: 'plain',
    severity: list.severity,
    description: list.description,
    ...(list.why ? { why: list.why } : {}),
    standard: list.standard,
    fixable: true,
    messages: { slowStart: list.message },
    examples: list.examples,
  },
  create(context) {
    const match = slowStartMatch(context);
    const sentence = firstBodySentence(context);
    if (!match || !sentence) return;
    const data = { actual: match.actual.replace(/\s+/g, ' ') };
    const rest = context.document.text.slice(match.end, sentence.end).replace(/^\s+/, '');
    if (/\bthat$/i.test(match.actual) && /^\p{L}/u.test(rest)) {
      // Removing the phrase leaves the point itself; its first word takes the capital.
      const opening = rest.charAt(0).toUpperCase() + rest.slice(1);
      const restStart = sentence.end - rest.length;
      context.report({
        messageId: 'slowStart',
        data,
        start: match.start,
        end: match.end,
        suggestion: opening.replace(/\s+/g, ' '),
        fix: { start: match.start, end: restStart + 1, text: opening.charAt(0) },
      });
      return;
    }
    context.report({ messageId: 'slowStart', data, start: match.start, end: match.end });
  },
});
