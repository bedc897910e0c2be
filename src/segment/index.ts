import type { Document, LetterParts } from '../types.js';

/**
 * Finds the parts of a letter. PLACEHOLDER until the segmenter lands: the
 * whole text is the body.
 */
export function segmentLetter(document: Document): LetterParts {
  const body = { type: 'body' as const, start: 0, end: document.text.length, text: document.text };
  return { segments: [body], body };
}
