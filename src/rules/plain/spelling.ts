import { defineRule } from '../../engine/define-rule.js';
import { isKnownWord, suggestSpellings } from '../../spell/dictionary.js';
import { COUNCIL_VOCABULARY, KNOWN_SLIPS, US_TO_UK } from '../../spell/vocabulary.js';
import type { Sentence } from '../../types.js';

/** Suggestions cost up to ~80 ms each, so one letter computes at most this many. */
export const MAX_SUGGESTIONS = 10;

/** Spans whose words are not prose: web and email addresses, domains, postcodes, merge fields, bracketed text, markup and dummy text. */
const NOT_PROSE =
  /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org|net|gov|info)\b\S*|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|«[^»\n]*»|<<[^<>\n]*>>|\{\{?[^{}\n]*\}?\}|\[[^\[\]\n]*\]|<[^<>\n]*>|\blorem ipsum\b[^.\n]*/gi;

function readAccept(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new Error('plain/spelling: option "accept" must be a list of words');
  return value as string[];
}

/**
 * The organisation's own words from its profile (`vocabulary.accept`): each
 * entry, and each word of a phrase or hyphenated entry, because the rule
 * checks a word (and each part of a hyphenated word) at a time.
 */
export function profileWords(accept: unknown): string[] {
  if (accept === undefined) return [];
  if (!Array.isArray(accept) || accept.some((v) => typeof v !== 'string')) throw new Error('plain/spelling: vocabulary.accept in the profile must be a list of words');
  return (accept as string[]).flatMap((entry) => [entry, ...entry.split(/[\s-]+/)]).map((w) => w.trim().replace(/[’‘]/g, "'")).filter(Boolean);
}

/** Same capitalisation as the word written: "Color" → "Colour". */
function matchCase(written: string, replacement: string): string {
  return /^[A-Z]/.test(written) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function isSkipped(part: string, capitalisedMidSentence: boolean): boolean {
  if (part.length < 2 || /[\d_/.@]/.test(part) || /^x+$/i.test(part) || !/^[\p{L}']+$/u.test(part)) return true;
  // Acronyms and their plurals (MP, NHS, MPs): the abbreviation rule looks after those.
  if (/^[A-Z][A-Z']+s?$/.test(part)) return true;
  // A capital in mid-sentence marks a proper noun (Patel, Eastbrook), which no dictionary holds.
  return capitalisedMidSentence;
}

/**
 * A capitalised first word is taken for a name ("Priya Shah will call") when
 * the next word is capitalised too or the line is not a sentence (a contact
 * line with no full stop): guessing wrong there flags a person's name.
 */
function isNameAtStart(sentence: Sentence, index: number): boolean {
  const next = sentence.words[index + 1];
  return (next !== undefined && /^\p{Lu}/u.test(next.text)) || !/[.!?]["”’)]?\s*$/.test(sentence.text);
}

/** Capitalised words the document uses as names somewhere: mid-sentence ("call Priya") or before another capital ("Priya Shah"). */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{L},][ \t]+)\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?=[ \t]+\p{Lu})/gu)) names.add(m[0]);
  return names;
}

function isSpeltRight(part: string, accepted: Set<string>): boolean {
  const lower = part.toLowerCase();
  if (accepted.has(lower)) return true;
  if (isKnownWord(part) || isKnownWord(lower)) return true;
  // Possessives and elisions of a known word: "the tenant's", "tenants'".
  const base = part.replace(/'s$|'$/i, '');
  return base !== part && (isKnownWord(base) || isKnownWord(base.toLowerCase()) || accepted.has(base.toLowerCase()));
}

/**
 * plain/spelling: UK English with dictionary-en-gb. US spellings get their
 * own message because the dictionary's suggestion for "organize" is not
 * always "organise". Proper nouns, acronyms, references, addresses and merge
 * fields are left alone: a spellchecker that flags "Patel" teaches officers
 * to ignore it.
 */
export default defineRule({
  meta: {
    id: 'plain/spelling',
    category: 'plain',
    severity: 'warning',
    fixable: false,
    description: 'Words are spelt correctly, in UK English; the organisation’s own words can be accepted with `vocabulary.accept` in the config (or the `accept` option).',
    why: 'A spelling mistake tells the reader we did not check what we sent (Shepway 16: use your spellchecker and read everything before it goes).',
    standard: 'Shepway 16',
    messages: {
      american: 'Write “{expected}” (UK spelling), not “{actual}”.',
      misspelt: '“{actual}” is not in the UK English dictionary: did you mean “{expected}”?',
      unknown: '“{actual}” is not in the UK English dictionary: check the spelling, or add it to the accepted words if it is right.',
    },
    options: {
      accept: 'a list of words to accept beside vocabulary.accept (place names, service names)',
    },
    examples: {
      good: ['Dear Mrs Patel\n\nWe have received your council tax payment. Please contact the Revenues team if you have a question.\n\nYours sincerely'],
      bad: ['Dear Mrs Patel\n\nWe have recieved your payment. We will organize a visit.\n\nYours sincerely'],
    },
  },
  create(context) {
    const accepted = new Set([...COUNCIL_VOCABULARY, ...readAccept(context.options.accept), ...profileWords(context.profile.vocabulary?.accept)].map((w) => w.toLowerCase()));
    const text = context.document.text;
    const names = namesIn(text);
    let suggested = 0;

    const checkSentence = (sentence: Sentence) => {
      const skipped = [...sentence.text.matchAll(NOT_PROSE)].map((m) => [sentence.start + m.index!, sentence.start + m.index! + m[0].length] as const);
      sentence.words.forEach((word, index) => {
        if (skipped.some(([from, to]) => word.start < to && word.end > from)) return;
        let offset = word.start;
        for (const raw of word.text.split('-')) {
          const start = offset;
          offset += raw.length + 1;
          const part = raw.replace(/[’‘]/g, "'");
          const first = index === 0 && start === word.start;
          const capitalised = /^\p{Lu}/u.test(part);
          if (isSkipped(part, capitalised && (!first || names.has(part) || isNameAtStart(sentence, index)))) continue;
          const end = start + raw.length;
          const american = US_TO_UK[part.toLowerCase()];
          if (american) {
            const expected = matchCase(part, american);
            context.report({ messageId: 'american', data: { actual: text.slice(start, end), expected }, start, end, suggestion: expected });
            continue;
          }
          if (isSpeltRight(part, accepted)) continue;
          const slip = KNOWN_SLIPS[part.toLowerCase()];
          let suggestion = slip ? matchCase(part, slip) : undefined;
          if (!suggestion && suggested < MAX_SUGGESTIONS) {
            suggestion = suggestSpellings(part)[0];
            suggested += 1;
          }
          const actual = text.slice(start, end);
          if (suggestion) context.report({ messageId: 'misspelt', data: { actual, expected: suggestion }, start, end, suggestion });
          else context.report({ messageId: 'unknown', data: { actual }, start, end });
        }
      });
    };
    context.analysis.sentences.forEach(checkSentence);
  },
});
