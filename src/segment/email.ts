import type { Document, LetterParts, Segment } from '../types.js';
import { isImpersonalGreeting, parseName } from './names.js';

/** "Hello Sam", "Hi Mrs Patel,", "Good morning Ms Okafor": the informal greetings of an email. */
const EMAIL_GREETING = /^(hi|hello|good\s+(?:morning|afternoon|evening))\s+(\S.{0,60}?)\s*[,:;.!]?\s*$/i;

const ON_WROTE = /^On\s.{4,300}\bwrote:\s*$/i;
const ORIGINAL_MESSAGE = /^-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}$/i;
const FORWARDED = /^(?:begin\s+forwarded\s+message:|_{10,})$/i;
const OUTLOOK_FROM = /^From:\s*\S/i;
const OUTLOOK_FIELD = /^(?:sent|date|to|cc|subject):\s*/i;

/**
 * Legal disclaimers open with one of these: "This email and any files
 * transmitted…", "The information in this e-mail is confidential…".
 */
const DISCLAIMER =
  /^(?:disclaimer\b|confidentiality\s+(?:notice|statement)|this\s+(?:e-?mail|message|communication)\s+(?:and\s+any\s+(?:files|attachments)|(?:is|may\s+be)\s+(?:confidential|intended|private|subject\s+to))|the\s+(?:information|contents?)\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message|communication)|any\s+views\s+or\s+opinions\s+(?:expressed|presented)|if\s+you\s+(?:are\s+not|have\s+received\s+this)\s+(?:the\s+intended|this\s+(?:e-?mail|message)\s+in\s+error))/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += raw.length + 1;
  }
  return lines;
}

/** Offset of the first quoted earlier message: "On … wrote:", "-----Original Message-----", Outlook headers, ">" lines. */
export function findQuoteStart(text: string): number | undefined {
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    if (ON_WROTE.test(line.text) || ORIGINAL_MESSAGE.test(line.text)) return line.start;
    // Gmail wraps a long attribution: "On Tue, 3 Mar 2026 at 10:14, Jane Doe <jane@example.com>" / "wrote:".
    if (/^On\s/i.test(line.text) && /^wrote:\s*$/i.test(lines[i + 1]?.text ?? '') && line.text.length < 200) return line.start;
    if (FORWARDED.test(line.text)) {
      const next = lines.slice(i + 1, i + 3).find((l) => l.text);
      if (next && OUTLOOK_FROM.test(next.text)) return line.start;
    }
    if (OUTLOOK_FROM.test(line.text)) {
      const fields = lines.slice(i + 1, i + 6).filter((l) => OUTLOOK_FIELD.test(l.text));
      if (fields.length >= 2) return line.start;
    }
    if (line.text.startsWith('>')) return line.start;
  }
  return undefined;
}

/** Offset of the paragraph that opens a legal disclaimer, after the first paragraph. */
function findDisclaimerStart(text: string, limit: number): number | undefined {
  const paragraph = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let match: RegExpExecArray | null;
  let first = true;
  while ((match = paragraph.exec(text)) && match.index < limit) {
    const lead = match[0].length - match[0].trimStart().length;
    if (!first && DISCLAIMER.test(match[0].trimStart())) return match.index + lead;
    // A disclaimer may follow the signature lines without a blank line between them.
    const lines = match[0].split('\n');
    let offset = match.index;
    for (const [n, line] of lines.entries()) {
      if (n > 0 && DISCLAIMER.test(line.trim()) && /[.]/.test(line)) return offset + (line.length - line.trimStart().length);
      offset += line.length + 1;
    }
    first = false;
  }
  return undefined;
}

/** The "-- " line that opens a signature by Usenet and mail-client convention. */
function findSignatureDelimiter(text: string, limit: number): number | undefined {
  const match = /^-- ?$/m.exec(text.slice(0, limit));
  return match ? match.index : undefined;
}

function segment(document: Document, type: Segment['type'], start: number, end: number): Segment {
  return { type, start, end, text: document.text.slice(start, end) };
}

/** Trims a range to its non-blank text. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The parts of an email body: salutation, new text, sign-off, signature,
 * disclaimer and quoted earlier messages. Quoted text is cut off before the
 * letter segmenter sees the rest, so no rule reads what the customer wrote.
 */
export function segmentEmail(document: Document, segmentLetter: (document: Document) => LetterParts): LetterParts {
  const text = document.text;
  const quoteStart = findQuoteStart(text) ?? text.length;
  const disclaimerStart = findDisclaimerStart(text, quoteStart);
  const newEnd = disclaimerStart ?? quoteStart;
  const delimiter = findSignatureDelimiter(text, newEnd);
  const ownEnd = trimmed(text, 0, delimiter ?? newEnd)[1];

  // The officer's own text, segmented as a letter (as 'txt', so segmentLetter does not come back here);
  // it is a prefix of the body, so offsets and segment texts stay true to the whole.
  const own: Document = {
    ...document,
    format: 'txt',
    text: text.slice(0, ownEnd),
    blocks: document.blocks.filter((b) => b.start < ownEnd).map((b) => ({ ...b, end: Math.min(b.end, ownEnd) })),
  };
  const parts = segmentLetter(own);

  findGreeting(document, parts, ownEnd);

  if (delimiter !== undefined) {
    const [start, end] = trimmed(text, delimiter + text.slice(delimiter).indexOf('\n') + 1, newEnd);
    if (end > start && !parts.signature) {
      parts.signature = describeEmailSignature(segment(document, 'signature', start, end));
      parts.segments.push(parts.signature);
    }
  }
  if (disclaimerStart !== undefined) {
    const [start, end] = trimmed(text, disclaimerStart, quoteStart);
    parts.disclaimer = segment(document, 'disclaimer', start, end);
    parts.segments.push(parts.disclaimer);
  }
  if (quoteStart < text.length) {
    const [start, end] = trimmed(text, quoteStart, text.length);
    parts.quoted = segment(document, 'quoted', start, end);
    parts.segments.push(parts.quoted);
  }
  // With no new text (a bare forward), an empty body keeps the prose rules from falling back to the whole text.
  parts.body ??= segment(document, 'body', 0, 0);
  parts.segments.sort((a, b) => a.start - b.start);
  return parts;
}

/** "Hi Sam" or "Hello Mrs Patel" as the first line: the salutation, and the body starts after it. */
function findGreeting(document: Document, parts: LetterParts, ownEnd: number): void {
  if (parts.salutation) return;
  const text = document.text;
  const first = linesOf(text.slice(0, ownEnd)).find((l) => l.text);
  if (!first) return;
  const hello = EMAIL_GREETING.exec(first.text);
  if (!hello) return;
  const greeting = hello[2]!.split(/[,;:!?]/)[0]!.trim();
  if (greeting.split(/\s+/).length > 4) return;
  const nameStart = first.start + first.text.indexOf(greeting, hello[1]!.length);
  const salutation: NonNullable<LetterParts['salutation']> = {
    ...segment(document, 'salutation', first.start, first.end),
    impersonal: isImpersonalGreeting(greeting) || /^(?:all|everyone|there|team)$/i.test(greeting),
    name: greeting,
    nameStart,
    nameEnd: nameStart + greeting.length,
  };
  const parsed = salutation.impersonal ? undefined : parseName(greeting);
  if (parsed?.title) salutation.title = parsed.title;
  if (parsed?.surname) salutation.surname = parsed.surname;
  if (parsed?.forename) salutation.forename = parsed.forename;
  parts.salutation = salutation;
  parts.isLetter = true;
  // Everything between the greeting and the sign-off is body: an email has no letterhead or address block.
  const bodyEnd = parts.signoff?.start ?? ownEnd;
  const [start, end] = trimmed(text, first.end, bodyEnd);
  parts.segments = parts.segments.filter((s) => s.start >= bodyEnd);
  for (const key of ['letterhead', 'addressee', 'date', 'references', 'subject', 'body'] as const) {
    const part = parts[key];
    if (part && (Array.isArray(part) ? part.some((p) => p.start < bodyEnd) : part.start < bodyEnd)) delete parts[key];
  }
  parts.segments.push(salutation);
  if (end > start) {
    parts.body = segment(document, 'body', start, end);
    parts.segments.push(parts.body);
  }
}

function describeEmailSignature(signature: Segment): NonNullable<LetterParts['signature']> {
  const lines = signature.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const described: NonNullable<LetterParts['signature']> = { ...signature };
  const name = lines[0];
  if (name && parseName(name)) {
    described.name = name;
    const title = lines[1];
    if (title && !/@|\d|^(?:tel|phone|e-?mail|direct|mobile|web)\b/i.test(title)) described.jobTitle = title;
  }
  return described;
}
