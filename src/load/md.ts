import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import type { Block, Document, InlineControl, MisspeltControl } from '../types.js';
import { findControlComments } from '../engine/controls.js';
import { LoadError } from './errors.js';
import { decodeText, normaliseNewlines } from './text-decode.js';

// One parser for every file: building a unified processor costs far more than using one.
let parser: ReturnType<typeof buildParser> | undefined;
function buildParser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
}

/** Containers whose text is prose, each one Block (list items and quotes hold paragraphs). */
const PROSE_BLOCKS = new Set(['paragraph', 'heading']);

/** Inline nodes whose content is never prose: blanked, children and all. */
const NOT_PROSE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'break']);

/** A pipe-table delimiter row: `| --- | :---: |`. remark-parse alone (no GFM) leaves tables as paragraphs. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/**
 * Copies the characters of a text node's value from the source into `out`,
 * leaving everything else blank. The value is the source minus escapes,
 * entity spellings and the quote markers or indentation of continuation
 * lines, so it is a subsequence of the source slice: match greedily, never
 * past the end of a line for an ordinary character.
 */
function copyValue(source: string, out: string[], start: number, end: number, value: string): void {
  let at = start;
  // By UTF-16 unit, so a surrogate pair matches half by half.
  for (let k = 0; k < value.length; k++) {
    const char = value[k]!;
    let probe = at;
    while (probe < end && source[probe] !== char && !(char !== '\n' && source[probe] === '\n')) probe++;
    if (probe < end && source[probe] === char) {
      out[probe] = char;
      at = probe + 1;
    }
    // Not found (an entity such as &nbsp;): the value character is dropped and its spelling stays blank.
  }
}

function copyProse(source: string, out: string[], node: Nodes): void {
  if (NOT_PROSE.has(node.type)) return;
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) copyValue(source, out, start, end, node.value);
    return;
  }
  if ('children' in node) for (const child of node.children) copyProse(source, out, child as Nodes);
}

/** The first and last non-blank offsets of out[start, end), or undefined when all blank. */
function trimmedRange(out: string[], start: number, end: number): [number, number] | undefined {
  let from = start;
  while (from < end && /\s/.test(out[from]!)) from++;
  let to = end;
  while (to > from && /\s/.test(out[to - 1]!)) to--;
  return from < to ? [from, to] : undefined;
}

/** Splits a paragraph that is a pipe table into one block per cell, blanking pipes and the delimiter row. */
function tableCells(source: string, out: string[], start: number, end: number): Array<[number, number]> | undefined {
  const lines: Array<[number, number]> = [];
  for (let lineStart = start; lineStart < end; ) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    lines.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  if (lines.length < 2) return undefined;
  const delimiter = source.slice(lines[1]![0], lines[1]![1]);
  if (!TABLE_DELIMITER.test(delimiter) || !delimiter.includes('|') && !source.slice(lines[0]![0], lines[0]![1]).includes('|')) return undefined;
  const cells: Array<[number, number]> = [];
  lines.forEach(([lineStart, lineEnd], index) => {
    if (index === 1) {
      for (let i = lineStart; i < lineEnd; i++) out[i] = ' ';
      return;
    }
    let cellStart = lineStart;
    for (let i = lineStart; i <= lineEnd; i++) {
      if (i === lineEnd || (source[i] === '|' && source[i - 1] !== '\\')) {
        if (i < lineEnd) out[i] = ' ';
        const range = trimmedRange(out, cellStart, i);
        if (range) cells.push(range);
        cellStart = i + 1;
      }
    }
  });
  return cells;
}

/**
 * Loads a Markdown file. Document.text is the source with everything that is
 * not prose (front matter, code, HTML and comments, link targets, images,
 * Markdown syntax) blanked to spaces, newlines kept, so a finding's
 * line:column is where it is in the file. HTML comments that are inline
 * controls (`<!-- cc-check-disable … -->`) become Document.controls.
 */
export function loadMd(path: string, bytes: Uint8Array): Document {
  if (bytes.length === 0) throw new LoadError('empty', 'the file is empty');
  const source = normaliseNewlines(decodeText(bytes));
  if (!/\S/.test(source)) throw new LoadError('empty', 'the file is empty');
  parser ??= buildParser();
  const tree = parser.parse(source) as Root;

  // Indexed by UTF-16 unit, like the parser's offsets.
  const blanked: string[] = Array.from({ length: source.length }, (_, i) => (source[i] === '\n' ? '\n' : ' '));

  const ranges: Array<{ range: [number, number]; heading: boolean }> = [];
  const visitBlocks = (node: Nodes): void => {
    if (PROSE_BLOCKS.has(node.type)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      copyProse(source, blanked, node);
      const cells = node.type === 'paragraph' ? tableCells(source, blanked, start, end) : undefined;
      if (cells) {
        for (const cell of cells) ranges.push({ range: cell, heading: false });
        return;
      }
      const range = trimmedRange(blanked, start, end);
      if (range) ranges.push({ range, heading: node.type === 'heading' });
      return;
    }
    if ('children' in node) for (const child of node.children) visitBlocks(child as Nodes);
  };
  visitBlocks(tree);

  // Inline control comments are HTML nodes (a comment in a code block is an example, not a control); already blanked.
  const controls: InlineControl[] = [];
  const misspelt: MisspeltControl[] = [];
  const visitHtml = (node: Nodes): void => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        const found = findControlComments(source, start, end);
        controls.push(...found.controls);
        misspelt.push(...found.misspelt);
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visitHtml(child as Nodes);
  };
  visitHtml(tree);

  const text = blanked.join('');
  const blocks: Block[] = ranges.map(({ range: [start, end], heading }, index) => ({
    start,
    end,
    paragraph: index + 1,
    part: 'body',
    ...(heading ? { heading: true } : {}),
  }));
  if (blocks.length === 0) throw new LoadError('empty', 'the file has no prose to check (only code, front matter or HTML)');
  const document: Document = { path, format: 'md', text, blocks, metadata: {} };
  if (controls.length > 0) document.controls = controls;
  if (misspelt.length > 0) document.misspeltControls = misspelt;
  return document;
}
