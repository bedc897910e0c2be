import { describe, expect, it } from 'vitest';
import { applyFixes, applyFixesToRaw, dominantNewline, rawOffsets, selectFixes } from '../../src/fix/apply.js';
import { decodeRaw, encodeText, encodingOf } from '../../src/fix/encoding.js';

describe('selectFixes', () => {
  it('takes non-overlapping fixes in document order and skips one that overlaps a fix already taken', () => {
    // "in order to" and "order to enable" overlap: the first wins, the second waits for the next pass.
    const fixes = [
      { start: 30, end: 45, text: 'enable' },
      { start: 20, end: 31, text: 'to' },
      { start: 0, end: 7, text: 'We have' },
    ];
    expect(selectFixes(fixes)).toEqual([
      { start: 0, end: 7, text: 'We have' },
      { start: 20, end: 31, text: 'to' },
    ]);
  });

  it('keeps fixes that only touch', () => {
    expect(selectFixes([{ start: 5, end: 9, text: 'b' }, { start: 0, end: 5, text: 'a' }])).toHaveLength(2);
  });
});

describe('applyFixes', () => {
  it('applies later fixes first so earlier offsets stay true', () => {
    const text = 'We will utilise the funds in order to repair the roof.';
    const fixes = selectFixes([
      { start: text.indexOf('utilise'), end: text.indexOf('utilise') + 7, text: 'use' },
      { start: text.indexOf('in order to'), end: text.indexOf('in order to') + 11, text: 'to' },
    ]);
    expect(applyFixes(text, fixes)).toBe('We will use the funds to repair the roof.');
  });
});

describe('line endings and encodings', () => {
  const raw = 'Dear Mrs Patel\r\n\r\nThank you.\r\n\r\nYours faithfully\r\n';
  const normalised = raw.replace(/\r\n/g, '\n');

  it('maps offsets of the normalised text back to a CRLF source', () => {
    const map = rawOffsets(raw);
    const at = normalised.indexOf('Yours');
    expect(raw.slice(map[at]!, map[at + 16]!)).toBe('Yours faithfully');
    expect(map[normalised.length]).toBe(raw.length);
  });

  it('keeps CRLF, and writes a new line break as CRLF too', () => {
    const start = normalised.indexOf('Yours faithfully');
    const fixed = applyFixesToRaw(raw, [{ start, end: start + 16, text: 'Yours sincerely' }]);
    expect(fixed).toBe('Dear Mrs Patel\r\n\r\nThank you.\r\n\r\nYours sincerely\r\n');
    const thanks = normalised.indexOf('Thank you.');
    expect(applyFixesToRaw(raw, [{ start: thanks, end: thanks + 10, text: 'Thank you.\nWe have your form.' }])).toContain('Thank you.\r\nWe have your form.\r\n');
    expect(dominantNewline(raw)).toBe('\r\n');
    expect(dominantNewline(normalised)).toBe('\n');
  });

  it.each([
    ['utf-8', [] as number[]],
    ['utf-8-bom', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('writes %s back with the same byte order mark', (encoding, bom) => {
    const text = 'Dear Mr Ó Súilleabháin\r\n\r\nYour £25 refund.\r\n';
    const bytes = encodeText(text, encoding);
    expect([...bytes.subarray(0, bom.length)]).toEqual(bom);
    expect(encodingOf(bytes)).toBe(encoding);
    expect(decodeRaw(bytes).raw).toBe(text);
  });
});
