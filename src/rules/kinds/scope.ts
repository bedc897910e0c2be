/**
 * The text a custom rule looks at: one part of the letter found by the
 * segmenter, never an email's quoted earlier messages. Text is handed out a
 * paragraph at a time, so that no pattern ever runs on a whole long file.
 */
import type { RuleContext, Segment, SegmentType } from '../../types.js';
import type { Scope } from './schema.js';
import { withoutRanges } from '../../engine/protected.js';

export interface Range {
  start: number;
  end: number;
}

/** A piece of text to search: a slice of Document.text, or an email's Subject header (not in the text). */
export interface Chunk {
  text: string;
  /** Offset of `text` in Document.text; undefined for the Subject header. */
  offset?: number;
}

/** How messages name each scope ({scope}). */
export const SCOPE_NAMES: Record<Scope, string> = {
  body: 'body of the letter',
  salutation: 'salutation',
  signature: 'sign-off and signature',
  subject: 'subject line',
  letterhead: 'letterhead',
  footer: 'footer',
  document: 'letter',
};

/** Paragraphs longer than this are searched a line at a time. */
const MAX_CHUNK = 2000;

function segmentsOf(context: RuleContext, type: SegmentType): Segment[] {
  return context.parts.segments.filter((s) => s.type === type);
}

/**
 * The ranges of Document.text in a scope.
 * - body: the body the segmenter found; the whole text when it found none (a note, a leaflet).
 * - signature: from the sign-off ("Yours sincerely") to the end of the signature block.
 * - footer: the letter's footer, and an email's disclaimer.
 * - document: everything.
 */
export function scopeRanges(context: RuleContext, scope: Scope): Range[] {
  const { parts, document } = context;
  const whole: Range = { start: 0, end: document.text.length };
  let ranges: Range[];
  switch (scope) {
    case 'body':
      ranges = parts.body ? [parts.body] : [whole];
      break;
    case 'salutation':
      ranges = parts.salutation ? [parts.salutation] : [];
      break;
    case 'signature': {
      const from = parts.signoff?.start ?? parts.signature?.start;
      const to = parts.signature?.end ?? parts.signoff?.end;
      ranges = from !== undefined && to !== undefined ? [{ start: from, end: to }] : [];
      break;
    }
    case 'subject':
      ranges = segmentsOf(context, 'subject');
      break;
    case 'letterhead':
      ranges = segmentsOf(context, 'letterhead');
      break;
    case 'footer':
      ranges = [...segmentsOf(context, 'footer'), ...(parts.disclaimer ? [parts.disclaimer] : [])];
      break;
    case 'document':
      ranges = [whole];
      break;
  }
  // Never an email's quoted earlier messages.
  return withoutRanges(ranges, parts.quoted ? [parts.quoted] : []);
}

/** The Subject header of an email whose subject is not in its text, for the subject scope and the whole document. */
export function headerSubject(context: RuleContext, scope: Scope): string | undefined {
  if ((scope !== 'subject' && scope !== 'document') || context.parts.subject) return undefined;
  const subject = context.document.email?.subject?.trim();
  return subject ? subject : undefined;
}

/** The scope's text, a paragraph (or, for a very long paragraph, a line) at a time. */
export function scopeChunks(context: RuleContext, scope: Scope): Chunk[] {
  const { document } = context;
  const chunks: Chunk[] = [];
  const subject = headerSubject(context, scope);
  if (subject) chunks.push({ text: subject });
  const push = (start: number, end: number) => {
    if (end - start <= MAX_CHUNK) {
      chunks.push({ text: document.text.slice(start, end), offset: start });
      return;
    }
    let from = start;
    for (const line of document.text.slice(start, end).split('\n')) {
      chunks.push({ text: line, offset: from });
      from += line.length + 1;
    }
  };
  for (const range of scopeRanges(context, scope)) {
    const blocks = document.blocks.filter((b) => b.start < range.end && b.end > range.start);
    if (blocks.length === 0) push(range.start, range.end);
    for (const block of blocks) push(Math.max(block.start, range.start), Math.min(block.end, range.end));
  }
  return chunks;
}

/** The first line of text from `offset` on (leading blanks skipped), where a "missing" or "too long" finding points. */
export function firstLineFrom(text: string, offset: number, limit = text.length): Range {
  let start = offset;
  while (start < limit && /\s/.test(text[start]!)) start++;
  let end = text.indexOf('\n', start);
  if (end < 0 || end > limit) end = limit;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end: Math.max(start, end) };
}

/** Where a finding about the whole scope points: its first line, or the document's first line when the scope is not there. */
export function scopeAnchor(context: RuleContext, scope: Scope): Range {
  const text = context.document.text;
  const first = scopeRanges(context, scope).find((r) => /\S/.test(text.slice(r.start, r.end)));
  return first ? firstLineFrom(text, first.start, first.end) : firstLineFrom(text, 0, context.parts.quoted?.start ?? text.length);
}
