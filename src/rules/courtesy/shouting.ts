import { defineRule } from '../../engine/define-rule.js';
import type { RuleContext } from '../../types.js';
import { bodySentences } from '../plain/prose.js';
import { maskPersonalData } from '../../engine/mask.js';

/** Protective markings and labels that are written in capitals by convention. */
const CONVENTIONAL_CAPITALS = /^(?:PRIVATE\s+AND\s+CONFIDENTIAL|STRICTLY\s+PRIVATE\s+AND\s+CONFIDENTIAL|OFFICIAL(?:[\s-]+SENSITIVE)?|URGENT|IMPORTANT|PLEASE\s+NOTE|FINAL\s+REMINDER|NOTICE)[\s.:!-]*$/;

/** Words and numbers, with their offsets in the text given. */
function letterWords(text: string, offset: number): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9'’/-]*[A-Za-z0-9]|[A-Za-z0-9]/g)].map((m) => ({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
}

const isCapitalWord = (word: string) => /[A-Z]/.test(word) && !/[a-z]/.test(word) && !/\d/.test(word);

/**
 * One line of a sentence written in capitals. Acronyms and references are
 * capitals too, so a line shouts only when most of its words (three or more)
 * are in capitals; a short line with no full stop is a heading, not shouting.
 */
function shoutedSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const line = text.slice(start, end);
  const trimmed = line.trim();
  if (CONVENTIONAL_CAPITALS.test(trimmed)) return undefined;
  const tokens = letterWords(line, start);
  // References, postcodes and amounts are neither capitals nor lower case.
  const words = tokens.filter((w) => !/\d/.test(w.text));
  if (words.length < 3) return undefined;
  const capitals = words.filter((w) => isCapitalWord(w.text));
  const heading = !/[.!?]["'”’)]*$/.test(trimmed) && words.length <= 10;
  if (heading) return undefined;
  if (capitals.length >= 3 && capitals.length / words.length >= 0.7) return { start: words[0]!.start, end: words[words.length - 1]!.end };
  // A run of four capital words inside an ordinary sentence ("YOU MUST PAY THIS") shouts too.
  let run: typeof words = [];
  for (const word of tokens) {
    if (isCapitalWord(word.text) && word.text.replace(/[^A-Z]/g, '').length >= 2) run.push(word);
    else if (run.length >= 4) break;
    else run = [];
  }
  return run.length >= 4 ? { start: run[0]!.start, end: run[run.length - 1]!.end } : undefined;
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')} …` : words.join(' ');
}

function reportExclamations(context: RuleContext): void {
  const body = context.parts.body;
  if (!body) return;
  const text = context.document.text;
  const single: number[] = [];
  for (const m of text.slice(body.start, body.end).matchAll(/!+/g)) {
    const start = body.start + m.index!;
    if (m[0].length > 1) context.report({ messageId: 'repeated', data: { actual: m[0] }, start, end: start + m[0].length, suggestion: '.' });
    else single.push(start);
  }
  // One or two can be warm ("Congratulations!"); more in a letter reads as raised voice.
  if (single.length >= 3) {
    const third = single[2]!;
    context.report({ messageId: 'many', data: { count: single.length }, start: third, end: third + 1 });
  }
}

export default defineRule({
  meta: {
    id: 'courtesy/shouting',
    category: 'courtesy',
    severity: 'warning',
    fixable: false,
    description: 'Sentences in capitals and repeated exclamation marks read as shouting.',
    why:
      'Shepway 14 asks for a sincere, personal tone and Wirral’s Golden Rule to treat people as we would wish to be treated. ' +
      'Capitals and exclamation marks read as a raised voice, and capitals are harder to read.',
    standard: 'Shepway 14, Wirral Golden Rule',
    messages: {
      capitals: '“{actual}” is in capitals, which reads as shouting: write it in sentence case, and use bold for the words that must stand out.',
      repeated: '“{actual}” reads as shouting: end the sentence with a full stop.',
      many: 'This letter has {count} exclamation marks: keep one at most, and end the other sentences with a full stop.',
    },
    examples: {
      good: ['Dear Mr Green\n\nPlease pay the £120 you owe by 1 April. If you cannot, call us and we will help.\n\nYours sincerely'],
      bad: ['Dear Mr Green\n\nYOU MUST PAY THE AMOUNT YOU OWE BY 1 APRIL. This is your last chance!!\n\nYours sincerely'],
    },
  },
  create(context) {
    const text = context.document.text;
    // The message quotes the opening words, so it quotes them with personal data hidden.
    let masked: string | undefined;
    for (const sentence of bodySentences(context)) {
      let lineStart = sentence.start;
      for (const line of text.slice(sentence.start, sentence.end).split('\n')) {
        const span = shoutedSpan(text, lineStart, lineStart + line.length);
        if (span) {
          masked ??= maskPersonalData(text);
          context.report({ messageId: 'capitals', data: { actual: firstWords(masked.slice(span.start, span.end)) }, start: span.start, end: span.end });
        }
        lineStart += line.length + 1;
      }
    }
    reportExclamations(context);
  },
});
