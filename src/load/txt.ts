import type { Block, Document, InlineControl } from '../types.js';
import { findControlComments } from '../engine/controls.js';
import { LoadError } from './errors.js';
import { decodeText, normaliseNewlines } from './text-decode.js';

/** Splits text into blank-line separated blocks (paragraphs), numbered from 1. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    blocks.push({ start: match.index, end: match.index + match[0].length, paragraph: blocks.length + 1, part: 'body' });
  }
  return blocks;
}

/** `text` with each control comment blanked to spaces (newlines kept), so offsets and line numbers stay true. */
function blankControls(text: string, controls: InlineControl[], fill: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of controls) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, fill);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Paragraph blocks of a text whose control comments are blanked. A line that
 * held only a control does not end its paragraph (the writer put the comment
 * inside it), so blocks are found with the comments still "ink", then
 * trimmed to the text around them; a block of controls alone is dropped.
 */
function blocksAroundControls(text: string, controls: InlineControl[]): Block[] {
  if (controls.length === 0) return textBlocks(text);
  const blocks: Block[] = [];
  for (const block of textBlocks(blankControls(text, controls, 'x'))) {
    let start = block.start;
    let end = block.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) blocks.push({ ...block, start, end, paragraph: blocks.length + 1 });
  }
  return blocks;
}

/**
 * A text document. Inline control comments (`<!-- cc-check-disable … -->`)
 * become Document.controls and are blanked out of the checked text (same
 * offsets, spaces), so no rule reads them; any other text, HTML-like or not,
 * is left as written (a comment written like a control that is not one is
 * also listed in Document.misspeltControls).
 */
export function textDocument(path: string, text: string): Document {
  const normalised = normaliseNewlines(text);
  if (!/\S/.test(normalised)) throw new LoadError('empty', 'the file is empty');
  return { path, format: 'txt', ...controlledText(normalised), metadata: {} };
}

/**
 * Plain text (a .txt file, an email's body) with its inline control comments
 * found and blanked out, its paragraph blocks, and the controls for the engine.
 */
export function controlledText(text: string): Pick<Document, 'text' | 'blocks' | 'controls' | 'misspeltControls'> {
  const { controls, misspelt } = findControlComments(text);
  const checked = blankControls(text, controls, ' ');
  if (!/\S/.test(checked)) throw new LoadError('empty', 'the file has nothing to check but inline control comments');
  return {
    text: checked,
    blocks: blocksAroundControls(checked, controls),
    ...(controls.length > 0 ? { controls } : {}),
    ...(misspelt.length > 0 ? { misspeltControls: misspelt } : {}),
  };
}

export function loadTxt(path: string, bytes: Uint8Array): Document {
  if (bytes.length === 0) throw new LoadError('empty', 'the file is empty');
  return textDocument(path, decodeText(bytes));
}
