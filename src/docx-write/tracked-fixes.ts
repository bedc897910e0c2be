import type { PartXml } from '../load/docx.js';
import type { Document, Fix } from '../types.js';
import { DocxPackage, loadMatching, wordDate } from './package.js';
import { PartEditor, positionIn, runProperties, TextLocator, type TextPiece } from './run-edits.js';
import { highestId, WordNames } from './xml.js';

export interface TrackedChangeOptions {
  author: string;
  /** ISO date written on each change. */
  date: string;
}

/** A fix left out of the copy, and why (in words for the officer). */
export interface SkippedFix {
  fix: Fix;
  reason: string;
}

export interface TrackedFixesResult {
  /** The new .docx. */
  bytes: Uint8Array;
  /** Fixes written as tracked changes. */
  applied: Fix[];
  /** Fixes that could not be written safely, with the reason. */
  skipped: SkippedFix[];
}

/** Zero-width run children a deletion may carry along: they hold no text and nothing else. */
const HARMLESS_CHILDREN = new Set(['lastRenderedPageBreak', 'softHyphen']);

/**
 * A copy of the .docx with each fix as a Word tracked change: the old text
 * in a w:del, each piece in a run with its own properties, and the new text
 * in a w:ins with the properties of the first piece (a change inside one
 * bold run stays bold). A fix that would cross paragraphs, fields, links,
 * tabs, pictures or someone's tracked change is skipped, not forced.
 */
export async function applyDocxFixes(bytes: Uint8Array, document: Document, fixes: Fix[], options: TrackedChangeOptions): Promise<TrackedFixesResult> {
  const { sources } = await loadMatching(bytes, document);
  const docx = await DocxPackage.open(bytes);
  const locator = new TextLocator(sources);
  const date = wordDate(options.date);
  let nextId = Math.max(...[...sources.parts.values()].map((part) => highestId(part.xml))) + 1;
  const editor = new PartEditor(sources.parts, (part) => new WordNames(part.wordPrefix), () => nextId++);
  const applied: Fix[] = [];
  const skipped: SkippedFix[] = [];
  const changeAttributes = () => ({ id: nextId++, author: options.author, date });

  let previousEnd = -1;
  for (const fix of [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const refuse = (reason: string) => skipped.push({ fix, reason });
    if (!(fix.start >= 0 && fix.end >= fix.start && fix.end <= document.text.length)) {
      refuse('its position is outside the document');
      continue;
    }
    if (document.text.slice(fix.start, fix.end) === fix.text) {
      refuse('it changes nothing');
      continue;
    }
    if (fix.start < previousEnd || (fix.start === previousEnd && fix.start === fix.end)) {
      refuse('it overlaps another fix');
      continue;
    }
    const plan = planFix(fix, locator, sources.parts);
    if (typeof plan === 'string') {
      refuse(plan);
      continue;
    }
    const part = sources.parts.get(plan.first.paragraph.partName)!;
    const names = new WordNames(part.wordPrefix);
    const deletion = (runXml: string) => names.open('del', changeAttributes()) + runXml + names.close('del');
    const insertion = fix.text
      ? [{ rank: 0, xml: names.open('ins', changeAttributes()) + names.open('r') + runProperties(part, plan.first.run, () => nextId++) + names.textContent(fix.text) + names.close('r') + names.close('ins') }]
      : [];
    if (fix.start === fix.end) {
      editor.addCut(part.name, plan.first.run, { ...positionIn(plan.first, fix.start), payload: insertion });
    } else {
      const runs = [...new Set(plan.pieces.map((p) => p.run))];
      runs.forEach((run, index) => {
        const position = index === 0 ? positionIn(plan.first, fix.start) : { childIndex: 0, rawIndex: 0 };
        editor.addCut(part.name, run, { ...position, payload: [], deleteAfter: deletion });
      });
      editor.addCut(part.name, plan.last.run, { ...positionIn(plan.last, fix.end), payload: insertion });
    }
    applied.push(fix);
    previousEnd = fix.end;
  }

  for (const [name, xml] of editor.render()) docx.setText(name, xml);
  return { bytes: docx.write(), applied, skipped };
}

interface FixPlan {
  pieces: TextPiece[];
  first: TextPiece;
  last: TextPiece;
}

/** The pieces a fix changes, or the reason it cannot be written safely. */
function planFix(fix: Fix, locator: TextLocator, parts: Map<string, PartXml>): FixPlan | string {
  if (fix.start === fix.end) {
    // An insertion goes after the character before it, in that run's formatting, or before the one after it.
    const piece = (fix.start > 0 ? locator.pieceAt(fix.start - 1) : undefined) ?? locator.pieceAt(fix.start);
    if (!piece) return 'it is not in the text of a paragraph';
    return checkRuns([piece], parts) ?? { pieces: [piece], first: piece, last: piece };
  }
  const pieces = locator.piecesIn(fix.start, fix.end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return 'it is not in the text of a paragraph';
  if (pieces.some((p) => p.paragraph !== first.paragraph)) return 'it crosses paragraphs';
  const covered = pieces.reduce((sum, p) => sum + Math.min(p.end, fix.end) - Math.max(p.start, fix.start), 0);
  if (covered !== fix.end - fix.start) return 'part of its text is not in the paragraph’s runs';
  if (pieces.some((p) => p.child.kind !== 'text')) return 'it crosses a tab or line break';
  const problem = checkRuns(pieces, parts);
  if (problem) return problem;
  // What a deletion carries along between the pieces must hold no text of its own (a picture, a text box, a field mark).
  const xml = parts.get(first.paragraph.partName)!.xml;
  const runs = [...new Set(pieces.map((p) => p.run))];
  for (const [index, run] of runs.entries()) {
    const from = index === 0 ? first.childIndex : 0;
    const to = run === last.run ? last.childIndex : run.children.length - 1;
    for (const child of run.children.slice(from, to + 1)) {
      if (child.kind === 'other' && !HARMLESS_CHILDREN.has(localNameAt(xml, child.start))) return 'it crosses a picture, text box or field';
    }
  }
  return { pieces, first, last };
}

function checkRuns(pieces: TextPiece[], parts: Map<string, PartXml>): string | undefined {
  if (pieces.some((p) => p.run.inField)) return 'it is inside a field, which Word would recompute';
  if (pieces.some((p) => p.run.inTrackedChange)) return 'it is inside a change already tracked';
  if (pieces.some((p) => p.run.parent !== pieces[0]!.run.parent)) return 'it crosses the edge of a link or content control';
  if (!parts.has(pieces[0]!.paragraph.partName)) return 'its part could not be read again';
  return undefined;
}

/** The local name of the element starting at `start`. */
function localNameAt(xml: string, start: number): string {
  const name = /^<([\w.:-]+)/.exec(xml.slice(start, start + 80))?.[1] ?? '';
  return name.slice(name.indexOf(':') + 1);
}
