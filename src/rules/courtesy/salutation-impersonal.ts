import { defineRule } from '../../engine/define-rule.js';
import { greetingFor, salutationPhrase } from './letter.js';

export default defineRule({
  meta: {
    id: 'courtesy/salutation-impersonal',
    category: 'courtesy',
    severity: 'warning',
    fixable: false,
    description: 'Greet the reader by name when the letter is addressed to them, not “Dear Sir/Madam” or “Dear Customer”.',
    why: 'We know who we are writing to: Shepway asks for the customer’s name (Mrs, Ms, Miss or Mr) rather than Sir/Madam, and warns against impersonal standard letters.',
    standard: 'Shepway 11-12',
    messages: {
      impersonal: '“{actual}” is impersonal, and the letter is addressed to {addressee}: write “{expected}”.',
    },
    examples: {
      good: [
        'Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Mrs Patel\n\nWe have received your form.\n\nYours sincerely\n\nSam Jones',
        'The Occupier\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Sir or Madam\n\nWe will collect your bins on Tuesday.\n\nYours faithfully\n\nSam Jones',
      ],
      bad: ['Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Sir/Madam\n\nWe have received your form.\n\nYours faithfully\n\nSam Jones'],
    },
  },
  create(context) {
    const { salutation, addressee } = context.parts;
    if (!salutation?.impersonal) return;
    // Only when the name is known: "The Occupier" letters rightly say Sir or Madam.
    const expected = greetingFor(addressee);
    if (!expected || !addressee?.name) return;
    const actual = salutationPhrase(salutation);
    context.report({
      messageId: 'impersonal',
      data: { actual, addressee: addressee.name, expected },
      start: salutation.start,
      end: salutation.start + actual.length,
      suggestion: expected,
    });
  },
});
