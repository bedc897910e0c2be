import { defineRule } from '../../engine/define-rule.js';
import type { Sentence, Word } from '../../types.js';

/** Words that are correctly doubled in English: "he had had", "said that that", "what it is is". */
const VALID_DOUBLES = new Set(['had', 'that', 'is']);

/** Words before which a bare "a" is a letter of a list or plan, not the article: "option a", "Flat A". */
const LETTER_LABELS = /^(?:section|part|paragraph|option|schedule|appendix|annex|plan|flat|unit|block|category|class|band|grade|type|point|item)$/i;

/** Words spoken with a vowel sound though written with a consonant, and the reverse. */
const SILENT_H = /^(?:hour|hours|hourly|honest|honestly|honesty|honour|honours|honourable|honorary|heir|heirs)$/i;
const YOU_OR_WON = /^(?:uni(?!mportant|n|ntended|dentif)|use|usu|usa|ute|uti|ura|ure|uro|eu|ewe|one|once|ubiq)/i;

/** Letters whose spoken name starts with a vowel sound: "an MP", "an NHS number", "an SMS". */
const VOWEL_NAMED_LETTERS = /^[AEFILMNORSX]/;

/** Whether the word after the article starts with a vowel sound; undefined when unsure (left alone). */
function startsWithVowelSound(word: string): boolean | undefined {
  if (!/^\p{L}/u.test(word)) return undefined;
  if (/^[A-Z]{2,}s?$/.test(word)) {
    // Spelt out letter by letter only when it has no vowel after the first letter (NHS, MP); "NATO", "HMO" are unsure.
    if (/^[H]/.test(word)) return undefined;
    if (/^[U]/.test(word)) return false;
    if (/^[AEIO]/.test(word)) return true;
    if (/^[FLMNRSX]/.test(word)) return /^.[^AEIOU]*$/.test(word) ? true : undefined;
    return VOWEL_NAMED_LETTERS.test(word) ? undefined : false;
  }
  const lower = word.toLowerCase();
  if (SILENT_H.test(lower)) return true;
  if (lower.startsWith('h') || lower.startsWith('x') || lower.startsWith('y')) return undefined;
  if (YOU_OR_WON.test(lower)) return false;
  if (/^u/.test(lower)) return /^(?:un|up|um|ug|ult|us(?!e|u))/.test(lower) ? true : undefined;
  return /^[aeio]/.test(lower);
}

/** Abbreviations that end in a full stop without ending the sentence: "etc. to the office". */
const ABBREVIATIONS = /^(?:etc|eg|ie|viz|nb|approx|no|nos|ref|tel|mob|cf|vs|incl|inc|dept|st|rd|ave|co|ltd|mr|mrs|ms|dr|cllr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|pp|para|fig|vol)$/i;

/**
 * plain/grammar: mechanical slips a reader notices at once. Each check is
 * narrow on purpose ("your welcome" only at the end of a sentence, "a" only
 * when it cannot be a letter label), because a grammar checker that
 * second-guesses correct English is switched off.
 */
export default defineRule({
  meta: {
    id: 'plain/grammar',
    category: 'plain',
    severity: 'warning',
    fixable: false,
    description: 'No repeated words, wrong “a”/“an”, doubled punctuation, sentences starting in lower case, “could of”, “your welcome” or “it’s own”.',
    why: 'Slips such as “the the” or “could of” make a letter look careless (Shepway 16: is the grammar correct?).',
    standard: 'Shepway 16',
    messages: {
      repeated: '“{actual}” repeats a word: write “{expected}”.',
      article: 'Write “{expected}”, not “{actual}”.',
      punctuation: '“{actual}” doubles the punctuation: write “{expected}”.',
      lowercaseStart: 'The sentence starts in lower case: write “{expected}”.',
      couldOf: 'Write “{expected}”, not “{actual}”.',
      yourWelcome: 'Write “{expected}”, not “{actual}”.',
      itsOwn: 'Write “{expected}” (belonging to it), not “{actual}” (it is).',
    },
    examples: {
      good: ['Dear Mr Khan\n\nAn officer will visit within an hour. It is a one-off charge for a university hall.\n\nYours sincerely'],
      bad: ['Dear Mr Khan\n\nWe will send the the form. It takes a hour. You should of received it.\n\nYours sincerely'],
    },
  },
  create(context) {
    const text = context.document.text;
    const report = (messageId: string, start: number, end: number, expected: string) =>
      context.report({ messageId, data: { actual: text.slice(start, end), expected }, start, end, suggestion: expected });

    const checkWords = (sentence: Sentence) => {
      const words = sentence.words;
      words.forEach((word: Word, i) => {
        const next = words[i + 1];
        if (!next) return;
        const between = text.slice(word.end, next.start);
        if (!/^[ \t]+$/.test(between)) return;
        const lower = word.text.toLowerCase();
        if (/^\p{L}+$/u.test(word.text) && lower === next.text.toLowerCase() && !VALID_DOUBLES.has(lower)) {
          report('repeated', word.start, next.end, word.text);
          return;
        }
        const isArticle = lower === 'a' || lower === 'an';
        const capitalOk = word.text === lower || i === 0;
        const previous = words[i - 1];
        const labelled = previous !== undefined && LETTER_LABELS.test(previous.text);
        if (isArticle && capitalOk && !labelled && !/^(?:and|or|to|of|in|is)$/i.test(next.text)) {
          const vowel = startsWithVowelSound(next.text.replace(/[’']s$/, ''));
          if (vowel === undefined) return;
          const wanted = vowel ? 'an' : 'a';
          if (lower !== wanted) {
            const article = word.text === lower ? wanted : wanted.charAt(0).toUpperCase() + wanted.slice(1);
            report('article', word.start, next.end, `${article} ${next.text}`);
          }
        }
      });
    };

    const checkPhrases = (sentence: Sentence) => {
      const scan = (pattern: RegExp, messageId: string, expected: (m: RegExpExecArray) => string) => {
        for (const m of sentence.text.matchAll(pattern)) {
          const start = sentence.start + m.index!;
          report(messageId, start, start + m[0].length, expected(m as RegExpExecArray));
        }
      };
      scan(/\b(could|should|would|must|might|may)\s+of\b(?!\s+course)/gi, 'couldOf', (m) => `${m[1]} have`);
      scan(/\byour\s+welcome(?=\s*(?:[.!,]|$))/gi, 'yourWelcome', (m) => (m[0].startsWith('Y') ? 'You’re welcome' : 'you’re welcome'));
      scan(/\bit[’']s\s+own\b/gi, 'itsOwn', (m) => (m[0].startsWith('I') ? 'Its own' : 'its own'));
      scan(/(?<![.])\.\.(?![.])|,\s*,|;\s*;|:\s*:|(?<=\p{L})\.\s+\.(?![.])/gu, 'punctuation', (m) => m[0].charAt(0));
    };

    // retext does not end a sentence at a full stop followed by lower case, so the slip is inside one "sentence".
    const checkStarts = (sentence: Sentence) => {
      for (const m of sentence.text.matchAll(/(?<![\p{L}.])(\p{L}{2,})[.!?]["”’)]?[ \t]+(\p{Ll}\p{L}+)\b/gu)) {
        if (ABBREVIATIONS.test(m[1]!)) continue;
        const start = sentence.start + m.index! + m[0].length - m[2]!.length;
        report('lowercaseStart', start, start + m[2]!.length, m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1));
      }
    };

    for (const sentence of context.analysis.sentences) {
      checkWords(sentence);
      checkPhrases(sentence);
      checkStarts(sentence);
    }
  },
});
