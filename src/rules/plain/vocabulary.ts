import { defineRule } from '../../engine/define-rule.js';
import { PhraseMatcher, matchCase, normalisePhrase, type PhraseEntry } from '../data/matcher.js';
import type { RuleContext, VocabularySettings } from '../../types.js';
import { isSentenceInitial, joinAlternatives, listMatches, proseSentences } from './prose.js';

/** The reject list the documented examples assume (the rule is quiet without a profile). */
export const EXAMPLE_VOCABULARY: VocabularySettings = { reject: { customer: ['resident'], 'refuse collection': ['bin collection'], 'service user': [] } };

function readReject(reject: unknown): PhraseEntry[] {
  if (reject === undefined) return [];
  const invalid = () => new Error('plain/vocabulary: vocabulary.reject in the profile must map each word to a list of replacements');
  if (typeof reject !== 'object' || reject === null || Array.isArray(reject)) throw invalid();
  return Object.entries(reject as Record<string, unknown>).map(([phrase, value]) => {
    // A single replacement written as text is accepted as a list of one.
    const replacements = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(replacements) || replacements.some((r) => typeof r !== 'string')) throw invalid();
    return { phrase, replacements: (replacements as string[]).map((r) => r.trim()).filter(Boolean) };
  });
}

// One matcher per reject list: the profile object is the same for every document of a run.
const matchers = new WeakMap<object, PhraseMatcher>();

function matcherOf(context: RuleContext): PhraseMatcher | undefined {
  const reject = context.profile.vocabulary?.reject;
  if (reject === undefined) return undefined;
  let matcher = typeof reject === 'object' && reject !== null ? matchers.get(reject) : undefined;
  if (!matcher) {
    const entries = readReject(reject).filter((e) => e.phrase.trim() !== '');
    matcher = new PhraseMatcher(entries);
    matchers.set(reject, matcher);
  }
  return matcher.size > 0 ? matcher : undefined;
}

/**
 * plain/vocabulary: the organisation's own words to avoid, from
 * `vocabulary.reject` in its config ("customer" → "resident"), each with
 * what to write instead. Quiet when the profile has no reject list.
 */
export default defineRule({
  meta: {
    id: 'plain/vocabulary',
    category: 'plain',
    severity: 'warning',
    fixable: true,
    description: 'Words the organisation has chosen not to use (`vocabulary.reject` in the config), with what to write instead.',
    why: 'Shepway 12 and 14 ask for plain words that suit the reader; an organisation’s house style names its own words to avoid (such as “customer” where it says “resident”), so every letter speaks the same way. The examples assume the reject list customer → resident, refuse collection → bin collection, service user → (no replacement).',
    standard: 'Shepway 12, 14',
    messages: {
      replace: 'Write “{expected}” instead of “{actual}”: our house style avoids “{actual}”.',
      avoid: 'Our house style avoids “{actual}”: reword this.',
    },
    examples: {
      good: ['Dear Mr Hughes\n\nWe will empty your bin on Tuesday. Thank you for being a resident who recycles.\n\nYours sincerely'],
      bad: ['Dear Mr Hughes\n\nYour refuse collection will be on Tuesday. Thank you for being a customer who recycles.\n\nYours sincerely'],
    },
  },
  create(context) {
    const matcher = matcherOf(context);
    if (!matcher) return;
    const text = context.document.text;
    // A built-in list that already says the same thing (jargon's "utilise" → "use") is not repeated.
    const builtIn = listMatches(context);
    for (const sentence of proseSentences(context)) {
      for (const match of matcher.find(sentence.text, sentence.start)) {
        const initial = isSentenceInitial(text, sentence, match.start);
        // A capital mid-sentence marks a name or a title ("Customer Services"), as in the built-in lists.
        const listedLower = match.entry.phrase.charAt(0) === match.entry.phrase.charAt(0).toLowerCase();
        if (listedLower && /^\p{Lu}/u.test(match.actual) && !initial) continue;
        // At a sentence's start the capital proves nothing, but a capitalised word after it does: "Customer Services will call you".
        if (listedLower && initial && /^\p{Lu}/u.test(match.actual) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(match.end, match.end + 3))) continue;
        // Shouted text gets its replacement in capitals too.
        const shouted = match.actual.length > 1 && match.actual === match.actual.toUpperCase() && /\p{Lu}/u.test(match.actual);
        const replacements = match.entry.replacements.map((r) => (shouted ? r.toUpperCase() : initial ? matchCase(match.actual, r) : r));
        const same = builtIn.find((m) => m.start === match.start && m.end === match.end);
        if (same && replacements.length > 0 && same.entry.replacements.some((r) => normalisePhrase(r) === normalisePhrase(replacements[0]!))) continue;
        const actual = match.actual.replace(/\s+/g, ' ');
        if (replacements.length === 0) {
          context.report({ messageId: 'avoid', data: { actual }, start: match.start, end: match.end });
          continue;
        }
        // No fix when there is a choice, or when the replacement is itself on the list (fixing would never end).
        const single = replacements.length === 1 && !matcher.phraseIn(replacements[0]!) ? replacements[0] : undefined;
        context.report({
          messageId: 'replace',
          data: { actual, expected: joinAlternatives(replacements) },
          start: match.start,
          end: match.end,
          suggestion: replacements[0]!,
          ...(single !== undefined ? { fix: { start: match.start, end: match.end, text: single } } : {}),
        });
      }
    }
  },
});
