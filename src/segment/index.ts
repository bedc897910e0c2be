import type { Block, Document, DocumentPart, LetterParts, Segment, SegmentType } from '../types.js';
import { isImpersonalGreeting, parseName } from './names.js';
import { segmentEmail } from './email.js';
import {
  ORGANISATION,
  POSTCODE_AT_END,
  SALUTATION,
  SUBJECT_PREFIX,
  TO_WHOM,
  isDateLine,
  labelledCells,
  matchReference,
  matchSignoff,
} from './patterns.js';

export { parseName, foldName, isImpersonalGreeting, TITLES_OF_OFFICE } from './names.js';
export { matchSignoff, signoffFamily } from './patterns.js';

/** One line of Document.text with its trimmed extent and the part of the source it came from. */
interface Line {
  index: number;
  /** Offsets of the text without leading and trailing white space. */
  start: number;
  end: number;
  text: string;
  blank: boolean;
  part: DocumentPart;
  /** A Markdown heading or a .docx heading style. */
  heading: boolean;
}

type Role = SegmentType | 'blank';

function blockAt(blocks: Block[], offset: number): Block | undefined {
  let low = 0;
  let high = blocks.length - 1;
  let found: Block | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = blocks[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function splitLines(document: Document): Line[] {
  const lines: Line[] = [];
  const text = document.text;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = lineStart + lead;
    const block = trimmed ? blockAt(document.blocks, start) : undefined;
    const part = block && start < block.end ? block.part : 'body';
    const heading = Boolean(block && start < block.end && block.heading);
    // "Our ref: CT/118⇥Date: 14 March 2026": each label/value pair of a tabbed heading line is a line of its own.
    const cells = labelledCells(trimmed) ?? [{ start: 0, end: trimmed.length }];
    for (const cell of cells) {
      lines.push({
        index: lines.length,
        start: start + cell.start,
        end: start + cell.end,
        text: trimmed.slice(cell.start, cell.end),
        blank: trimmed.length === 0,
        part,
        heading,
      });
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** A line that reads as a sentence of prose rather than an address or a heading. */
function isProse(line: Line): boolean {
  const words = line.text.split(/\s+/).length;
  return words >= 8 && /[.!?:]["”’)]?$/.test(line.text);
}

/** Short, no closing full stop: a line of an address, a signature or a heading. */
function isShortLine(line: Line): boolean {
  return !line.blank && line.text.length <= 80 && line.text.split(/\s+/).length <= 12 && !/[.!?]$/.test(line.text.replace(/\b(?:[A-Z]|Ltd|Rd|St|Ave)\.$/, ''));
}

function isSubjectHeading(line: Line, next: Line | undefined, format: Document['format']): boolean {
  if (SUBJECT_PREFIX.test(line.text)) return true;
  if (!isShortLine(line) || line.text.length > 90 || /[,;:]$/.test(line.text)) return false;
  if (/@|^(?:tel|email|phone)\b/i.test(line.text)) return false;
  // In a text file a heading is its own paragraph; a .docx paragraph is a line already.
  return format === 'docx' || !next || next.blank;
}

/** The line where a name-and-address block starts, scanning one run of non-blank header lines. */
function findAddressee(lines: Line[], roles: Role[], from: number, to: number): { start: number; end: number } | undefined {
  const runs: Array<{ start: number; end: number }> = [];
  let i = from;
  while (i < to) {
    if (lines[i]!.blank || roles[i] !== 'letterhead') {
      i++;
      continue;
    }
    let j = i;
    while (j < to && !lines[j]!.blank && roles[j] === 'letterhead') j++;
    runs.push({ start: i, end: j });
    i = j;
  }
  // A name line with a title ("Mrs A Patel", "The Occupier") opens the block; one whose address
  // reaches a postcode wins over a stray name in the letterhead ("Director: Mr J Smith").
  const named: Array<{ start: number; end: number; postcode: boolean; letterhead: boolean }> = [];
  for (const run of runs) {
    for (let k = run.start; k < run.end; k++) {
      const text = lines[k]!.text;
      const personal = parseName(text, { requireTitle: true }) !== undefined || /^(?:the\s+)?(?:occupiers?|residents?|householders?|owners?|tenants?|homeowners?|proprietor)$/i.test(text);
      if (!personal) continue;
      let end = k + 1;
      while (end < run.end && isShortLine(lines[end]!) && !POSTCODE_AT_END.test(lines[end - 1]!.text)) end++;
      named.push({ start: k, end, postcode: POSTCODE_AT_END.test(lines[end - 1]!.text), letterhead: ORGANISATION.test(lines[run.start]!.text) && k > run.start });
    }
  }
  const best = named.find((n) => n.postcode && !n.letterhead) ?? named.find((n) => n.postcode) ?? named[0];
  if (best) return { start: best.start, end: best.end };
  // Otherwise a block that ends in a postcode and is not the sender's own address.
  const withPostcode = runs.filter((run) => run.end - run.start >= 2 && run.end - run.start <= 8 && POSTCODE_AT_END.test(lines[run.end - 1]!.text));
  const candidates = withPostcode.filter((run, n) => !(n === 0 && run === runs[0] && ORGANISATION.test(lines[run.start]!.text)) && !ORGANISATION.test(lines[run.start]!.text));
  const chosen = candidates.length > 0 ? candidates[0] : withPostcode.length >= 2 ? withPostcode[1] : undefined;
  if (!chosen) return undefined;
  const first = lines[chosen.start]!;
  if (!parseName(first.text)) return undefined;
  return chosen;
}

/** One-line notes that sit above the salutation but say how the letter was sent, not what it is about. */
const HANDLING_NOTE =
  /^(?:(?:private|personal|strictly)(?:\s*(?:&|and)\s*|\s+)(?:private|personal|confidential)|private|personal|confidential|urgent|important)\W*$|^(?:without\s+prejudice|(?:sent|delivered)\s+by|by\s+(?:e-?mail|post|hand|recorded|special|first)|hand\s+delivered|recorded\s+delivery|special\s+delivery|first\s+class|f\.?a\.?o\b|for\s+the\s+attention|attn?\b|addressee\s+only|(?:b?cc|copy)\b)/i;

/**
 * A heading on its own just above "Dear …", after the address, date or
 * references: the subject. The traditional British layout puts the subject
 * heading after the salutation, but many councils' templates (like
 * solicitors' letters, with their "Re:" lines, which count already) put it
 * above, where it is just as plain to the reader; so both places count.
 * Only a single line set apart from the lines above it counts, so the last
 * line of an address without a postcode, or a "Private and confidential" or
 * "By email only" note, is not taken for one.
 */
function subjectAboveSalutation(lines: Line[], roles: Role[], salutation: number): number | undefined {
  let i = salutation - 1;
  while (i >= 0 && lines[i]!.blank) i--;
  const line = lines[i];
  if (!line || line.part !== 'body' || roles[i] !== 'letterhead' || line.heading) return undefined;
  let p = i - 1;
  const setApart = p >= 0 && lines[p]!.blank;
  while (p >= 0 && lines[p]!.blank) p--;
  const anchor = p >= 0 ? roles[p] : undefined;
  // Its own paragraph: a blank line above it, or (a .docx has a line per paragraph) the date, references or address right above.
  if (!setApart && anchor !== 'date' && anchor !== 'references' && anchor !== 'addressee') return undefined;
  // The header's own parts come first, so the line is not the letterhead itself.
  if (!roles.slice(0, i).some((r) => r === 'addressee' || r === 'date' || r === 'references')) return undefined;
  const text = line.text;
  if (!isShortLine(line) || text.length > 90 || text.split(/\s+/).length < 2 || /[,;:]$/.test(text)) return undefined;
  if (/@|www\.|https?:|(?:\+44\s?|\b0)\d{2,4}\s?\d{3}\s?\d{3,4}\b/i.test(text) || POSTCODE_AT_END.test(text) || HANDLING_NOTE.test(text)) return undefined;
  if (/\b(?:council|services|department|team|directorate)$/i.test(text) || parseName(text, { requireTitle: true })) return undefined;
  // "Anita Patel" above "Dear Mrs Patel": a one-line address, not a subject.
  const dear = SALUTATION.exec(lines[salutation]!.text);
  const names = dear ? greetingOf(dear[2]!).split(/\s+/).filter((w) => /^[A-Z][a-z'’-]{2,}$/.test(w) && !isImpersonalGreeting(w)) : [];
  if (names.some((name) => new RegExp(`\\b${name}\\b`).test(text))) return undefined;
  return i;
}

/** The name part of "Dear Mrs Patel, thank you for …": up to the first comma. */
function greetingOf(afterDear: string): string {
  return afterDear.split(/[,;:!?]/)[0]!.trim();
}

/** A line right after a label with no value ("Our ref:" in one table cell, the value in the next). */
function isValueOfBareLabel(lines: Line[], roles: Role[], index: number): boolean {
  const previous = lines[index - 1];
  if (!previous || previous.blank || roles[previous.index] !== 'references') return false;
  const label = matchReference(previous.text);
  return label !== undefined && label.value === '' && isShortLine(lines[index]!);
}

function makeSegment(document: Document, type: SegmentType, start: number, end: number): Segment {
  return { type, start, end, text: document.text.slice(start, end) };
}

/** Consecutive lines of one role become one segment; blank lines inside a run are kept. */
function segmentsOf(document: Document, lines: Line[], roles: Role[]): Segment[] {
  const segments: Segment[] = [];
  let current: { type: SegmentType; first: Line; last: Line } | undefined;
  for (const line of lines) {
    const role = roles[line.index]!;
    if (role === 'blank') continue;
    const gap = lines.slice(current ? current.last.index + 1 : 0, line.index);
    // Reference lines join only when adjacent; other parts run on across blank lines.
    if (current && current.type === role && gap.every((l) => l.blank) && (role !== 'references' || gap.length === 0)) {
      current.last = line;
      continue;
    }
    if (current) segments.push(makeSegment(document, current.type, current.first.start, current.last.end));
    current = { type: role, first: line, last: line };
  }
  if (current) segments.push(makeSegment(document, current.type, current.first.start, current.last.end));
  return segments;
}

/** In template mode merge fields («Title» «Surname») stand for the names in the salutation, address and signature. */
export interface SegmentOptions {
  templateMode?: boolean;
}

/**
 * Finds the parts of a letter: letterhead, addressee, date, references,
 * salutation, subject, body, sign-off, signature and footer. Line based, so
 * it works alike on .txt (blank-line paragraphs), .md and .docx (a line per
 * paragraph, with the Word header and footer marked on the blocks). A
 * document with no letter parts (a leaflet) is all body.
 */
export function segmentLetter(document: Document, options: SegmentOptions = {}): LetterParts {
  if (document.format === 'eml') return segmentEmail(document, segmentLetter);
  const lines = splitLines(document);
  const roles: Role[] = lines.map((l) => (l.blank ? 'blank' : l.part === 'header' ? 'letterhead' : l.part === 'footer' ? 'footer' : 'body'));
  const main = lines.filter((l) => !l.blank && l.part !== 'header' && l.part !== 'footer');
  const parts: LetterParts = { segments: [] };
  const firstMain = main[0];
  if (!firstMain) return finish(document, lines, roles, parts, options.templateMode === true);

  // Salutation: the first short "Dear …" line (or "To whom it may concern").
  let salutationLine: Line | undefined;
  for (const line of main) {
    const dear = SALUTATION.exec(line.text);
    if ((dear && greetingOf(dear[2]!).split(/\s+/).length <= 6) || TO_WHOM.test(line.text)) {
      salutationLine = line;
      break;
    }
  }

  // Sign-off: the last closing phrase after the salutation.
  let signoffLine: Line | undefined;
  for (let n = main.length - 1; n >= 0; n--) {
    const line = main[n]!;
    if (salutationLine && line.index <= salutationLine.index) break;
    const signoff = matchSignoff(line.text);
    if (!signoff) continue;
    if (signoff.kind === 'thanks') {
      const next = main[n + 1];
      if (!next || !parseName(next.text)) continue;
    }
    signoffLine = line;
    break;
  }

  // Header region: everything before the salutation; without one, the blocks at the top before the first prose.
  const firstProse = main.find(isProse)?.index ?? lines.length;
  const candidateEnd = salutationLine ? salutationLine.index : Math.min(firstProse, signoffLine?.index ?? lines.length);
  for (let i = 0; i < candidateEnd; i++) {
    const line = lines[i]!;
    if (line.blank || line.part === 'footer') continue;
    if (isDateLine(line.text)) roles[i] = 'date';
    else if (line.part !== 'header' && SUBJECT_PREFIX.test(line.text)) roles[i] = 'subject';
    else if (matchReference(line.text) && (line.part !== 'header' || /\bref/i.test(line.text))) roles[i] = 'references';
    else if (isValueOfBareLabel(lines, roles, i)) roles[i] = 'references';
    else roles[i] = 'letterhead';
  }
  // A heading above the salutation ("## Your repairs appointment") is the subject, unless it names the sender.
  if (!roles.includes('subject')) {
    const heading = lines.find((l) => l.index < candidateEnd && l.heading && l.part === 'body' && roles[l.index] === 'letterhead');
    if (heading && !/\b(?:council|services|department|team|directorate)$/i.test(heading.text)) roles[heading.index] = 'subject';
  }
  const addressee = findAddressee(lines, roles, 0, candidateEnd);
  if (addressee) for (let i = addressee.start; i < addressee.end; i++) if (!lines[i]!.blank) roles[i] = 'addressee';
  if (salutationLine && !roles.includes('subject')) {
    const above = subjectAboveSalutation(lines, roles, salutationLine.index);
    if (above !== undefined) roles[above] = 'subject';
  }
  let headerEnd = candidateEnd;
  if (!salutationLine) {
    // Without a salutation the header ends after its last address, date, reference or "Re:" line.
    headerEnd = firstMain.index;
    for (let i = 0; i < candidateEnd; i++) {
      const role = roles[i];
      if (lines[i]!.part === 'body' && (role === 'addressee' || role === 'date' || role === 'references' || role === 'subject')) headerEnd = i + 1;
    }
    if (!addressee && !(roles.includes('date') && roles.includes('references')) && !roles.includes('subject')) headerEnd = firstMain.index;
    for (let i = headerEnd; i < candidateEnd; i++) if (!lines[i]!.blank && lines[i]!.part === 'body') roles[i] = 'body';
    if (headerEnd === firstMain.index) for (let i = 0; i < candidateEnd; i++) if (!lines[i]!.blank && lines[i]!.part === 'body') roles[i] = 'body';
  }

  let bodyStart = headerEnd;
  if (salutationLine) {
    roles[salutationLine.index] = 'salutation';
    bodyStart = salutationLine.index + 1;
  }
  const bodyLimit = signoffLine ? signoffLine.index : lines.length;
  // Subject: a short heading right after the salutation (or the first line of the body when there is none).
  const afterHeader = main.find((l) => l.index >= bodyStart && l.index < bodyLimit);
  const subjectFound = roles.includes('subject');
  if (afterHeader && (salutationLine || roles.slice(0, headerEnd).some((r) => r !== 'blank' && r !== 'body'))) {
    const next = lines[afterHeader.index + 1];
    const laterProse = main.some((l) => l.index > afterHeader.index && l.index < bodyLimit);
    const heading = subjectFound ? SUBJECT_PREFIX.test(afterHeader.text) : isSubjectHeading(afterHeader, next, document.format);
    if (laterProse && heading && !matchSignoff(afterHeader.text)) {
      roles[afterHeader.index] = 'subject';
      bodyStart = afterHeader.index + 1;
    }
  }

  if (signoffLine) {
    roles[signoffLine.index] = 'signoff';
    // Signature: the first paragraph after the gap for a wet signature; footer: everything after it.
    let i = signoffLine.index + 1;
    while (i < lines.length && (lines[i]!.blank || lines[i]!.part === 'header' || lines[i]!.part === 'footer')) i++;
    let inSignature = true;
    let started = false;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.part === 'header' || line.part === 'footer') continue;
      if (line.blank) {
        if (started) inSignature = false;
        continue;
      }
      started = true;
      if (inSignature && document.format === 'docx' && !isShortLine(line) && !/@|\d/.test(line.text)) inSignature = false;
      roles[i] = inSignature ? 'signature' : 'footer';
    }
  }

  parts.isLetter = Boolean(salutationLine || signoffLine || addressee || (roles.includes('date') && roles.includes('references')));
  if (!parts.isLetter) {
    // Not a letter (a leaflet, a note): all of its prose is body.
    for (const line of main) roles[line.index] = 'body';
  }
  return finish(document, lines, roles, parts, options.templateMode === true);
}

function finish(document: Document, lines: Line[], roles: Role[], parts: LetterParts, fields: boolean): LetterParts {
  parts.segments = segmentsOf(document, lines, roles);
  // The body is one span from its first to its last line, so prose analysis sees it whole.
  const bodyLines = lines.filter((l) => roles[l.index] === 'body');
  if (bodyLines.length > 0) {
    parts.body = makeSegment(document, 'body', bodyLines[0]!.start, bodyLines[bodyLines.length - 1]!.end);
  }
  parts.isLetter ??= false;
  for (const segment of parts.segments) {
    switch (segment.type) {
      case 'salutation':
        parts.salutation = describeSalutation(segment, fields);
        break;
      case 'signoff': {
        const phrase = matchSignoff(segment.text);
        parts.signoff = { ...segment, phraseEnd: segment.start + (phrase?.phrase.length ?? segment.text.length) };
        break;
      }
      case 'signature':
        parts.signature ??= describeSignature(segment, fields);
        break;
      case 'addressee':
        parts.addressee ??= describeAddressee(segment, fields);
        break;
      case 'subject':
        parts.subject ??= segment;
        break;
      case 'letterhead':
        parts.letterhead ??= segment;
        break;
      case 'date':
        parts.date ??= segment;
        break;
      case 'footer':
        parts.footer ??= segment;
        break;
      case 'references':
        break;
      case 'body':
        break;
    }
  }
  const references: NonNullable<LetterParts['references']> = [];
  for (const line of lines) {
    if (roles[line.index] !== 'references') continue;
    const reference = matchReference(line.text);
    const previous = references[references.length - 1];
    if (reference) references.push({ ...makeSegment(document, 'references', line.start, line.end), ...reference });
    else if (previous) {
      // The value cell of a two-column table: "Our ref:" | "04417-2026".
      Object.assign(previous, makeSegment(document, 'references', previous.start, line.end), { value: line.text });
    }
  }
  if (references.length > 0) parts.references = references;
  // The segment list carries the one body span, not its pieces.
  parts.segments = parts.segments.filter((s) => s.type !== 'body');
  if (parts.body) {
    parts.segments.push(parts.body);
    parts.segments.sort((a, b) => a.start - b.start);
  }
  return parts;
}

function describeSalutation(segment: Segment, fields: boolean): NonNullable<LetterParts['salutation']> {
  const text = segment.text;
  if (TO_WHOM.test(text)) {
    const phrase = text.replace(/\s*[,:;.!]+$/, '');
    return { ...segment, impersonal: true, name: phrase, nameStart: segment.start, nameEnd: segment.start + phrase.length };
  }
  const dear = SALUTATION.exec(text)!;
  const greeting = greetingOf(dear[2]!);
  const nameStart = segment.start + text.indexOf(greeting, dear[1]!.length);
  const salutation: NonNullable<LetterParts['salutation']> = {
    ...segment,
    impersonal: isImpersonalGreeting(greeting),
    name: greeting,
    nameStart,
    nameEnd: nameStart + greeting.length,
  };
  if (!salutation.impersonal) {
    const parsed = parseName(greeting, { fields });
    if (parsed) {
      if (parsed.title) salutation.title = parsed.title;
      if (parsed.surname) salutation.surname = parsed.surname;
      if (parsed.forename) salutation.forename = parsed.forename;
    }
  }
  return salutation;
}

function describeAddressee(segment: Segment, fields: boolean): NonNullable<LetterParts['addressee']> {
  const first = segment.text.split('\n')[0]!.trim();
  const parsed = parseName(first, { fields });
  const addressee: NonNullable<LetterParts['addressee']> = { ...segment, named: false };
  if (!parsed || (!parsed.surname && !parsed.title)) return addressee;
  addressee.named = true;
  addressee.name = parsed.name;
  if (parsed.title) addressee.title = parsed.title;
  if (parsed.surname) addressee.surname = parsed.surname;
  if (parsed.forename) addressee.forename = parsed.forename;
  return addressee;
}

function describeSignature(segment: Segment, fields: boolean): NonNullable<LetterParts['signature']> {
  const lines = segment.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const signature: NonNullable<LetterParts['signature']> = { ...segment };
  // A "pp" line or a scanned-signature note comes before the typed name.
  let n = 0;
  while (n < lines.length && /^(?:p\.?p\.?|\[signature\]|\/s\/)/i.test(lines[n]!) && !parseName(lines[n]!)) n++;
  const nameLine = lines[n];
  if (nameLine && parseName(nameLine.replace(/\s*\((?:mr|mrs|ms|miss|mx|dr)\)$/i, ''), { fields })) {
    signature.name = nameLine;
    const title = lines[n + 1];
    if (title && isJobTitle(title)) signature.jobTitle = title;
  } else if (nameLine) {
    const oneLine = nameAndJobTitle(nameLine, fields);
    if (oneLine) {
      signature.name = oneLine.name;
      // "Sam Jones, BSc" with the job title on the line below.
      const title = oneLine.jobTitle ?? lines[n + 1];
      if (title && isJobTitle(title)) signature.jobTitle = title;
    }
  }
  return signature;
}

/** A line under the name that is not a contact detail. */
function isJobTitle(text: string): boolean {
  return !/@|\d|^(?:tel|phone|e-?mail|direct|mobile|web)\b/i.test(text);
}

/** Letters after a name ("BSc (Hons)", "MRTPI"): qualifications, not a job title; "CEO" is a job. */
const POST_NOMINALS = /^(?!(?:CEO|CFO|COO|CIO|MD|PA|DPO)$)(?:(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|B\.?A|M\.?A|Ph\.?D|Dip[A-Za-z]*|\(?Hons\)?)\.?\s*)+$/;

/**
 * "Sam Jones, Council Tax Officer", "Sam Jones – Council Tax Officer": the
 * name and the job title on one line, split at the first comma, dash or bar.
 * Qualifications after the name ("Sam Jones, BSc, Planning Officer") are
 * part of the name; an organisation after it ("Sam Jones, Eastbrook
 * Council") is not a job title.
 */
function nameAndJobTitle(line: string, fields: boolean): { name: string; jobTitle?: string } | undefined {
  const split = /^(.+?)\s*(?:,|\s[-–—|]\s)\s*(\S.*)$/.exec(line);
  if (!split || !parseName(split[1]!, { fields })) return undefined;
  const rest = split[2]!.split(/\s*(?:,|\s[-–—|]\s)\s*/);
  let name = split[1]!;
  while (rest.length > 0 && POST_NOMINALS.test(rest[0]!)) name = `${name}, ${rest.shift()!}`;
  const jobTitle = rest.join(', ');
  if (!jobTitle || !isJobTitle(jobTitle) || /\b(?:council|ltd|limited|plc)$/i.test(jobTitle)) return { name };
  return { name, jobTitle };
}
