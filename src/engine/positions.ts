import type { Block, Document } from '../types.js';

export interface Position {
  line: number;
  column: number;
}

/** Maps text offsets to 1-based line:column and to the source paragraph. */
export class PositionMap {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly document: Document) {
    const text = document.text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** The block holding `offset`, or the nearest one before it. */
  block(offset: number): Block | undefined {
    const blocks = this.document.blocks;
    let low = 0;
    let high = blocks.length - 1;
    let found: Block | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const block = blocks[mid]!;
      if (block.start <= offset) {
        found = block;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}
