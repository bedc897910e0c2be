import { defineRule } from '../../engine/define-rule.js';
import { expectedClose, salutationPhrase } from './letter.js';

export default defineRule({
  meta: {
    id: 'courtesy/signoff-missing',
    category: 'courtesy',
    severity: 'error',
    fixable: false,
    description: 'A letter that opens “Dear …” closes with “Yours sincerely” or “Yours faithfully”.',
    why: 'Shepway 11 pairs each salutation with its close. A letter that stops without one looks unfinished, and often has lost its signature too.',
    standard: 'Shepway 11',
    messages: {
      missing: 'The letter opens “{salutation}” but has no sign-off: end it with “{expected}”, then your name and job title.',
    },
    examples: {
      good: ['Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\n\nSam Jones\nCouncil Tax Officer'],
      bad: ['Dear Mrs Patel\n\nThank you for your letter.\n\nSam Jones\nCouncil Tax Officer'],
    },
  },
  create(context) {
    const { salutation, signoff, body, subject } = context.parts;
    if (!salutation || signoff) return;
    // "Hi Jaya" or "Good morning" opens an informal email, which may end on its signature alone.
    if (!/^\s*dear\b/i.test(salutation.text)) return;
    // The close belongs after the last paragraph: point there.
    const last = body ?? subject ?? salutation;
    const text = context.document.text;
    const lineStart = text.lastIndexOf('\n', last.end - 1) + 1;
    const start = Math.max(lineStart, last.start);
    const expected = expectedClose(salutation) ?? 'Yours sincerely';
    context.report({ messageId: 'missing', data: { salutation: salutationPhrase(salutation), expected }, start, end: last.end, suggestion: expected });
  },
});
