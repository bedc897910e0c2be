import { defineRule } from '../../engine/define-rule.js';
import { domainOf, emailWithDomains, isInternal, listAddresses, uniqueAddresses } from '../email/shared.js';

const DEFAULT_MAX_EXTERNAL = 2;

export default defineRule({
  meta: {
    id: 'privacy/recipient-exposure',
    category: 'privacy',
    severity: 'warning',
    fixable: false,
    description: 'External recipients from different organisations, or more than a few, are not shown each other’s addresses in To or Cc.',
    why: 'Wirral §6 and “Confidentiality”: a customer’s email address is personal data; putting several outside people in To or Cc tells each of them who else is involved.',
    standard: 'Wirral §6, Confidentiality',
    messages: {
      exposed: '{count} external recipients can see each other’s addresses ({addresses}): put them in Bcc, or send separate emails.',
    },
    options: {
      maxExternal: 'external recipients from one organisation that may share To and Cc (default 2)',
      internalDomains: 'email domains that count as internal (default: organisation.emailDomains, else the sender\'s)',
    },
    examples: {
      good: ['From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nCc: housing@eastbrook.gov.uk\nSubject: Repair to your kitchen window\n\nDear Mrs Patel\n\nWe will repair your window on Tuesday 10 March.'],
      bad: ['From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com, j.okafor@mail.co.uk, residents@millview-ra.org.uk\nSubject: Mill Lane parking scheme\n\nDear residents\n\nThe new parking scheme starts on 1 April.'],
    },
  },
  create(context) {
    const outgoing = emailWithDomains(context);
    if (!outgoing) return;
    const { email, domains } = outgoing;
    const option = context.options.maxExternal;
    const maxExternal = typeof option === 'number' && option >= 1 ? option : DEFAULT_MAX_EXTERNAL;
    const external = uniqueAddresses([...email.to, ...email.cc]).filter((a) => !isInternal(a.address, domains));
    const externalDomains = new Set(external.map((a) => domainOf(a.address)));
    if (external.length < 2 || (externalDomains.size <= 1 && external.length <= maxExternal)) return;
    const shown = listAddresses(external);
    context.report({ messageId: 'exposed', data: { count: external.length, addresses: shown }, start: 0, end: 0 });
  },
});
