import type { Document, Finding } from '../types.js';

/** A copy of the .docx with a Word comment on each finding. PLACEHOLDER: being written. */
export async function annotateDocx(_bytes: Uint8Array, _document: Document, _findings: Finding[]): Promise<Uint8Array> {
  throw new Error('--annotate is not built yet');
}
