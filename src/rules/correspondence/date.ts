import { defineRule } from '../../engine/define-rule.js';
import { kindOf } from '../../kind/cues.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Emails are dated by their Date header; templates fill the date in; leaflets carry a publication date instead. */
const UNDATED_KINDS = new Set(['email', 'out-of-office', 'template', 'leaflet']);

function ukDate(day: number, month: number, year: string): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${day} ${MONTHS[month - 1]} ${fullYear}`;
}

export default defineRule({
  meta: {
    id: 'correspondence/date',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A letter is dated, in an unambiguous UK format such as “14 October 2026”.',
    why: 'Response times run from the date of a letter (Shepway 11), and “03/04/2026” reads as 3 April in the UK but 4 March in the US: writing the month as a word leaves no doubt.',
    standard: 'Shepway 11, DESIGN',
    messages: {
      missing: 'This letter has no date: add one above the salutation, such as “14 October 2026”.',
      ambiguous: '“{actual}” can be read two ways: write “{expected}”.',
      numeric: 'Write the date with the month as a word: “{expected}”, not “{actual}”.',
      usOrder: '“{actual}” puts the month first, the US way: write “{expected}”.',
    },
    examples: {
      good: ['14 October 2026\n\nDear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\nPriya Shah'],
      bad: ['03/04/2026\n\nDear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\nPriya Shah'],
    },
  },
  create(context) {
    const { document, parts } = context;
    if (document.format === 'eml' || document.email || UNDATED_KINDS.has(kindOf(context)) || !parts.isLetter) return;
    const date = parts.date;
    if (!date) {
      // Only a letter with a header (an address or references) has a place where the date belongs.
      if (!parts.addressee && !parts.references?.length) return;
      const at = parts.salutation ?? parts.addressee ?? parts.references![0]!;
      context.report({ messageId: 'missing', start: at.start, end: at.end });
      return;
    }
    const raw = date.text.trim();
    const value = raw.replace(/^dated?\s*[:\t]\s*/i, '').replace(/[.,]$/, '');
    const valueStart = date.start + date.text.indexOf(value);
    const span = { start: valueStart, end: valueStart + value.length };
    const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
    if (numeric) {
      const [first, second] = [Number(numeric[1]), Number(numeric[2])];
      if (second > 12 && first <= 12) {
        const expected = ukDate(second, first, numeric[3]!);
        if (expected) context.report({ messageId: 'usOrder', data: { actual: value, expected }, suggestion: expected, ...span });
        return;
      }
      const expected = ukDate(first, second, numeric[3]!);
      if (!expected) return;
      if (first <= 12 && first !== second) context.report({ messageId: 'ambiguous', data: { actual: value, expected }, suggestion: expected, ...span });
      else context.report({ messageId: 'numeric', data: { actual: value, expected }, suggestion: expected, severity: 'info', ...span });
      return;
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (iso) {
      const expected = ukDate(Number(iso[3]), Number(iso[2]), iso[1]!);
      if (expected) context.report({ messageId: 'numeric', data: { actual: value, expected }, suggestion: expected, severity: 'info', ...span });
      return;
    }
    const us = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(value);
    if (us) {
      const month = MONTHS.findIndex((m) => m.toLowerCase().startsWith(us[1]!.toLowerCase().slice(0, 3))) + 1;
      const expected = month > 0 ? ukDate(Number(us[2]), month, us[3]!) : undefined;
      if (expected) context.report({ messageId: 'usOrder', data: { actual: value, expected }, suggestion: expected, ...span });
    }
  },
});
