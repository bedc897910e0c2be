import { defineRule } from '../../engine/define-rule.js';
import { listMatches, proseSentences } from './prose.js';

/** Abbreviations every reader knows; `allow` and the profile's `vocabulary.accept` add the organisation's own. */
export const COMMON_ABBREVIATIONS = ['UK', 'NHS', 'VAT', 'GP', 'MP', 'BBC', 'ID', 'PDF', 'OK', 'TV', 'EU', 'DVLA', 'HMRC', 'PO', 'AM', 'PM', 'LTD'];

/** Capitals that are not acronyms at all: "RE:" subject lines, "PS", and words written in capitals for emphasis. */
const NOT_ACRONYMS = new Set(['RE', 'PS', 'NOT', 'MUST', 'ALL', 'NOW', 'ONLY', 'NO', 'DO', 'NEVER', 'URGENT', 'IMPORTANT', 'FINAL', 'NOTICE', 'PLEASE', 'NOTE', 'WARNING', 'REMINDER', 'ANY', 'AND', 'OR', 'THE', 'YOU', 'YOUR', 'WILL', 'IS', 'ARE', 'BE', 'IF', 'AN', 'AT', 'BY', 'IN', 'OF', 'ON', 'TO', 'WE', 'US', 'IT', 'MY', 'SO', 'UP', 'ME', 'HE', 'AS']);

const ACRONYM = /^([A-Z]{2,})(?:s|'s|’s)?$/;
const ROMAN = /^[IVXLCDM]+$/;
/** A National Insurance number's prefix letters ("JT 58 23 91 C") are not an acronym; privacy/personal-data reports the number. */
const NATIONAL_INSURANCE = /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/;
/** Characters that may sit next to a standalone word; anything else ("ENV/2024", "A-Z") makes it part of a code. */
const BEFORE_OK = /[\s("'“‘[]/;
const AFTER_OK = /[\s)\]"'”’.,;:!?]/;

function readAllow(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Error('plain/abbreviation: option "allow" must be a list of abbreviations');
  }
  return value.map((v: string) => v.toUpperCase());
}

/** Acronyms among the organisation's accepted words (`vocabulary.accept`): "SDC", "CTR". */
function profileAcronyms(accept: unknown): string[] {
  if (accept === undefined) return [];
  if (!Array.isArray(accept) || accept.some((v) => typeof v !== 'string')) throw new Error('plain/abbreviation: vocabulary.accept in the profile must be a list of words');
  return (accept as string[]).map((word) => word.trim().toUpperCase());
}

/**
 * plain/abbreviation: an acronym must be spelt out at its first use, as
 * "Council Tax Reduction (CTR)" or "CTR (Council Tax Reduction)". Postcodes
 * and references are never words on their own, and a line in capitals is a
 * heading, so neither counts.
 */
export default defineRule({
  meta: {
    id: 'plain/abbreviation',
    category: 'plain',
    severity: 'warning',
    description: 'An acronym is not spelt out at its first use.',
    why: 'Shepway 12: avoid jargon, technical language and abbreviations. Readers outside the council do not know what CTR, HMO or DHP stand for.',
    standard: 'Shepway 12',
    fixable: false,
    messages: {
      unexplained: '“{acronym}” is not explained: spell it out at first use, as in “Council Tax Reduction (CTR)”, or use the words instead.',
    },
    options: {
      allow: 'a list of abbreviations that need no spelling out, beside vocabulary.accept',
    },
    examples: {
      good: ['You may be able to get Council Tax Reduction (CTR). To apply for CTR, fill in the enclosed form.'],
      bad: ['You may be able to get CTR. Please fill in the enclosed form.'],
    },
  },
  create(context) {
    const allowed = new Set([...COMMON_ABBREVIATIONS, ...readAllow(context.options.allow), ...profileAcronyms(context.profile.vocabulary?.accept)]);
    const text = context.document.text;
    const covered = listMatches(context);
    const seen = new Set<string>();
    for (const sentence of proseSentences(context)) {
      const words = sentence.words;
      words.forEach((word, index) => {
        const acronym = ACRONYM.exec(word.text)?.[1];
        if (!acronym || allowed.has(acronym) || NOT_ACRONYMS.has(acronym) || ROMAN.test(acronym) || seen.has(acronym)) return;
        const before = text.charAt(word.start - 1);
        const after = text.charAt(word.end);
        if ((word.start > 0 && !BEFORE_OK.test(before)) || (word.end < text.length && !AFTER_OK.test(after))) return;
        if (NATIONAL_INSURANCE.test(text.slice(word.start, word.start + 16))) return;
        const lineStart = text.lastIndexOf('\n', word.start - 1) + 1;
        const lineEnd = text.indexOf('\n', word.end);
        if (!/\p{Ll}/u.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) return; // a heading in capitals
        const isCapitalsWord = (w: (typeof words)[number] | undefined) => Boolean(w && /^[A-Z]{2,}$/.test(w.text));
        const neighbour = (w: (typeof words)[number] | undefined, from: number, to: number) => isCapitalsWord(w) && /^\s+$/.test(text.slice(from, to));
        if (neighbour(words[index - 1], words[index - 1]?.end ?? 0, word.start) || neighbour(words[index + 1], word.end, words[index + 1]?.start ?? 0)) return; // shouting, not an acronym
        if (covered.some((m) => word.start < m.end && word.end > m.start)) return; // "ASAP", "NB": another list's finding
        seen.add(acronym);
        const explainedInBrackets = before === '(' && after === ')' && /\p{L}/u.test(text.slice(Math.max(0, word.start - 40), word.start - 1));
        const explainedAfter = /^\s*\([^)]*\p{Ll}[^)]*\)/u.test(text.slice(word.end, word.end + 120));
        if (explainedInBrackets || explainedAfter) return;
        context.report({ messageId: 'unexplained', data: { acronym }, start: word.start, end: word.end });
      });
    }
  },
});
