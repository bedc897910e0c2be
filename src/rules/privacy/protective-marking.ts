import { defineRule } from '../../engine/define-rule.js';
import { emailWithDomains, isInternal, listAddresses, ownTextEnd, uniqueAddresses } from '../email/shared.js';

/**
 * The older "PROTECT" marking only in capitals, opening a line (or the
 * subject) and standing alone or before a descriptor: the word is common in prose.
 */
const MARKING = /(?:^|\n|\[)[ \t]*PROTECT(?:[ \t]*[-–:][ \t]*[A-Z]+)?(?=[ \t]*(?:$|\n|:|\]|[-–]))/;
const MARKING_ANY_CASE = /\bofficial[-\s]sensitive\b/i;

function findMarking(text: string): { index: number; 0: string } | null {
  const sensitive = MARKING_ANY_CASE.exec(text);
  if (sensitive) return sensitive;
  const protect = MARKING.exec(text);
  if (!protect) return null;
  const offset = protect[0].indexOf('PROTECT');
  return { index: protect.index + offset, 0: protect[0].slice(offset) };
}

export default defineRule({
  meta: {
    id: 'privacy/protective-marking',
    category: 'privacy',
    severity: 'error',
    fixable: false,
    description: 'An email marked OFFICIAL-SENSITIVE or PROTECT is not sent to addresses outside the organisation’s own domains.',
    why: 'Wirral §6 and “Confidentiality”: protectively marked information goes only to those entitled to it, by a secure route; ordinary email to an outside address is not one.',
    standard: 'Wirral §6, Confidentiality',
    messages: {
      outside: 'Marked “{marking}” but sent outside {domains} to {addresses}: send it by the secure route agreed with them, or remove the outside addresses.',
    },
    options: {
      internalDomains: 'email domains that count as internal (default: organisation.emailDomains, else the sender\'s)',
    },
    examples: {
      good: ['From: sam.jones@eastbrook.gov.uk\nTo: safeguarding@eastbrook.gov.uk\nSubject: OFFICIAL-SENSITIVE: referral for 12 Mill Lane\n\nPlease see the referral below.'],
      bad: ['From: sam.jones@eastbrook.gov.uk\nTo: j.okafor@gmail.com\nSubject: OFFICIAL-SENSITIVE: referral for 12 Mill Lane\n\nPlease see the referral below.'],
    },
  },
  create(context) {
    const outgoing = emailWithDomains(context);
    if (!outgoing) return;
    const { email, domains } = outgoing;
    const ownEnd = ownTextEnd(context);
    const inSubject = findMarking(email.subject ?? '');
    const inBody = findMarking(context.document.text.slice(0, ownEnd));
    const marking = inSubject ?? inBody;
    if (!marking) return;
    const outside = uniqueAddresses([...email.to, ...email.cc, ...email.bcc]).filter((a) => !isInternal(a.address, domains));
    if (outside.length === 0) return;
    const shown = listAddresses(outside);
    const start = !inSubject && inBody ? inBody.index : 0;
    const end = !inSubject && inBody ? inBody.index + inBody[0].length : 0;
    context.report({ messageId: 'outside', data: { marking: marking[0], domains: domains.join(', '), addresses: shown }, start, end });
  },
});
