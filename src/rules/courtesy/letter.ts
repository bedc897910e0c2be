/** What the courtesy rules share: the close a salutation calls for, and the greeting an addressee calls for. */
import { isInitial, parseName } from '../../segment/names.js';
import type { LetterParts } from '../../types.js';

type Salutation = NonNullable<LetterParts['salutation']>;
type Addressee = NonNullable<LetterParts['addressee']>;

/** True when the salutation greets a person by name ("Dear Mrs Patel", "Dear John"). */
export function greetsByName(salutation: Salutation): boolean {
  return !salutation.impersonal && Boolean(salutation.surname || salutation.forename || salutation.title);
}

/** Shepway 11: a name takes "Yours sincerely"; Sir/Madam takes "Yours faithfully". */
export function expectedClose(salutation: Salutation): 'Yours sincerely' | 'Yours faithfully' | undefined {
  if (salutation.impersonal) return 'Yours faithfully';
  return greetsByName(salutation) ? 'Yours sincerely' : undefined;
}

/** The salutation as the reader sees it, without trailing punctuation: "Dear Mrs Patel". */
export function salutationPhrase(salutation: Salutation): string {
  return salutation.text.trim().replace(/\s*[,:;.!]+$/, '');
}

/**
 * The surname as it should be written in the greeting. After initials the
 * rest is the surname ("Mrs A Smith Jones" → "Smith Jones"); after a forename
 * only the last word and its particles ("Mr Jan van der Berg" → "van der Berg").
 */
export function surnameOf(name: string): string | undefined {
  const parsed = parseName(name);
  if (!parsed?.surname) return undefined;
  const tokens = parsed.tokens;
  let n = 0;
  while (n < tokens.length - 1 && isInitial(tokens[n]!, false)) n++;
  if (n > 0) return tokens.slice(n).join(' ');
  let start = tokens.length - 1;
  while (start > 0 && /^[a-z]/.test(tokens[start - 1]!)) start--;
  return tokens.slice(start).join(' ');
}

/** The greeting the addressee block calls for: "Dear Mrs Patel", or undefined when it names no one. */
export function greetingFor(addressee: Addressee | undefined): string | undefined {
  if (!addressee?.named || !addressee.name) return undefined;
  const surname = surnameOf(addressee.name);
  if (addressee.title && surname) return `Dear ${addressee.title} ${surname}`;
  if (addressee.forename && surname && !/^[A-Z]\.?(?:\s|$)/.test(addressee.forename)) return `Dear ${addressee.forename} ${surname}`;
  return undefined;
}
