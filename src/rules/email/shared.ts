/** What the email and privacy rules share: who is internal, whether a message is an auto-reply, where the officer's own text ends. */
import type { Document, EmailAddress, EmailHeaders, RuleContext } from '../../types.js';

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function cleanDomains(values: unknown[]): string[] {
  return values.filter((d): d is string => typeof d === 'string' && d.trim() !== '').map((d) => d.trim().toLowerCase().replace(/^@/, ''));
}

/**
 * The organisation's own domains: the rule's `internalDomains` option, else
 * the profile's `organisation.emailDomains`, else the sender's domain.
 */
export function internalDomains(context: RuleContext): string[] {
  const option = context.options.internalDomains;
  const fromOption = cleanDomains(Array.isArray(option) ? option : typeof option === 'string' ? [option] : []);
  if (fromOption.length > 0) return fromOption;
  const fromProfile = cleanDomains(context.profile.organisation?.emailDomains ?? []);
  if (fromProfile.length > 0) return fromProfile;
  const from = context.document.email?.from?.address;
  return from ? [domainOf(from)] : [];
}

/** A subdomain counts as internal too (housing.eastbrook.gov.uk under eastbrook.gov.uk). */
export function isInternal(address: string, domains: string[]): boolean {
  const domain = domainOf(address);
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export function uniqueAddresses(list: EmailAddress[]): EmailAddress[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.address) && seen.add(a.address));
}

const AWAY_WORDING = /\b(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|maternity\s+|sick\s+)?leave|away\s+from\s+(?:the\s+|my\s+)?(?:office|desk)|automatic\s+reply|auto-?reply|not\s+in\s+the\s+office)\b/i;

/** An auto-reply by its headers, or by its wording in a short message. */
export function isAutoReply(document: Document, ownText: string): boolean {
  const email = document.email;
  if (!email) return false;
  if (email.autoSubmitted && email.autoSubmitted !== 'no') return true;
  if (email.xAutoreply) return true;
  if (/^(?:automatic\s+reply|auto(?:matic)?[- ]?reply|out\s+of\s+(?:the\s+)?office)\b/i.test(email.subject ?? '')) return true;
  // Without the headers, only the writer saying they are away counts: "your officer was on leave" is no auto-reply.
  return FIRST_PERSON_AWAY.test(ownText) && ownText.split(/\s+/).length <= 150;
}

const FIRST_PERSON_AWAY = new RegExp(`\\b(?:I\\s+am|I['’]m|I\\s+will\\s+be|I\\s+shall\\s+be)\\s+(?:currently\\s+|now\\s+)?${AWAY_WORDING.source.replace(/^\\b/, '')}`, 'i');

export { AWAY_WORDING };

/** End of the officer's own text: where the disclaimer or the quoted earlier messages begin. */
export function ownTextEnd(context: RuleContext): number {
  const { disclaimer, quoted } = context.parts;
  return disclaimer?.start ?? quoted?.start ?? context.document.text.length;
}

/** The headers and the organisation's domains of an email, or undefined for a letter or an email whose sender's domain is unknown. */
export function emailWithDomains(context: RuleContext): { email: EmailHeaders; domains: string[] } | undefined {
  const { document } = context;
  if (document.format !== 'eml' || !document.email) return undefined;
  const domains = internalDomains(context);
  return domains.length > 0 ? { email: document.email, domains } : undefined;
}

/** The first few addresses for a message, with an ellipsis for the rest. */
export function listAddresses(addresses: EmailAddress[], shown = 4): string {
  return addresses.slice(0, shown).map((a) => a.address).join(', ') + (addresses.length > shown ? ', …' : '');
}
