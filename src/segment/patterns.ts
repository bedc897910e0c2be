/** Line patterns of a UK letter: sign-offs, dates, references, postcodes. */

/** "Yours sincerely" and its variants, misspellings and US forms included, so the rules can judge them. */
const FORMAL_SIGNOFF = /^(?:your['’]?s?|yous)\s+(?:sinc[a-z]*|fai?t[a-z]*|fath[a-z]*|truly)$/i;
const US_SIGNOFF = /^(?:(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|(?:very\s+)?truly\s+yours)$/i;
const INFORMAL_SIGNOFF =
  /^(?:(?:with\s+)?(?:kind|kindest|best|warm|warmest|many)\s+(?:regards|wishes)|regards|warm\s+wishes|with\s+(?:best\s+)?wishes|all\s+the\s+best|many\s+thanks|best)$/i;
/** Only a sign-off when a name follows: otherwise it is a short closing sentence of the body. */
const THANKS_SIGNOFF = /^(?:thank\s+you|thanks|with\s+thanks|thanks\s+again|with\s+many\s+thanks)$/i;

export type SignoffKind = 'formal' | 'informal' | 'thanks';

/** The sign-off phrase of a whole line, or undefined. `phrase` excludes trailing punctuation. */
export function matchSignoff(line: string): { phrase: string; kind: SignoffKind } | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 40) return undefined;
  const phrase = trimmed.replace(/\s*[,.!;:]+$/, '');
  if (FORMAL_SIGNOFF.test(phrase) || US_SIGNOFF.test(phrase)) return { phrase, kind: 'formal' };
  if (INFORMAL_SIGNOFF.test(phrase)) return { phrase, kind: 'informal' };
  if (THANKS_SIGNOFF.test(phrase) && !/[.!]$/.test(trimmed)) return { phrase, kind: 'thanks' };
  return undefined;
}

/** Which formal close a sign-off is, judged loosely so misspellings still count. */
export function signoffFamily(phrase: string): 'sincerely' | 'faithfully' | 'truly' | undefined {
  const p = phrase.toLowerCase();
  if (/\bsinc/.test(p)) return 'sincerely';
  if (/\bfai?th|\bfait/.test(p)) return 'faithfully';
  if (/\btruly\b/.test(p)) return 'truly';
  return undefined;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const DATE_ONLY = new RegExp(
  [
    `^${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}$`,
    `^${WEEKDAY}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}$`,
    '^\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{2}|\\d{4})$',
    '^\\d{4}-\\d{2}-\\d{2}$',
    // An unfilled date in a merge template still sits where the date goes.
    // «Today» is the usual name of the date field in Word mail merges.
    '^(?:\\[[^\\]]*(?:date|today)[^\\]]*\\]|«[^»]*(?:date|today)[^»]*»|\\{\\{?[^}]*(?:date|today)[^}]*\\}?\\}|x{1,2}[/.-]x{1,2}[/.-]x{2,4})$',
  ].join('|'),
  'i',
);

/** A line that is the letter's date ("14 March 2025", "Date: 14/03/2025"). */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim().replace(/[.,]$/, '');
  if (/^date(?:d)?\s*[:\t]/i.test(trimmed)) return true;
  return DATE_ONLY.test(trimmed);
}

/** The labels of the reference and contact lines of a letter heading ("Our ref", "Please ask for", "Direct line"). */
const REFERENCE_LABEL =
  '(?:(?:our|your|my|their)\\s+ref(?:erence)?\\.?(?:\\s+(?:no\\.?|number))?|ref(?:erence)?\\.?(?:\\s+(?:no\\.?|number))?|please\\s+ask\\s+for|ask\\s+for|contact\\s+(?:number|no\\.?|tel(?:ephone)?)|contact(?:\\s+officer)?|officer|dealt\\s+with\\s+by|direct\\s+(?:line|dial)|ddi|(?:tel(?:ephone)?|phone)\\.?(?:\\s+(?:no\\.?|number))?|mobile|mob\\.?|fax|e-?mail(?:\\s+address)?|web(?:site)?|minicom|text\\s*phone|(?:account|case|application|claim|customer|tenancy|property|permit|licence|complaint)\\s+(?:number|no\\.?|ref(?:erence)?)|uprn|property|dx)';
const REFERENCE_LINE = new RegExp(`^(${REFERENCE_LABEL})\\s*(?::|\\t)\\s*(.*)$`, 'i');
/** "Our ref CT/118" without a colon is common enough to accept for the two reference labels. */
const BARE_REFERENCE = /^((?:our|your)\s+ref(?:erence)?\.?)\s+(\S.*)$/i;

/** A reference line of the header, as label and value. */
export function matchReference(line: string): { label: string; value: string } | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 100) return undefined;
  const match = REFERENCE_LINE.exec(trimmed) ?? BARE_REFERENCE.exec(trimmed);
  if (!match) return undefined;
  return { label: match[1]!.replace(/\s+/g, ' '), value: match[2]!.trim() };
}

/** "Re: Council Tax bill", "Subject: …", "RE - …". */
export const SUBJECT_PREFIX = /^(?:re|subject|subj)\s*[:\-–]\s*\S/i;

/** A UK postcode, alone or ending a line ("Eastbrook EB3 7QT"). */
export const POSTCODE_AT_END = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}[.,]?$/i;

/** Organisation words that mark an address as the sender's letterhead. */
export const ORGANISATION = /\b(?:council|borough|district|county|authority|services?|department|directorate|offices?|town\s+hall|civic\s+centre|ltd|limited|plc|trust|association|housing|partnership)\b/i;

/** The salutation line: "Dear Mrs Patel," or "To whom it may concern". */
export const SALUTATION = /^(dear)\s+(\S.{0,60}?)\s*[,:;.!]?\s*$/i;
export const TO_WHOM = /^to\s+whom\s+it\s+may\s+concern\s*[,:;.!]?$/i;

/** A cell that opens a label/value pair: "Our ref: CT/118", "Date:", "Your ref AP/14". */
const CELL_LABEL = new RegExp(`^(?:(?:${REFERENCE_LABEL}|dated?)\\s*:|(?:our|your)\\s+ref(?:erence)?\\.?\\s+\\S)`, 'i');
/** A label alone in its cell, without a colon ("Phone⇥01632 960 123"): only before a tab, as "Council Tax  Officer" is not one. */
const BARE_CELL_LABEL = new RegExp(`^(?:${REFERENCE_LABEL}|dated?)$`, 'i');
/** Tab stops, or the runs of spaces that stand for them in text copied from Word or a PDF. */
const CELL_SEPARATOR = /[ \t]*\t[ \t]*| {2,}/g;
/** Even after a single space, "Date:" or "Our ref:" with its colon starts a new pair ("Our ref: CT/118 Date: 14 March 2026"). */
const STRONG_LABEL = /(?<=\S) (?=(?:(?:our|your)\s+ref(?:erence)?|date)\s*:)/gi;

/**
 * The label/value pairs of a heading line that holds several, as Word's tab
 * stops lay them out: "Our ref: CT/2026/0118⇥Date: 14 March 2026",
 * "Your ref: AP/14⇥Our ref: CT/118". Each pair is given as offsets into
 * `line`. Undefined unless the line starts with a label (or a date) and holds
 * at least two pairs, so prose and single reference lines are left alone.
 */
export function labelledCells(line: string): Array<{ start: number; end: number }> | undefined {
  // A heading line is short; a long line is a paragraph of prose.
  if (line.length > 200 || !/\t| {2}|:.* \S+\s*:/.test(line)) return undefined;
  const cells: Array<{ start: number; end: number; tabAfter: boolean }> = [];
  let from = 0;
  const separators = [...line.matchAll(CELL_SEPARATOR), ...line.matchAll(STRONG_LABEL)].sort((a, b) => a.index! - b.index!);
  for (const separator of separators) {
    if (separator.index! < from) continue;
    if (separator.index! > from) cells.push({ start: from, end: separator.index!, tabAfter: separator[0].includes('\t') });
    from = separator.index! + separator[0].length;
  }
  if (from < line.length) cells.push({ start: from, end: line.length, tabAfter: false });
  const pairs: Array<{ start: number; end: number; hasValue: boolean }> = [];
  cells.forEach((cell, n) => {
    const text = line.slice(cell.start, cell.end);
    const bare = BARE_CELL_LABEL.test(text) && cell.tabAfter && n < cells.length - 1;
    const label = bare || CELL_LABEL.test(text);
    const last = pairs[pairs.length - 1];
    // A date standing alone in its cell ("Our ref: CT/118⇥14 March 2026") is a pair of its own, unless it is the value of a bare "Date:".
    const date = !label && isDateLine(text) && !(last && !last.hasValue);
    if (label || date) {
      pairs.push({ start: cell.start, end: cell.end, hasValue: !bare && (date || !/^[^:]*:$/.test(text)) });
    } else if (last) {
      last.end = cell.end;
      last.hasValue = true;
    } else pairs.push({ start: -1, end: -1, hasValue: true });
  });
  if (pairs.length < 2 || pairs.some((p) => p.start < 0)) return undefined;
  return pairs.map(({ start, end }) => ({ start, end }));
}
