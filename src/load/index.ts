import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Document, DocumentFormat } from '../types.js';
import { LoadError, MAX_FILE_BYTES, MAX_TEXT_BYTES, fileReadError } from './errors.js';
import { loadTxt } from './txt.js';

export { LoadError } from './errors.js';

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.dotx': 'docx',
  '.eml': 'eml',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** The format a file name implies, or undefined when we do not read that kind of file. */
export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

function unsupported(path: string): LoadError {
  const what = extname(path) || 'files without an extension';
  return new LoadError('unsupported-format', `cannot check ${what} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
}

function tooLarge(limit: number): LoadError {
  return new LoadError('too-large', `the file is larger than ${limit / 1024 / 1024} MB, far longer than any letter`);
}

/** Loads bytes already in memory (a file, or stdin with its declared name). */
export async function loadBytes(path: string, bytes: Uint8Array, format = formatOf(path)): Promise<Document> {
  if (!format) throw unsupported(path);
  const limit = format === 'docx' ? MAX_FILE_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit) throw tooLarge(limit);
  switch (format) {
    case 'txt':
      return loadTxt(path, bytes);
    case 'md': {
      const { loadMd } = await import('./md.js');
      return loadMd(path, bytes);
    }
    case 'docx': {
      const { loadDocx } = await import('./docx.js');
      return loadDocx(path, bytes);
    }
    case 'eml': {
      const { loadEml } = await import('./eml.js');
      return loadEml(path, bytes);
    }
  }
}

/** Reads and loads one file from disk; every failure becomes a LoadError. */
export async function loadFile(path: string): Promise<Document> {
  const format = formatOf(path);
  if (!format) throw unsupported(path);
  const bytes = await readFileWithin(path, format === 'docx' ? MAX_FILE_BYTES : MAX_TEXT_BYTES);
  const document = await loadBytes(path, bytes, format);
  document.sourcePath = resolve(path);
  return document;
}

/**
 * A file's bytes, refused before reading when it is a folder or larger than
 * `limit`; errors as LoadError. `reasons` words them for what the file should be.
 */
export async function readFileWithin(path: string, limit: number, reasons: { folder?: string; tooLarge?: string } = {}): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new LoadError('unreadable', reasons.folder ?? 'is a folder');
    if (info.size > limit) throw reasons.tooLarge ? new LoadError('too-large', reasons.tooLarge) : tooLarge(limit);
    return await readFile(path);
  } catch (error) {
    throw fileReadError(error);
  }
}
