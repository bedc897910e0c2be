import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { Root, Sentence as SentenceNode, Word as WordNode } from 'nlcst';
import type { VFile } from 'vfile';

/**
 * retext-passive knows only irregular participles ("given", "sent") and only
 * looks at the word right before them, so it misses "was rejected" and "is
 * currently being reviewed", the commonest passives in council letters. This
 * plugin finds a form of "be", up to two adverbs, then a regular "-ed"
 * participle (or one of a few irregular ones retext-passive lacks).
 */

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", "aren't", "weren't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t']);

/** Words allowed between "be" and the participle: "is not", "was currently being". */
const GAP = new Set(['not', 'also', 'now', 'already', 'currently', 'still', 'being', 'then', 'just', 'only', 'always', 'never', 'often', 'usually', 'normally', 'all', 'both', 'thus', 'therefore', 'sometimes', 'since']);

/** Irregular participles common in council letters that retext-passive's list lacks. */
const EXTRA_PARTICIPLES = new Set(['withheld', 'upheld', 'overpaid', 'underpaid', 'mislaid', 'misled', 'overturned']);

/**
 * "-ed" words after "be" that describe a state, not an action someone did:
 * "I am pleased", "you are entitled", "the office is located". Flagging them
 * would bury the real passives.
 */
export const ADJECTIVAL_PARTICIPLES = new Set([
  'pleased', 'delighted', 'committed', 'entitled', 'located', 'concerned', 'based', 'interested', 'satisfied',
  'dissatisfied', 'disappointed', 'worried', 'surprised', 'prepared', 'qualified', 'involved', 'supposed', 'used',
  'married', 'divorced', 'widowed', 'separated', 'retired', 'employed', 'registered', 'situated', 'aged', 'tired',
  'scared', 'frightened', 'confused', 'annoyed', 'frustrated', 'shocked', 'amazed', 'excited', 'engaged', 'closed',
  'connected', 'detached', 'furnished', 'occupied', 'attached', 'enclosed', 'listed', 'determined', 'dedicated',
  'experienced', 'limited', 'related', 'intended', 'designed', 'scheduled', 'obliged', 'relieved', 'embarrassed',
  'ashamed', 'saddened', 'licensed', 'insured', 'skilled', 'trained', 'accredited', 'dated', 'headed', 'titled',
  'overcrowded', 'blocked', 'damaged', 'disabled', 'advanced', 'mixed', 'crowded', 'reassured', 'distressed', 'upset',
]);

/** Words ending in "-ed" that are not participles at all. */
const NOT_PARTICIPLES = new Set(['speed', 'breed', 'exceed', 'proceed', 'succeed', 'indeed', 'bleed', 'hundred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'kindred', 'beloved', 'learned']);

function isGapWord(word: string): boolean {
  return GAP.has(word) || (word.length >= 5 && word.endsWith('ly') && word !== 'early');
}

export function isRegularParticiple(word: string): boolean {
  if (EXTRA_PARTICIPLES.has(word)) return true;
  if (!/^[a-z]{3,}ed$/.test(word)) return false;
  if (ADJECTIVAL_PARTICIPLES.has(word) || NOT_PARTICIPLES.has(word)) return false;
  // "unoccupied", "unresolved", "unemployed": un- words describe a state.
  return !word.startsWith('un');
}

export default function retextPassiveRegular() {
  return function (tree: Root, file: VFile) {
    visit(tree, 'SentenceNode', (sentence: SentenceNode) => {
      // Words in order; a punctuation mark between two words breaks the chain.
      const words: Array<{ node: WordNode; text: string; breakBefore: boolean }> = [];
      let sawBreak = false;
      for (const child of sentence.children) {
        if (child.type === 'WordNode') {
          words.push({ node: child, text: toString(child).toLowerCase(), breakBefore: sawBreak });
          sawBreak = false;
        } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') sawBreak = true;
      }
      for (let i = 0; i < words.length; i++) {
        if (!BE.has(words[i]!.text)) continue;
        let j = i + 1;
        while (j < words.length && j - i <= 2 && !words[j]!.breakBefore && isGapWord(words[j]!.text)) j++;
        const candidate = words[j];
        if (!candidate || candidate.breakBefore || !isRegularParticiple(candidate.text)) continue;
        const start = words[i]!.node.position!.start;
        const end = candidate.node.position!.end;
        const message = file.message('Passive voice', { place: { start, end }, source: 'cc-check', ruleId: 'passive' });
        message.actual = String(file.value).slice(start.offset, end.offset);
        message.expected = [];
        i = j;
      }
    });
  };
}
