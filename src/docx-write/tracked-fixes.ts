import type { Document, Fix } from '../types.js';

export interface TrackedChangeOptions {
  author: string;
  /** ISO date written on each change. */
  date: string;
}

/** A copy of the .docx with each fix written as a Word tracked change. PLACEHOLDER: being written. */
export async function applyDocxFixes(_bytes: Uint8Array, _document: Document, _fixes: Fix[], _options: TrackedChangeOptions): Promise<Uint8Array> {
  throw new Error('--fix for .docx is not built yet');
}
