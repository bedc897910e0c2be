import { toString } from 'nlcst-to-string';
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';

/**
 * retext-english keeps a full stop inside a word after an amount or "etc"
 * ("You owe £486. We will…" → one word "486."), so two sentences become one
 * and sentence-length, passive and readability all misjudge them. This
 * plugin splits a sentence after such a word when the next word starts
 * with a capital.
 */
const ENDS_SENTENCE = /^(?:[\d,]*\d\.|etc\.)$/i;

function splitSentence(sentence: Sentence): Array<Sentence | SentenceContent> {
  const out: Array<Sentence | SentenceContent> = [];
  let current: SentenceContent[] = [];
  const children = sentence.children;
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    out.push({ type: 'SentenceNode', children: current, position: { start: first.position!.start, end: last.position!.end } });
    current = [];
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    current.push(child);
    const space = children[i + 1];
    const next = children[i + 2];
    if (
      child.type === 'WordNode' && ENDS_SENTENCE.test(toString(child)) &&
      space?.type === 'WhiteSpaceNode' && next?.type === 'WordNode' && /^\p{Lu}/u.test(toString(next))
    ) {
      flush();
      out.push(space);
      i++;
    }
  }
  flush();
  return out;
}

export default function retextSplitSentences() {
  return function (tree: Root) {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      const para = paragraph as Paragraph;
      if (!para.children.some((c) => c.type === 'SentenceNode')) continue;
      para.children = para.children.flatMap((child) => (child.type === 'SentenceNode' ? splitSentence(child) : [child])) as Paragraph['children'];
    }
  };
}
