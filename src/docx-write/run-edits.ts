import type { DocxSources, PartXml } from '../load/docx.js';
import type { ParagraphSource, RunChild, RunSource } from '../load/ooxml-text.js';
import type { WordNames } from './xml.js';

/** A stretch of Document.text that one run child holds: a w:t, or a tab or break. */
export interface TextPiece {
  paragraph: ParagraphSource;
  run: RunSource;
  childIndex: number;
  child: RunChild;
  /** Offsets in Document.text. */
  start: number;
  end: number;
}

/** Characters of a child as Document.text counts them (soft hyphens are not shown). */
function visibleLength(child: RunChild): number {
  let length = child.text.length;
  for (let i = child.text.indexOf('\u00ad'); i >= 0; i = child.text.indexOf('\u00ad', i + 1)) length--;
  return length;
}

/** Finds the run children that hold any offset of Document.text. */
export class TextLocator {
  /** Pieces with text, by offset. */
  readonly pieces: TextPiece[] = [];

  constructor(sources: DocxSources) {
    for (const paragraph of sources.paragraphs) {
      for (const run of paragraph.runs) {
        run.children.forEach((child, childIndex) => {
          if (child.kind === 'other') return;
          const start = paragraph.textStart + child.offset;
          const length = visibleLength(child);
          if (length > 0) this.pieces.push({ paragraph, run, childIndex, child, start, end: start + length });
        });
      }
    }
    this.pieces.sort((a, b) => a.start - b.start);
  }

  /** Index of the first piece ending after `offset`. */
  private firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.pieces.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.pieces[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The pieces overlapping [start, end), in text order. */
  piecesIn(start: number, end: number): TextPiece[] {
    const found: TextPiece[] = [];
    for (let i = this.firstEndingAfter(start); i < this.pieces.length && this.pieces[i]!.start < end; i++) found.push(this.pieces[i]!);
    return found;
  }

  /** The piece holding the character at `offset`. */
  pieceAt(offset: number): TextPiece | undefined {
    const piece = this.pieces[this.firstEndingAfter(offset)];
    return piece && piece.start <= offset ? piece : undefined;
  }

  /** The pieces of one paragraph, in order (they sit together: a paragraph's text is one stretch of Document.text). */
  piecesOf(paragraph: ParagraphSource): TextPiece[] {
    const found: TextPiece[] = [];
    for (let i = this.firstEndingAfter(paragraph.textStart); this.pieces[i]?.paragraph === paragraph; i++) found.push(this.pieces[i]!);
    return found;
  }
}

/** A place inside a run: before raw character `rawIndex` of child `childIndex` (childIndex = children.length: the run's end). */
export interface RunPosition {
  childIndex: number;
  rawIndex: number;
}

/** Where offset `offset` of Document.text falls in a piece, as a run position (at a child boundary when it can be). */
export function positionIn(piece: TextPiece, offset: number): RunPosition {
  const wanted = offset - piece.start;
  const { text } = piece.child;
  let rawIndex = 0;
  for (let seen = 0; rawIndex < text.length && seen < wanted; rawIndex++) if (text[rawIndex] !== '\u00ad') seen++;
  if (rawIndex >= text.length) return { childIndex: piece.childIndex + 1, rawIndex: 0 };
  return { childIndex: piece.childIndex, rawIndex };
}

/** A cut in a run: XML written there (outside any run), and whether what follows up to the next cut is deleted. */
export interface Cut extends RunPosition {
  /** XML to write at the cut, by rank: lower ranks first (range ends before range starts). */
  payload: Array<{ rank: number; xml: string }>;
  /** Wraps the run holding the text up to the next cut in a tracked deletion. */
  deleteAfter?: (runXml: string) => string;
}

function comparePositions(a: RunPosition, b: RunPosition): number {
  return a.childIndex - b.childIndex || a.rawIndex - b.rawIndex;
}

/**
 * Rewrites the parts whose runs have cuts. A run with cuts is written again
 * as several runs, each with a copy of the original run's open tag and
 * properties, so every piece keeps its formatting; everything else is copied
 * from the original XML as it was.
 */
export class PartEditor {
  private readonly cutsByRun = new Map<RunSource, Cut[]>();
  private readonly runsByPart = new Map<string, RunSource[]>();

  constructor(
    private readonly parts: Map<string, PartXml>,
    private readonly names: (part: PartXml) => WordNames,
    /** A new annotation id, for copies of run properties that carry one (a tracked formatting change). */
    private readonly freshId: () => number,
  ) {}

  addCut(partName: string, run: RunSource, cut: Cut): void {
    let cuts = this.cutsByRun.get(run);
    if (!cuts) {
      cuts = [];
      this.cutsByRun.set(run, cuts);
      const runs = this.runsByPart.get(partName) ?? [];
      runs.push(run);
      this.runsByPart.set(partName, runs);
    }
    const same = cuts.find((c) => comparePositions(c, cut) === 0);
    if (same) {
      same.payload.push(...cut.payload);
      same.deleteAfter ??= cut.deleteAfter;
    } else {
      cuts.push({ ...cut, payload: [...cut.payload] });
    }
  }

  /** The edited parts' new XML, by part name. */
  render(): Map<string, string> {
    const rendered = new Map<string, string>();
    for (const [partName, runs] of this.runsByPart) {
      const part = this.parts.get(partName)!;
      const sorted = [...runs].sort((a, b) => a.start - b.start);
      rendered.set(partName, new RunRenderer(part, sorted, this.cutsByRun, this.names(part), this.freshId).range(0, part.xml.length));
    }
    return rendered;
  }
}

class RunRenderer {
  constructor(
    private readonly part: PartXml,
    private readonly runs: RunSource[],
    private readonly cutsByRun: Map<RunSource, Cut[]>,
    private readonly names: WordNames,
    private readonly freshId: () => number,
  ) {}

  /** The XML from `from` to `to` with the edited runs in it rewritten (runs nest only through text boxes). */
  range(from: number, to: number): string {
    const { xml } = this.part;
    let out = '';
    let cursor = from;
    let low = 0;
    let high = this.runs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.runs[middle]!.start < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.runs.length && this.runs[i]!.start < to; i++) {
      const run = this.runs[i]!;
      if (run.start < cursor) continue;
      out += xml.slice(cursor, run.start) + this.run(run);
      cursor = run.end;
    }
    return out + xml.slice(cursor, to);
  }

  private run(run: RunSource): string {
    const cuts = [...this.cutsByRun.get(run)!].sort(comparePositions);
    const end: RunPosition = { childIndex: run.children.length, rawIndex: 0 };
    let out = '';
    let from: RunPosition = { childIndex: 0, rawIndex: 0 };
    let copy = false;
    for (let k = 0; k <= cuts.length; k++) {
      const to = cuts[k] ?? end;
      const segment = this.segment(run, from, to, cuts[k - 1]?.deleteAfter, copy);
      copy ||= segment !== '';
      out += segment;
      const cut = cuts[k];
      if (cut) out += [...cut.payload].sort((a, b) => a.rank - b.rank).map((p) => p.xml).join('');
      from = to;
    }
    return out;
  }

  /** One run holding the children between two positions, or nothing when there are none. */
  private segment(run: RunSource, from: RunPosition, to: RunPosition, deletion: ((runXml: string) => string) | undefined, copy: boolean): string {
    const { xml } = this.part;
    let body = '';
    for (let c = from.childIndex; c < run.children.length && c <= to.childIndex; c++) {
      const child = run.children[c]!;
      const start = c === from.childIndex ? from.rawIndex : 0;
      const endsHere = c === to.childIndex;
      if (endsHere && to.rawIndex === 0) break;
      if (start === 0 && !endsHere) {
        body += deletion && child.kind === 'text' ? this.names.textContent(child.text, 'delText') : this.range(child.start, child.end);
        continue;
      }
      const text = child.text.slice(start, endsHere ? to.rawIndex : child.text.length);
      body += this.names.textContent(text, deletion ? 'delText' : 't');
    }
    if (!body) return '';
    const open = xml.slice(run.start, run.openEnd);
    const properties = runProperties(this.part, run, copy ? this.freshId : undefined);
    const close = xml.slice(xml.lastIndexOf('</', run.end - 1), run.end);
    const runXml = open + properties + body + close;
    return deletion ? deletion(runXml) : runXml;
  }
}

/**
 * The run properties of a run, as XML to copy into a new run. With
 * `freshId`, ids inside them (a tracked formatting change) are renewed, since
 * two changes may not share one.
 */
export function runProperties(part: PartXml, run: RunSource, freshId?: () => number): string {
  const properties = run.properties ? part.xml.slice(run.properties.start, run.properties.end) : '';
  return freshId ? properties.replace(/(:id=")\d+(")/g, (_, before: string, after: string) => `${before}${freshId()}${after}`) : properties;
}
