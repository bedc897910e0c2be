import { defineRule } from '../../engine/define-rule.js';
import { extractPoints, pointOf, unansweredPoints } from '../../complaint/points.js';
import { kindOf } from '../../kind/cues.js';
import { findQuoteStart } from '../../segment/email.js';
import type { ComplaintPoint, RuleContext } from '../../types.js';

/** The complaint's points: from --reply-to, from `options.points`, or from the complaint a complaint response quotes. */
function pointsOf(context: RuleContext, quoteStart: number | undefined): ComplaintPoint[] {
  if (context.replyTo) return context.replyTo.points;
  const option = context.options.points;
  if (Array.isArray(option)) return option.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map(pointOf);
  // Without --reply-to, only a complaint response that quotes the complaint below it can be checked.
  if (quoteStart === undefined || kindOf(context) !== 'complaint-response') return [];
  const quoted = context.document.text
    .slice(quoteStart)
    .split('\n')
    .filter((line) => !/^\s*On\s.*wrote:\s*$/i.test(line) && !/^\s*wrote:\s*$/i.test(line))
    .map((line) => line.replace(/^\s*(?:>\s?)+/, ''))
    .join('\n');
  return extractPoints(quoted);
}

export default defineRule({
  meta: {
    id: 'correspondence/complaint-points',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A reply to a complaint answers every point the complainant raised (give the complaint with --reply-to).',
    why: 'Shepway 30: when responding to complaints remember to answer all points raised by the complainant. With --reply-to, cc-check reads the complaint, lists its questions, demands and grievances, and looks for each in the reply; a reply that quotes the complaint below it is checked against the quote.',
    standard: 'Shepway 30',
    messages: {
      unanswered: 'The complaint asked “{point}” and this reply does not answer it: add a sentence that deals with this point.',
    },
    options: {
      points: 'a list of the complaint\'s points, when no --reply-to is given',
    },
    examples: {
      good: [
        'Dear Ms Patel\n\nThank you for your complaint about your bin.\n\nI am sorry your bin was not collected on 3 March. The crew could not get into Elm Road because a van was parked across it. I am also sorry nobody called you back after you rang us, and I have spoken to the contact centre team.\n\nYours sincerely\n\nTom Reid\n\nOn 4 March 2026, Sarah Patel wrote:\n> Why was my bin not collected on 3 March? I rang your contact centre and nobody called me back.',
      ],
      bad: [
        'Dear Ms Patel\n\nThank you for your complaint about your bin.\n\nI am sorry your bin was not collected on 3 March. The crew could not get into Elm Road because a van was parked across it.\n\nYours sincerely\n\nTom Reid\n\nOn 4 March 2026, Sarah Patel wrote:\n> Why was my bin not collected on 3 March? I rang your contact centre and nobody called me back.',
      ],
    },
  },
  create(context) {
    const text = context.document.text;
    const quoteStart = context.parts.quoted?.start ?? findQuoteStart(text);
    const points = pointsOf(context, quoteStart);
    if (points.length === 0) return;
    const body = context.parts.body;
    const bodyStart = body?.start ?? 0;
    // The reply is the body only, never the quoted complaint below it.
    const bodyEnd = Math.min(body && body.end > body.start ? body.end : text.length, quoteStart ?? text.length);
    const reply = text.slice(bodyStart, Math.max(bodyStart, bodyEnd));
    let start = bodyStart;
    while (start < text.length && /\s/.test(text[start]!)) start++;
    let end = text.indexOf('\n', start);
    if (end < 0 || end > text.length) end = text.length;
    for (const point of unansweredPoints(points, reply)) {
      context.report({ messageId: 'unanswered', data: { point: point.label }, start, end: Math.max(start, end) });
    }
  },
});
