/** Personal names and titles as they appear in addressee blocks, salutations and signatures. */

import { fieldNameOfToken, TITLE_FIELD } from '../template/fields.js';

/** Titles, lower-cased without a full stop, mapped to the form we write. */
const TITLES: Record<string, string> = {
  mr: 'Mr',
  mrs: 'Mrs',
  ms: 'Ms',
  miss: 'Miss',
  mx: 'Mx',
  master: 'Master',
  dr: 'Dr',
  doctor: 'Dr',
  prof: 'Prof',
  professor: 'Prof',
  cllr: 'Cllr',
  councillor: 'Cllr',
  rev: 'Rev',
  revd: 'Rev',
  reverend: 'Rev',
  sir: 'Sir',
  dame: 'Dame',
  lady: 'Lady',
  lord: 'Lord',
  captain: 'Captain',
  capt: 'Captain',
};

/** Titles that say nothing about gender or marriage: a letter may use them or the plain Mr/Ms. */
export const TITLES_OF_OFFICE = new Set(['Dr', 'Prof', 'Cllr', 'Rev', 'Sir', 'Dame', 'Lady', 'Lord', 'Captain']);

const POST_NOMINALS = new Set([
  'mbe', 'obe', 'cbe', 'kbe', 'dbe', 'bem', 'jp', 'mp', 'msp', 'ms', 'qc', 'kc', 'dl', 'frcs', 'frcp', 'phd', 'bsc', 'ba', 'ma', 'msc', 'llb',
]);

/** Words that make a "name" an organisation or team rather than a person ("Dear Planning Team"). */
const GROUP_WORDS = new Set([
  'team', 'department', 'dept', 'service', 'services', 'council', 'committee', 'office', 'offices', 'section', 'unit', 'partnership',
  'association', 'board', 'limited', 'ltd', 'plc', 'trust', 'group', 'company', 'society', 'club', 'agency', 'solicitors', 'llp',
  'housing', 'planning', 'school', 'church', 'centre', 'center', 'residents', 'tenants',
]);

/** Lower-case particles allowed inside a surname (van der Berg, de la Cruz, bin Salman). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'bin', 'binti', 'al', 'el', 'ap', 'ben', 'st']);

export interface ParsedName {
  /** The name as written, without trailing punctuation. */
  name: string;
  /** Title as we write it: "Mrs", "Mr and Mrs", "Dr". */
  title?: string;
  /** Every title named, normalised ("Mr and Mrs" → ["Mr", "Mrs"]). */
  titles: string[];
  /** The first forename or the initials ("Anita", "A J"). */
  forename?: string;
  surname?: string;
  /** The name tokens after the titles, initials included. */
  tokens: string[];
  /** Offset of the name (after the titles) within the parsed string. */
  nameOffset: number;
}

function normaliseTitle(token: string, fields = true): string | undefined {
  const field = fields ? fieldNameOfToken(token) : undefined;
  // A template's «Title» field stands for the title; kept as written so the same field matches itself.
  if (field !== undefined) return TITLE_FIELD.test(field) ? token : undefined;
  return TITLES[token.toLowerCase().replace(/\.$/, '')];
}

/** "A", "A.", "A.J.", "AJ" (when more follows): an initial rather than a forename. */
export function isInitial(token: string, last: boolean): boolean {
  if (/^[A-Z]\.?$/.test(token)) return true;
  if (/^(?:[A-Z]\.){2,3}$/.test(token)) return true;
  return !last && /^[A-Z]{2,3}$/.test(token);
}

function isNameToken(token: string, fields = true): boolean {
  if (fields && fieldNameOfToken(token) !== undefined) return true;
  return /^[A-Z][A-Za-z'’.-]*$/.test(token) || /^(?:O|Mc|Mac|D)['’][A-Z][a-z]+$/.test(token) || PARTICLES.has(token);
}

/**
 * Parses a personal name such as "Mrs A Patel", "Mr and Mrs J Smith",
 * "Dr Kemi Okafor", "Ms J. Smith-Jones" or "Anita Patel". Returns undefined
 * for anything that does not look like a person's name. With `fields`, a
 * template's merge fields stand for the name parts ("«Title» «Surname»").
 */
export function parseName(raw: string, { requireTitle = false, fields = true } = {}): ParsedName | undefined {
  const text = raw.trim().replace(/[\s,;:.!]+$/, '');
  if (!text || text.length > 70 || /\d|@/.test(text)) return undefined;
  const parts = [...text.matchAll(/\S+/g)];
  const titles: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const title = normaliseTitle(parts[i]![0], fields);
    if (title) {
      titles.push(title);
      i++;
      const joiner = parts[i]?.[0].toLowerCase();
      if ((joiner === 'and' || joiner === '&') && parts[i + 1] && normaliseTitle(parts[i + 1]![0], fields)) {
        i++;
        continue;
      }
      break;
    }
    break;
  }
  if (requireTitle && titles.length === 0) return undefined;
  let tokens = parts.slice(i).map((m) => m[0]);
  while (tokens.length > 1 && POST_NOMINALS.has(tokens[tokens.length - 1]!.toLowerCase().replace(/\./g, '')) && /^[A-Z.]+$/.test(tokens[tokens.length - 1]!)) {
    tokens = tokens.slice(0, -1);
  }
  if (tokens.length === 0 || tokens.length > 5) return undefined;
  // "The Occupier", "The Manager": a role, not a name.
  if (tokens[0]!.toLowerCase() === 'the') return undefined;
  if (!tokens.every((t) => isNameToken(t, fields))) return undefined;
  if (tokens.some((t) => GROUP_WORDS.has(t.toLowerCase()))) return undefined;
  // A single title-less word ("Dear John") is a forename; with a title it is a surname.
  const surname = titles.length > 0 || tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
  const before = surname ? tokens.slice(0, -1) : tokens;
  const named = before.filter((t) => !PARTICLES.has(t));
  const initials = named.filter((t, n) => isInitial(t, n === named.length - 1 && !surname));
  let forename: string | undefined;
  if (named.length > 0) forename = initials.length === named.length ? named.join(' ') : named.find((t) => !isInitial(t, false));
  const title = titles.length === 0 ? undefined : titles.join(' and ');
  const nameOffset = parts[i]?.index ?? text.length;
  const result: ParsedName = { name: text, titles, tokens, nameOffset };
  if (title) result.title = title;
  if (forename) result.forename = forename;
  if (surname) result.surname = surname;
  return result;
}

/** Lower-case, letters only: "Smith-Jones" and "Smith Jones" compare equal, as do "O'Brien" and "OBrien". */
export function foldName(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');
}

/** Words of an impersonal greeting or addressee, lower-case. */
const IMPERSONAL_WORDS = new Set([
  'sir', 'sirs', 'madam', 'madame', 'sir(s)', 'customer', 'customers', 'resident', 'residents', 'occupier', 'occupiers', 'occupant',
  'occupants', 'tenant', 'tenants', 'householder', 'householders', 'homeowner', 'homeowners', 'owner', 'owners', 'applicant',
  'applicants', 'colleague', 'colleagues', 'neighbour', 'neighbours', 'parent', 'parents', 'guardian', 'guardians', 'carer', 'carers',
  'friend', 'friends', 'leaseholder', 'leaseholders', 'landlord', 'landlords', 'ratepayer', 'taxpayer', 'council tax payer',
  'bill payer', 'billpayer', 'member', 'members', 'all', 'everyone', 'recipient', 'claimant', 'claimants', 'service user', 'client',
  'clients', 'user', 'business owner', 'proprietor', 'manager', 'shopkeeper', 'licence holder', 'licensee', 'permit holder',
  'account holder', 'patient', 'patients', 'contributor', 'correspondent',
]);

/**
 * True for greetings that name no one: "Sir/Madam", "Sir or Madam",
 * "Customer", "Resident/Occupier", "Valued Customer", "Council Tax Payer".
 */
export function isImpersonalGreeting(greeting: string): boolean {
  const cleaned = greeting.toLowerCase().replace(/[,;:.!]+$/, '').trim();
  if (!cleaned) return false;
  const pieces = cleaned.split(/\s*(?:\/|\bor\b|\band\b|&)\s*/).filter(Boolean);
  if (pieces.length === 0) return false;
  return pieces.every((piece) => IMPERSONAL_WORDS.has(piece.replace(/^(?:the|our|dear|valued|all|each)\s+/, '').replace(/^(?:valued)\s+/, '').trim()));
}
