import { defineRule } from '../../engine/define-rule.js';
import { listRuleMeta, loadPhraseList } from '../data/load.js';
import { matchCase } from '../data/matcher.js';
import { isSentenceInitial, proseSentences } from '../plain/prose.js';

const LIST = 'courtesy/tone';
/** In rules/courtesy/tone.yml, this replacement means "delete the phrase". */
const LEAVE_OUT = '(leave out)';

/** courtesy/tone: rules/courtesy/tone.yml. Not fixable: a change of tone wants a human to reread the sentence. */
const list = loadPhraseList(LIST);

export default defineRule({
  meta: {
    id: LIST,
    category: 'courtesy',
    ...listRuleMeta(list),
    fixable: false,
    messages: {
      replace: list.message,
      omit: '“{actual}” can read as patronising or aggressive: leave it out.',
    },
  },
  create(context) {
    const text = context.document.text;
    for (const sentence of proseSentences(context)) {
      for (const match of list.matcher.find(sentence.text, sentence.start)) {
        const initial = isSentenceInitial(text, sentence, match.start);
        // A capital mid-sentence is a name or a title, not the phrase.
        if (!initial && /^[A-Z]/.test(match.actual) && !/^I\b/.test(match.actual)) continue;
        const actual = match.actual.replace(/\s+/g, ' ');
        const replacements = match.entry.replacements.filter((r) => r !== LEAVE_OUT).map((r) => (initial ? matchCase(actual, r) : r));
        if (replacements.length === 0) {
          context.report({ messageId: 'omit', data: { actual }, start: match.start, end: match.end });
        } else {
          context.report({ messageId: 'replace', data: { actual, expected: replacements.join('” or “') }, start: match.start, end: match.end, suggestion: replacements[0]! });
        }
      }
    }
  },
});
