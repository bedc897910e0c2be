/**
 * Finds personal data in text (Wirral §6, "Confidentiality") and masks it.
 * Masking keeps every character's position (one "•" for one character), so a
 * masked copy of a document's text gives masked excerpts at the same offsets.
 */

export type PersonalDataKind = 'ni-number' | 'nhs-number' | 'bank-details' | 'payment-card' | 'date-of-birth' | 'health';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The whole span a finding points at (a label and its value, a sort code and its account number). */
  start: number;
  end: number;
  /** The characters to hide, within [start, end): [from, to) pairs. */
  hidden: Array<[number, number]>;
}

const BULLET = '•';

// First letter never D, F, I, Q, U or V; the second never those nor O; suffix A–D.
const NI_NUMBER = /\b([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b/g;
const NI_PREFIXES_NEVER_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

// 3-3-4 with one kind of separator, or ten digits together; UK phone numbers start with 0.
const NHS_NUMBER = /(?<![\d£$€.,/-])([1-9]\d{2})([ -]?)(\d{3})\2(\d{4})(?![\d/-]|[.,]\d)/g;

// 13–19 digits in groups separated by single spaces or dashes; issuers' first digits are 2–6.
const CARD_NUMBER = /(?<![\d£$€.,/-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\d/-]|[.,]\d)/g;

const SORT_CODE = /(?<![\d/.-])\d{2}([- ])\d{2}\1\d{2}(?!\d|[/.-]\d)|(?<=sort code:?\s{0,3})\d{6}(?!\d)/gi;
const ACCOUNT_NUMBER = /(?<![\d/.-])\d{8}(?!\d|[/.-]\d)/g;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const DATE_OF_BIRTH = new RegExp(`(?:\\bdate of birth|\\bDOB\\b|\\bD\\.O\\.B\\.?|\\bborn on)(?:\\s*(?:is|was|as|of|:|-|–))?\\s*(?:the\\s+)?(${DATE})(?![\\d/])`, 'gi');

/**
 * Named conditions and medicines, reported only next to a word of health
 * context: "diabetes" alone could be a leaflet's topic, "diagnosed with
 * diabetes" is a person's health.
 */
const CONDITIONS = [
  'cancer', 'leukaemia', 'diabetes', 'hiv', 'dementia', "alzheimer's", 'alzheimers', 'schizophrenia', 'bipolar disorder',
  'epilepsy', 'multiple sclerosis', "parkinson's", 'parkinsons', 'hepatitis [abc]', 'tuberculosis', 'ptsd', 'post-traumatic stress disorder',
  'psychosis', 'anorexia', 'bulimia', 'an eating disorder', 'alcoholism', 'alcohol dependency', 'drug addiction', 'heart disease',
  'heart failure', 'copd', 'kidney failure', 'motor neurone disease', 'a personality disorder',
  'antidepressants', 'methadone', 'chemotherapy', 'radiotherapy', 'dialysis', 'insulin', 'morphine', 'sertraline', 'fluoxetine',
];
// Everyday words too ("this has caused you anxiety"): only after a clinical cue.
const CLINICAL_ONLY = ['depression', 'anxiety', 'clinical depression', 'an anxiety disorder'];
const CLINICAL_CUE = '(?:diagnosed with|diagnosis of|suffers from|suffering from|suffered from|treatment for|treated for|medication for|prescribed|relapse of|admitted to hospital with|in hospital with)';
const PLAIN_CUE = '(?:has|had|takes|taking|is on|lives with|receiving|undergoing|started)';
const alternatives = (words: string[]) => words.map((c) => c.replace(/ /g, '\\s+')).join('|');
const HEALTH = new RegExp(
  `\\b(?:${CLINICAL_CUE}\\s+(?:[\\w'-]+\\s+){0,3}?(${alternatives([...CONDITIONS, ...CLINICAL_ONLY])})|${PLAIN_CUE}\\s+(${alternatives(CONDITIONS)}))\\b`,
  'gi',
);

/** The NHS check digit: weights 10 down to 2, 11 minus the remainder; 10 is never valid. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Hides the digits of [from, to), keeping the last `keep` digits. */
function digitRanges(text: string, from: number, to: number, keep = 0): Array<[number, number]> {
  const positions: number[] = [];
  for (let i = from; i < to; i++) if (/\d/.test(text[i]!)) positions.push(i);
  return positions.slice(0, positions.length - keep).map((i) => [i, i + 1]);
}

function overlaps(found: PersonalDataMatch[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

/** Every piece of personal data in a text, in order, with what to hide. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];

  for (const m of text.matchAll(NI_NUMBER)) {
    if (NI_PREFIXES_NEVER_ISSUED.has(m[1]! + m[2]!)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    found.push({ kind: 'ni-number', start, end, hidden: digitRanges(text, start, end) });
  }

  for (const m of text.matchAll(DATE_OF_BIRTH)) {
    const dateStart = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    // Letters and digits of the date: the month name is as telling as the digits.
    const hidden: Array<[number, number]> = [];
    for (let i = dateStart; i < end; i++) if (/[A-Za-z0-9]/.test(text[i]!)) hidden.push([i, i + 1]);
    found.push({ kind: 'date-of-birth', start: m.index!, end, hidden });
  }

  for (const m of text.matchAll(CARD_NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits) || overlaps(found, start, end)) continue;
    found.push({ kind: 'payment-card', start, end, hidden: digitRanges(text, start, end, 4) });
  }

  for (const m of text.matchAll(NHS_NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!isValidNhsNumber(m[1]! + m[3]! + m[4]!) || overlaps(found, start, end)) continue;
    found.push({ kind: 'nhs-number', start, end, hidden: digitRanges(text, start, end) });
  }

  // A sort code alone is the bank's, not the person's: only with an account number close by.
  for (const m of text.matchAll(SORT_CODE)) {
    const codeStart = m.index!;
    const codeEnd = codeStart + m[0].length;
    if (overlaps(found, codeStart, codeEnd)) continue;
    const windowStart = Math.max(0, codeStart - 80);
    const window = text.slice(windowStart, Math.min(text.length, codeEnd + 80));
    const account = [...window.matchAll(ACCOUNT_NUMBER)]
      .map((a) => ({ start: windowStart + a.index!, end: windowStart + a.index! + a[0].length }))
      .find((a) => !overlaps(found, a.start, a.end) && (a.end <= codeStart || a.start >= codeEnd));
    if (!account) continue;
    const start = Math.min(codeStart, account.start);
    const end = Math.max(codeEnd, account.end);
    found.push({ kind: 'bank-details', start, end, hidden: [...digitRanges(text, codeStart, codeEnd), ...digitRanges(text, account.start, account.end, 2)] });
  }

  for (const m of text.matchAll(HEALTH)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(found, start, end)) continue;
    const conditionStart = end - (m[1] ?? m[2]!).length;
    const hidden: Array<[number, number]> = [];
    for (let i = conditionStart; i < end; i++) if (!/\s/.test(text[i]!)) hidden.push([i, i + 1]);
    found.push({ kind: 'health', start, end, hidden });
  }

  return found.sort((a, b) => a.start - b.start);
}

/** The text with every piece of personal data hidden, character for character (same length, same offsets). */
export function maskPersonalData(text: string, found: PersonalDataMatch[] = findPersonalData(text)): string {
  if (found.length === 0) return text;
  const chars = [...text.split('')];
  for (const match of found) for (const [from, to] of match.hidden) for (let i = from; i < to; i++) chars[i] = BULLET;
  return chars.join('');
}
