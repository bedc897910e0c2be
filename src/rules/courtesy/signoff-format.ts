import { defineRule } from '../../engine/define-rule.js';
import { signoffFamily } from '../../segment/patterns.js';
import { expectedClose } from './letter.js';

const STANDARD = /^Yours (?:sincerely|faithfully)$/;

export default defineRule({
  meta: {
    id: 'courtesy/signoff-format',
    category: 'courtesy',
    severity: 'warning',
    fixable: true,
    description: 'Write the close as “Yours sincerely” or “Yours faithfully”: capital Y, small s or f, spelt right, in the British order.',
    why: 'The close is the last thing the reader sees. Shepway 16 asks us to check spelling and grammar; Shepway 11 names the two closes we use.',
    standard: 'Shepway 11, 16',
    messages: {
      capitals: '“{actual}” has the wrong capitals: write “{expected}”.',
      spelling: '“{actual}” is misspelt: write “{expected}”.',
      american: '“{actual}” is the American form: write “{expected}”.',
    },
    examples: {
      good: ['Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely', 'Dear Sir or Madam\n\nThank you for your letter.\n\nYours faithfully,'],
      bad: [
        'Dear Mrs Patel\n\nThank you for your letter.\n\nYours Sincerely',
        'Dear Sir or Madam\n\nThank you for your letter.\n\nYour’s faithfully',
        'Dear Mrs Patel\n\nThank you for your letter.\n\nSincerely yours',
      ],
    },
  },
  create(context) {
    const { signoff, salutation } = context.parts;
    if (!signoff) return;
    const end = signoff.phraseEnd ?? signoff.end;
    const actual = context.document.text.slice(signoff.start, end);
    // Extra spaces are invisible in print: not worth a finding.
    if (STANDARD.test(actual.replace(/\s+/g, ' '))) return;
    const family = signoffFamily(actual);
    if (!family) return;
    const wanted = salutation ? expectedClose(salutation) : undefined;
    let expected: string;
    let messageId: 'capitals' | 'spelling' | 'american';
    if (family === 'truly' || !/^your/i.test(actual)) {
      // "Yours truly", "Sincerely yours": the British close depends on the greeting.
      messageId = 'american';
      expected = wanted ?? (family === 'faithfully' ? 'Yours faithfully' : 'Yours sincerely');
    } else {
      expected = family === 'sincerely' ? 'Yours sincerely' : 'Yours faithfully';
      // The wrong close for the greeting is signoff-mismatch's finding, with its own fix.
      if (wanted && wanted !== expected) return;
      messageId = actual.toLowerCase().replace(/\s+/g, ' ') === expected.toLowerCase() ? 'capitals' : 'spelling';
    }
    context.report({ messageId, data: { actual, expected }, start: signoff.start, end, suggestion: expected, fix: { start: signoff.start, end, text: expected } });
  },
});
