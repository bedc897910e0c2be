import { loadBytes } from '../load/index.js';
import { decodeText, normaliseNewlines } from '../load/text-decode.js';
import type { Document, DocumentFormat, FileResult } from '../types.js';
import { applyFixesToRaw, fixesOf, selectFixes } from './apply.js';
import { encodeText, encodingOf } from './encoding.js';

/** Fixing one thing can reveal another; a few passes settle it, and the bound stops a fix that undoes another. */
export const MAX_FIX_PASSES = 5;

export interface TextFixResult {
  /** The fixed file, in the original's encoding, byte order mark and line endings. */
  bytes: Uint8Array;
  changed: boolean;
  /** Fixes applied over all passes. */
  applied: number;
  /** Text before and after, newlines normalised, for a diff. */
  before: string;
  after: string;
  /** The fixed content loaded and checked again: what remains to do by hand. */
  document: Document;
  result: FileResult;
}

/**
 * Applies the fixes of a .txt or .md file's findings, checks the result and
 * repeats until nothing more is fixable (at most MAX_FIX_PASSES times).
 * `check` runs the rules with the caller's options.
 */
export async function fixTextBytes(path: string, bytes: Uint8Array, format: DocumentFormat, check: (document: Document) => FileResult): Promise<TextFixResult> {
  const encoding = encodingOf(bytes);
  let current = bytes;
  let applied = 0;
  for (let pass = 0; ; pass++) {
    const document = await loadBytes(path, current, format);
    const result = check(document);
    const fixes = selectFixes(fixesOf(result.findings));
    const raw = decodeText(current);
    const next = fixes.length > 0 && pass < MAX_FIX_PASSES ? applyFixesToRaw(raw, fixes) : raw;
    if (next === raw) {
      const before = normaliseNewlines(decodeText(bytes));
      const after = normaliseNewlines(raw);
      return { bytes: current, changed: current !== bytes, applied, before, after, document, result };
    }
    current = encodeText(next, encoding);
    applied += fixes.length;
  }
}
