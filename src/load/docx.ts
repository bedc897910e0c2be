import type { Document } from '../types.js';
import { LoadError } from './errors.js';

/** PLACEHOLDER until the .docx loader lands. */
export async function loadDocx(_path: string, _bytes: Uint8Array): Promise<Document> {
  throw new LoadError('unsupported-format', '.docx is not supported yet');
}
