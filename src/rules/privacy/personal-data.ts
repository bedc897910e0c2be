import { defineRule } from '../../engine/define-rule.js';
import { findPersonalData, type PersonalDataKind, type PersonalDataMatch } from '../../engine/mask.js';
import type { OrganisationProfile, RuleContext } from '../../types.js';
import { escapeRegExp } from '../../util/escape-regexp.js';

const WHAT: Record<PersonalDataKind, string> = {
  'ni-number': 'a National Insurance number',
  'nhs-number': 'an NHS number',
  'bank-details': 'a sort code and account number',
  'payment-card': 'a payment card number',
  'date-of-birth': 'a date of birth',
  health: 'details of someone’s health',
};

interface Range {
  start: number;
  end: number;
}

function compileAll(sources: unknown, what: string): RegExp[] {
  if (sources === undefined) return [];
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) {
    throw new Error(`privacy/personal-data: organisation.${what} in the profile must be a list of regular expressions`);
  }
  return (sources as string[]).map((source) => {
    try {
      return new RegExp(source, 'gi');
    } catch {
      throw new Error(`privacy/personal-data: organisation.${what} "${source}" is not a valid regular expression`);
    }
  });
}

/** Where the organisation's own phone numbers and addresses (from the profile's patterns) are in the text. */
function ownContactDetails(text: string, organisation: OrganisationProfile): Range[] {
  const patterns = [...compileAll(organisation.phonePatterns, 'phonePatterns'), ...compileAll(organisation.addressPatterns, 'addressPatterns')];
  const found: Range[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) if (match[0].length > 0) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const escape = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');

/** How far either side of bank details the organisation's name is looked for. */
const NAME_WINDOW = 150;
/** "into your account", "your bank": the reader's own account, whoever else is named nearby. */
const CUSTOMERS_ACCOUNT = /\b(?:into|to|from)\s+your\s+(?:bank\s+|building\s+society\s+|current\s+)?account\b|\byour\s+(?:bank|building\s+society)\b/i;

/**
 * Bank details given to pay the organisation ("Pay Shepway District
 * Council, sort code 20-30-40, account 12345678"): the organisation's name or
 * an alias in the same paragraph near them, and nothing saying they are the
 * reader's own account.
 */
function isOrganisationsAccount(context: RuleContext, match: PersonalDataMatch, organisation: OrganisationProfile): boolean {
  const names = [organisation.name, ...(organisation.aliases ?? [])].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (match.kind !== 'bank-details' || names.length === 0) return false;
  const text = context.document.text;
  const block = context.document.blocks.find((b) => match.start >= b.start && match.start < b.end);
  const from = Math.max(block?.start ?? 0, match.start - NAME_WINDOW);
  const to = Math.min(block?.end ?? text.length, match.end + NAME_WINDOW);
  const window = text.slice(from, to);
  const named = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return named.test(window) && !CUSTOMERS_ACCOUNT.test(window);
}

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
    description: 'Personal data (NI or NHS number, bank or card details, date of birth, health details) in correspondence; the organisation’s own phone numbers, addresses and bank account (from its profile) are not.',
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
    const organisation = context.profile.organisation ?? {};
    let own: Range[] | undefined;
    for (const match of findPersonalData(context.document.text)) {
      // Quoted earlier messages are the customer's words, never checked.
      if (quoted && match.start >= quoted.start && match.end <= quoted.end) continue;
      // The organisation's own phone numbers, addresses and bank account are not anyone's personal data.
      own ??= ownContactDetails(context.document.text, organisation);
      if (own.some((r) => match.start < r.end && match.end > r.start)) continue;
      if (isOrganisationsAccount(context, match, organisation)) continue;
      context.report({ messageId: 'found', data: { what: WHAT[match.kind] }, start: match.start, end: match.end });
    }
  },
});
