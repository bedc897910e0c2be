import { defineRule } from '../../engine/define-rule.js';
import { greetingFor } from './letter.js';

export default defineRule({
  meta: {
    id: 'courtesy/salutation-missing',
    category: 'courtesy',
    severity: 'error',
    fixable: false,
    description: 'A letter opens with a salutation such as “Dear Mrs Patel”.',
    why: 'A letter that launches straight into its business reads as a form, not as a reply to a person. Shepway asks us to use the customer’s name when we know it.',
    standard: 'Shepway 11',
    messages: {
      missingNamed: 'This letter has no salutation: open it with “{expected}”.',
      missing: 'This letter has no salutation: open it with “Dear” and the reader’s name, such as “Dear Mrs Patel”.',
    },
    examples: {
      good: ['Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Mrs Patel\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones'],
      bad: ['Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones'],
    },
  },
  create(context) {
    const { parts } = context;
    if (!parts.isLetter || parts.salutation) return;
    // Point at the line the salutation should come before: the subject or first paragraph.
    const anchor = [parts.subject, parts.body, parts.signoff].filter((s) => s !== undefined).sort((a, b) => a.start - b.start)[0];
    if (!anchor) return;
    const firstLineEnd = context.document.text.indexOf('\n', anchor.start);
    const end = firstLineEnd === -1 || firstLineEnd > anchor.end ? anchor.end : firstLineEnd;
    const expected = greetingFor(parts.addressee);
    if (expected) context.report({ messageId: 'missingNamed', data: { expected }, start: anchor.start, end, suggestion: expected });
    else context.report({ messageId: 'missing', start: anchor.start, end });
  },
});
