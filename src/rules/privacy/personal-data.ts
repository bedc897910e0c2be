import { defineRule } from '../../engine/define-rule.js';
import { findPersonalData, type PersonalDataKind } from '../../engine/mask.js';

const WHAT: Record<PersonalDataKind, string> = {
  'ni-number': 'a National Insurance number',
  'nhs-number': 'an NHS number',
  'bank-details': 'a sort code and account number',
  'payment-card': 'a payment card number',
  'date-of-birth': 'a date of birth',
  health: 'details of someone’s health',
};

/**
 * privacy/personal-data: the message names the kind of data, never the
 * value; the excerpt is masked by the engine like every other excerpt.
 */
export default defineRule({
  meta: {
    id: 'privacy/personal-data',
    category: 'privacy',
    severity: 'warning',
    fixable: false,
    description: 'Personal data (NI or NHS number, bank or card details, date of birth, health details) in correspondence.',
    why:
      'Wirral §6 and its "Confidentiality" behaviour ask us to protect customers’ information and to check the recipient needs to know. ' +
      'A letter can be misdelivered or forwarded: leave out identifiers and health details the reader does not need, or give only the last digits.',
    standard: 'Wirral §6, Confidentiality',
    messages: {
      found: 'This contains {what}: check the recipient needs to know it, and leave it out or show only the last digits if not.',
    },
    examples: {
      good: ['Dear Mr Khan\n\nWe have paid your Housing Benefit into the bank account ending 78.\n\nYours sincerely'],
      bad: ['Dear Mr Khan\n\nWe have your National Insurance number as JT 65 43 21 B on our records.\n\nYours sincerely'],
    },
  },
  create(context) {
    const quoted = context.parts.quoted;
    for (const match of findPersonalData(context.document.text)) {
      // Quoted earlier messages are the customer's words, never checked.
      if (quoted && match.start >= quoted.start && match.end <= quoted.end) continue;
      context.report({ messageId: 'found', data: { what: WHAT[match.kind] }, start: match.start, end: match.end });
    }
  },
});
