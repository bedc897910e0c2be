import type { Document } from '../types.js';
import { loadTxt } from './txt.js';

/** PLACEHOLDER until the Markdown loader lands. */
export function loadMd(path: string, bytes: Uint8Array): Document {
  return { ...loadTxt(path, bytes), format: 'md' };
}
