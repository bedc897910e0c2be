/**
 * Protected passages: statutory wording a letter must carry as it is (appeal
 * rights, legal notices), declared in the profile by its text or by start
 * and end markers. The engine finds them here; the plain-language rules then
 * say nothing inside them and the reading metrics leave them out, while the
 * text stays in Document.text for every other rule.
 */
import type { ProtectedPassage } from '../types.js';

export interface ProtectedRange {
  name: string;
  start: number;
  end: number;
}

export interface ProtectedSearch {
  /** Every place a declared passage was found, in document order. */
  ranges: ProtectedRange[];
  /** Each declared passage, in the order declared, and whether it was found. */
  passages: Array<{ name: string; found: boolean }>;
}

/**
 * Characters Word and mail clients substitute as you type, folded to what a
 * config file holds: curly quotes and primes to straight ones, dashes to a
 * hyphen, the ellipsis to three dots.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};

/** Invisible characters that may sit inside a word: soft hyphen, zero-width space and joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * The text with all whitespace and invisible characters removed and the
 * typographic variants folded, with each remaining character's offset in the
 * original. Dropping whitespace entirely (not just collapsing it) makes a
 * passage match across line breaks, paragraphs, and Markdown emphasis markers
 * that the loader blanked inside a word.
 */
export function foldForMatching(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char) || INVISIBLE.test(char)) continue;
    const mapped = FOLD[char] ?? char;
    folded += mapped;
    for (let k = 0; k < mapped.length; k++) offsets.push(i);
  }
  return { folded, offsets };
}

/** Where `needle` occurs in `haystack`, without overlaps. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/**
 * Finds every declared passage in the text. By text: each place the whole
 * passage occurs. By markers: from each start marker to the end of the first
 * end marker after it. Matching ignores whitespace and line breaks, curly
 * against straight quotes and the other Word substitutions above, and is
 * otherwise exact (case included: the wording must be carried as it is).
 */
export function findProtectedPassages(text: string, passages: readonly ProtectedPassage[] | undefined): ProtectedSearch {
  const result: ProtectedSearch = { ranges: [], passages: [] };
  if (!passages || passages.length === 0) return result;
  const { folded, offsets } = foldForMatching(text);
  const toRange = (name: string, from: number, to: number): ProtectedRange => ({ name, start: offsets[from]!, end: offsets[to - 1]! + 1 });
  for (const passage of passages) {
    const before = result.ranges.length;
    const wanted = passage.text !== undefined ? foldForMatching(passage.text).folded : '';
    if (wanted) {
      for (const at of occurrences(folded, wanted)) result.ranges.push(toRange(passage.name, at, at + wanted.length));
    } else if (passage.start !== undefined && passage.end !== undefined) {
      const startMarker = foldForMatching(passage.start).folded;
      const endMarker = foldForMatching(passage.end).folded;
      let from = 0;
      while (startMarker && endMarker) {
        const at = folded.indexOf(startMarker, from);
        if (at === -1) break;
        const close = folded.indexOf(endMarker, at + startMarker.length);
        if (close === -1) break;
        result.ranges.push(toRange(passage.name, at, close + endMarker.length));
        from = close + endMarker.length;
      }
    }
    result.passages.push({ name: passage.name, found: result.ranges.length > before });
  }
  result.ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return result;
}

/** True when `offset` lies inside one of the ranges. */
export function inProtected(ranges: readonly ProtectedRange[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

export interface Span {
  start: number;
  end: number;
}

/** The parts of the spans outside every one of the ranges (empty parts left out). */
export function withoutRanges(spans: readonly Span[], ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of spans) {
    let at = span.start;
    for (const range of sorted) {
      if (range.end <= at || range.start >= span.end) continue;
      if (range.start > at) out.push({ start: at, end: range.start });
      at = Math.max(at, range.end);
    }
    if (at < span.end) out.push({ start: at, end: span.end });
  }
  return out;
}

/** The parts of the spans inside a protected range. */
export function withinRanges(spans: readonly Span[], ranges: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    for (const range of ranges) {
      const start = Math.max(span.start, range.start);
      const end = Math.min(span.end, range.end);
      if (start < end) out.push({ start, end });
    }
  }
  return mergeSpans(out);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
