import type { Block, Document } from '../types.js';
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

export function textDocument(path: string, text: string): Document {
  const normalised = normaliseNewlines(text);
  if (!/\S/.test(normalised)) throw new LoadError('empty', 'the file is empty');
  return { path, format: 'txt', text: normalised, blocks: textBlocks(normalised), metadata: {} };
}

export function loadTxt(path: string, bytes: Uint8Array): Document {
  if (bytes.length === 0) throw new LoadError('empty', 'the file is empty');
  return textDocument(path, decodeText(bytes));
}
