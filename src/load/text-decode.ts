import { LoadError } from './errors.js';

/**
 * Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Anything else is refused with a reason, never guessed: a wrong guess
 * would silently report nonsense.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new LoadError('not-a-document', 'not a text document (it contains binary data)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new LoadError('encoding', 'not valid UTF-8 text (it may be Windows-1252 or Latin-1): save it as UTF-8 and check again');
  }
}

/** NUL bytes never occur in UTF-8 prose; a few in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Normalises CRLF and lone CR to LF, so line numbers match what editors show. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
