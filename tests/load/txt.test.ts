import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBytes, loadFile, LoadError } from '../../src/load/index.js';

const letter = 'Dear Mrs Patel\r\n\r\nThank you for your letter.\r\nWe have paid the grant.\r\n\r\nYours sincerely\r\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

async function loadError(bytes: Uint8Array, name = 'letter.txt'): Promise<LoadError> {
  try {
    await loadBytes(name, bytes);
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('loadTxt', () => {
  it('normalises CRLF to LF and splits blank-line separated paragraphs into blocks', async () => {
    const doc = await loadBytes('letter.txt', Buffer.from(letter));
    expect(doc.text).toBe('Dear Mrs Patel\n\nThank you for your letter.\nWe have paid the grant.\n\nYours sincerely\n');
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual([
      'Dear Mrs Patel',
      'Thank you for your letter.\nWe have paid the grant.',
      'Yours sincerely',
    ]);
    expect(doc.blocks.map((b) => b.paragraph)).toEqual([1, 2, 3]);
  });

  it('reads UTF-8 with a BOM, and UTF-16 LE and BE with a BOM, to the same text', async () => {
    const expected = (await loadBytes('a.txt', Buffer.from(letter))).text;
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(letter)]);
    expect((await loadBytes('a.txt', withBom)).text).toBe(expected);
    expect((await loadBytes('a.txt', utf16(letter, 'le'))).text).toBe(expected);
    expect((await loadBytes('a.txt', utf16(letter, 'be'))).text).toBe(expected);
  });

  it('keeps accented and typographic characters', async () => {
    const doc = await loadBytes('a.txt', Buffer.from('Dear Mr Núñez\n\nWe’ve received your £120 payment – thank you.\n'));
    expect(doc.text).toContain('Núñez');
    expect(doc.text).toContain('We’ve received your £120 payment – thank you.');
  });

  it('refuses Windows-1252 text with a reason instead of guessing', async () => {
    const error = await loadError(Buffer.from([0x44, 0x65, 0x61, 0x72, 0x20, 0x93, 0x4d, 0x72, 0x94, 0x0a]));
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it('refuses binary junk and empty files', async () => {
    expect((await loadError(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]))).code).toBe('not-a-document');
    expect((await loadError(Buffer.alloc(0))).code).toBe('empty');
    expect((await loadError(Buffer.from(' \n\r\n\t '))).code).toBe('empty');
  });

  it('reports a missing file, a folder and an unsupported extension as load errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-txt-'));
    await writeFile(join(dir, 'notes.rtf'), '{\\rtf1 hello}');
    await expect(loadFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'not-found', message: 'file not found' });
    await expect(loadFile(join(dir, 'notes.rtf'))).rejects.toMatchObject({ code: 'unsupported-format' });
    await expect(loadFile(dir + '/')).rejects.toMatchObject({ code: 'unsupported-format' });
  });
});

describe('huge text files', () => {
  it('refuses a text file over 5 MB before decoding it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-txt-'));
    const path = join(dir, 'huge.txt');
    await writeFile(path, Buffer.alloc(6 * 1024 * 1024, 'a'));
    await expect(loadFile(path)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/larger than 5 MB/) });
    await expect(loadBytes('stdin.md', Buffer.alloc(6 * 1024 * 1024, 'a'))).rejects.toMatchObject({ code: 'too-large' });
  });
});
