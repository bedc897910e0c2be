import { defineRule } from '../../engine/define-rule.js';
import { signoffFamily } from '../../segment/patterns.js';
import { expectedClose, salutationPhrase } from './letter.js';

export default defineRule({
  meta: {
    id: 'courtesy/signoff-mismatch',
    category: 'courtesy',
    severity: 'error',
    fixable: true,
    description: 'A letter to a named person ends “Yours sincerely”; a letter to “Sir or Madam” ends “Yours faithfully”.',
    why: 'Shepway 11: use the customer’s name when known and “Yours sincerely” with it; keep “Yours faithfully” for Sir/Madam. A mismatch looks careless to the reader.',
    standard: 'Shepway 11',
    messages: {
      mismatch: '“{salutation}” needs “{expected}”, not “{actual}”.',
    },
    examples: {
      good: ['Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely', 'Dear Sir or Madam\n\nThank you for your letter.\n\nYours faithfully'],
      bad: ['Dear Mrs Patel\n\nThank you for your letter.\n\nYours faithfully', 'Dear Sir/Madam\n\nThank you for your letter.\n\nYours sincerely'],
    },
  },
  create(context) {
    const { salutation, signoff } = context.parts;
    if (!salutation || !signoff) return;
    const end = signoff.phraseEnd ?? signoff.end;
    const actual = context.document.text.slice(signoff.start, end);
    const family = signoffFamily(actual);
    // "Kind regards" and the like are informal, not the wrong formal close; US forms are signoff-format's.
    if (family !== 'sincerely' && family !== 'faithfully') return;
    if (!/^your/i.test(actual)) return;
    const expected = expectedClose(salutation);
    if (!expected || expected.toLowerCase().endsWith(family)) return;
    context.report({
      messageId: 'mismatch',
      data: { salutation: salutationPhrase(salutation), expected, actual },
      start: signoff.start,
      end,
      suggestion: expected,
      fix: { start: signoff.start, end, text: expected },
    });
  },
});
