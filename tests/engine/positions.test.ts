import { describe, expect, it } from 'vitest';
import { PositionMap } from '../../src/engine/positions.js';
import { textDocument } from '../../src/load/txt.js';

describe('PositionMap', () => {
  const doc = textDocument('a.txt', 'Dear Mrs Patel\n\nThank you.\nWe will call.\n\nYours sincerely\n');
  const map = new PositionMap(doc);

  it('maps offsets to 1-based line and column', () => {
    expect(map.position(0)).toEqual({ line: 1, column: 1 });
    expect(map.position(doc.text.indexOf('We will'))).toEqual({ line: 4, column: 1 });
    expect(map.position(doc.text.indexOf('call'))).toEqual({ line: 4, column: 9 });
    expect(map.position(doc.text.indexOf('Yours'))).toEqual({ line: 6, column: 1 });
  });

  it('finds the block (paragraph) holding an offset', () => {
    expect(map.block(doc.text.indexOf('call'))?.paragraph).toBe(2);
    expect(map.block(doc.text.indexOf('Yours'))?.paragraph).toBe(3);
  });
});
