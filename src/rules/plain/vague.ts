import type { RuleContext } from '../../types.js';
import { defineRule } from '../../engine/define-rule.js';
import { listMatches, listOf } from './prose.js';

const list = listOf('plain/vague');

/** "shortly after 10am" and "shortly before" place a time; they are not a vague promise. */
function placesATime(context: RuleContext, end: number): boolean {
  return /^\s+(?:after|before|afterwards)\b/i.test(context.document.text.slice(end, end + 20));
}

/** plain/vague: the phrases are in rules/plain/vague.yml. */
export default defineRule({
  meta: {
    id: 'plain/vague',
    category: 'plain',
    severity: list.severity,
    description: list.description,
    ...(list.why ? { why: list.why } : {}),
    standard: list.standard,
    fixable: false,
    messages: { vague: list.message },
    examples: list.examples,
  },
  create(context) {
    for (const match of listMatches(context)) {
      if (match.list !== 'plain/vague') continue;
      if (match.entry.phrase === 'shortly' && placesATime(context, match.end)) continue;
      context.report({ messageId: 'vague', data: { actual: match.actual.replace(/\s+/g, ' ') }, start: match.start, end: match.end });
    }
  },
});
