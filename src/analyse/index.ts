import { unified, type Processor } from 'unified';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { Root, Sentence as SentenceNode } from 'nlcst';
import type { Analysis, Document, RetextMessage, Sentence, Word } from '../types.js';
import { computeMetrics } from './metrics.js';
import { SIMPLIFY_IGNORE } from './simplify-ignore.js';
import retextPassiveRegular from './passive.js';
import retextSplitSentences from './split-sentences.js';

/** A span of Document.text to analyse as prose (the body, the subject line). */
export interface ProseRange {
  start: number;
  end: number;
}

/**
 * Settings for retext-readability's hard-sentence check. Its default (age 16,
 * 4 of 7 formulas) flags plain council sentences such as "We have approved
 * your application for a Discretionary Housing Payment." because service
 * names are long words; measured on council sentences, age 19 with 5 of 7
 * formulas agreeing and at least 10 words flags only the truly hard ones.
 */
export const SENTENCE_READABILITY = { age: 19, threshold: 5 / 7, minWords: 10 } as const;

/**
 * Irregular participles of retext-passive that after "be" describe a state
 * ("I was upset", "the office is shut") or an idiom ("is known as", "is set to").
 */
export const PASSIVE_IGNORE = ['upset', 'hurt', 'born', 'bet', 'become', 'ground', 'frozen', 'shut', 'worn', 'torn', 'bent', 'set', 'known', 'bid', 'broken'];

// Building a processor per document costs ~0.5 s a letter (measured); build it once.
let processor: Processor<Root, Root, Root, undefined, undefined> | undefined;
function getProcessor() {
  processor ??= unified()
    .use(retextEnglish)
    .use(retextSplitSentences)
    .use(retextPassive, { ignore: PASSIVE_IGNORE })
    .use(retextPassiveRegular)
    .use(retextReadability, SENTENCE_READABILITY)
    .use(retextSimplify, { ignore: SIMPLIFY_IGNORE }) as unknown as Processor<Root, Root, Root, undefined, undefined>;
  return processor;
}

/**
 * Parses the prose of a document with retext, once, and runs the retext
 * plugins whose messages several rules read. Each block is parsed on its own
 * so a sentence never runs from one paragraph into the next.
 */
export function analyseDocument(document: Document, ranges: ProseRange[]): Analysis {
  const proc = getProcessor();
  const sentences: Sentence[] = [];
  const messages: RetextMessage[] = [];
  document.blocks.forEach((block, blockIndex) => {
    for (const range of ranges) {
      const start = Math.max(block.start, range.start);
      const end = Math.min(block.end, range.end);
      if (end <= start) continue;
      const text = document.text.slice(start, end);
      if (!/[A-Za-z]/.test(text)) continue;
      const file = new VFile(text);
      const tree = proc.parse(file) as Root;
      proc.runSync(tree, file);
      visit(tree, 'SentenceNode', (node: SentenceNode) => {
        const sentenceStart = node.position!.start.offset!;
        const words: Word[] = [];
        visit(node, 'WordNode', (word) => {
          words.push({ text: toString(word), start: start + word.position!.start.offset!, end: start + word.position!.end.offset! });
        });
        sentences.push({
          text: toString(node),
          start: start + sentenceStart,
          end: start + node.position!.end.offset!,
          words,
          block: blockIndex,
        });
      });
      for (const message of file.messages) {
        const place = message.place;
        if (!place || !('start' in place)) continue;
        messages.push({
          source: message.source ?? '',
          ruleId: message.ruleId ?? '',
          reason: message.reason,
          start: start + (place.start.offset ?? 0),
          end: start + (place.end.offset ?? 0),
          actual: message.actual,
          expected: message.expected,
        });
      }
    }
  });
  return { sentences, messages, metrics: computeMetrics(sentences, messages) };
}
