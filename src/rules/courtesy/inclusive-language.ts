import { defineRule } from '../../engine/define-rule.js';
import { listRuleMeta, loadPhraseList } from '../data/load.js';
import { matchCase } from '../data/matcher.js';
import { isSentenceInitial, proseSentences } from '../plain/prose.js';

const LIST = 'courtesy/inclusive-language';
const list = loadPhraseList(LIST);

/**
 * "The disabled", "the elderly" … name a group only when nothing follows
 * them or a word that cannot be their noun: "the disabled toilet", "the
 * elderly resident" and "the blind spot" are not reported.
 */
const GROUP_FOLLOWERS = /^(?:$|[.,;:!?)]|and\b|or\b|who\b|are\b|were\b|is\b|will\b|can\b|may\b|in\b|of\b|to\b|with\b|at\b|on\b|should\b|must\b|would\b|could\b|might\b|often\b|need\b|needs\b|do\b|does\b|did\b|has\b|had\b|have\b|get\b|into\b|from\b|as\b)/i;

/** "Suffers from" said of a home or a service, not a person. */
const NOT_A_PERSON = /^(?:damp|condensation|mould|mold|rot|dry rot|wet rot|subsidence|flooding|leaks?|a leak|vandalism|fly-tipping|noise|delays?|a lack|lack|poor|low|high|an? (?:shortage|backlog)|staff shortages|disrepair|overcrowding|pests|rats|mice|cockroaches|graffiti)\b/i;

export default defineRule({
  meta: {
    id: LIST,
    category: 'courtesy',
    ...listRuleMeta(list),
    fixable: false,
    messages: { replace: list.message },
  },
  create(context) {
    const text = context.document.text;
    for (const sentence of proseSentences(context)) {
      for (const match of list.matcher.find(sentence.text, sentence.start)) {
        const phrase = match.entry.phrase.toLowerCase();
        const after = text.slice(match.end, sentence.end).trimStart();
        if (phrase.startsWith('the ') && !GROUP_FOLLOWERS.test(after)) continue;
        if (/^suffer/.test(phrase) && NOT_A_PERSON.test(after)) continue;
        // "OAP" is the only entry written in capitals; elsewhere a capital mid-sentence is a name.
        const initial = isSentenceInitial(text, sentence, match.start);
        if (!initial && phrase !== 'oap' && phrase !== 'oaps' && /^[A-Z]/.test(match.actual)) continue;
        const actual = match.actual.replace(/\s+/g, ' ');
        const replacements = match.entry.replacements.map((r) => (initial ? matchCase(actual, r) : r));
        context.report({ messageId: 'replace', data: { actual, expected: replacements.join('” or “') }, start: match.start, end: match.end, suggestion: replacements[0]! });
      }
    }
  },
});
