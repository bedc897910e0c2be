import { posix } from 'node:path';
import type { Entry } from 'yauzl';
import type { Block, Document, DocumentComment, DocumentMetadata, DocumentPart, HiddenText } from '../types.js';
import type { ParagraphFormatting, RunFormatting } from '../template/formatting-types.js';
import { StylesPartReader, StyleSheet, ThemePartReader, withoutLatentStyles, type EffectiveRun } from './docx-styles.js';
import { LoadError } from './errors.js';
import { createPartParser, localName, type SaxesTagPlain, type XmlHandler } from './ooxml-xml.js';
import { CommentsPartReader, WordPartReader, type ParagraphFormattingRecord, type CommentMark, type CommentRecord, type ParagraphRecord, type ParagraphSource, type PartReference } from './ooxml-text.js';
import { ENCRYPTED_MESSAGE, openZip, readEntryText, XmlBudget, type OpenedZip } from './zip.js';

const MAIN_PART = 'word/document.xml';
const MAIN_RELATIONSHIPS = 'word/_rels/document.xml.rels';
const CORE_PROPERTIES = 'docProps/core.xml';
const STYLES_PART = 'word/styles.xml';
const THEME_PART = 'word/theme/theme1.xml';

/** Compound File Binary: Word 97-2003 files, and encrypted .docx wrapped by Office. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Office stores an encrypted .docx in a CFB beside a stream with this name (UTF-16LE in the directory). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Reads a .docx: the zip with yauzl, each WordprocessingML part streamed
 * through saxes (no DOM), into one line per paragraph: headers, then the
 * body (tables and text boxes in place), then footers. Word comments go to
 * Document.comments, anchored on offsets of that text; their own text stays
 * out of it, so no rule checks a reviewer's remarks.
 */
export async function loadDocx(path: string, bytes: Uint8Array): Promise<Document> {
  return (await readDocx(path, bytes, undefined)).document;
}

/** A part's XML as the loader parsed it, kept for the writers. */
export interface PartXml {
  name: string;
  xml: string;
  /** The prefix the part binds to the WordprocessingML namespace ('' for the default namespace). */
  wordPrefix: string;
}

/** Where the text of a loaded .docx came from: its parts' XML and each paragraph's runs. */
export interface DocxSources {
  /** Parts whose paragraphs made the text, by entry name. */
  parts: Map<string, PartXml>;
  /** Paragraphs in the order of Document.text, each with its offset there. */
  paragraphs: ParagraphSource[];
}

/**
 * Loads a .docx and records where every run of its text sits in the XML, for
 * writing a copy with comments or tracked changes. It keeps the Word parts'
 * XML in memory, so only the writers call it; loadDocx records nothing.
 */
export async function loadDocxWithSources(path: string, bytes: Uint8Array): Promise<{ document: Document; sources: DocxSources }> {
  const sources: DocxSources = { parts: new Map(), paragraphs: [] };
  const { document, paragraphs } = await readDocx(path, bytes, sources.parts);
  sources.paragraphs = paragraphs;
  return { document, sources };
}

async function readDocx(
  path: string,
  bytes: Uint8Array,
  keptParts: Map<string, PartXml> | undefined,
): Promise<{ document: Document; paragraphs: ParagraphSource[] }> {
  if (bytes.length === 0) throw new LoadError('empty', 'the file is empty');
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  refuseCompoundFile(buffer);

  const zip = await openZip(buffer, 'not a .docx file (it is not a zip archive)');
  const { entries } = zip;
  const mainEntry = entries.get(MAIN_PART);
  if (!mainEntry) throw new LoadError('not-a-document', 'not a Word document: the archive has no word/document.xml');
  const budget = new XmlBudget();

  const relationships = readPart(zip, entries.get(MAIN_RELATIONSHIPS), budget, new RelationshipReader('word/'));
  const styles = readStyleSheet(zip, relationships, budget);
  const body = readPart(zip, mainEntry, budget, new WordPartReader('body', styles), keptParts);
  const headers = readHeadersOrFooters('header', body.references, relationships.targets, zip, budget, keptParts, styles);
  const footers = readHeadersOrFooters('footer', body.references, relationships.targets, zip, budget, keptParts, styles);
  const core = readPart(zip, entries.get(CORE_PROPERTIES.toLowerCase()), budget, new CorePropertiesReader());
  const commentsTarget = relationships.comments;
  const comments = commentsTarget === undefined ? undefined : readPart(zip, entries.get(commentsTarget.toLowerCase()), budget, new CommentsPartReader()).comments;

  const paragraphs: ParagraphSource[] = [];
  const anchors = new Map<string, CommentAnchor>();
  const document = assemble(path, [headers, [body.paragraphs], footers], core.metadata, keptParts ? paragraphs : undefined, anchors);
  const normal = styles.normalRun();
  document.formatting!.normal = { font: normal.font, sizePt: normal.sizePt };
  if (!/\S/.test(document.text)) throw new LoadError('empty', 'the document has no text');
  if (comments && comments.length > 0) document.comments = comments.map((comment) => placeComment(comment, anchors.get(comment.id)));
  return { document, paragraphs };
}

/**
 * The document's styles and its theme's fonts, each part parsed once: every
 * run of the body, headers and footers is resolved against them.
 */
export function readStyleSheet(zip: OpenedZip, relationships: RelationshipReader, budget: XmlBudget): StyleSheet {
  const entry = (target: string | undefined, fallback: string) => zip.entries.get((target ?? fallback).toLowerCase());
  const sheet = new StyleSheet(() => readPart(zip, entry(relationships.theme, THEME_PART), budget, new ThemePartReader()).fonts);
  const styles = entry(relationships.styles, STYLES_PART);
  if (styles) {
    const parser = createPartParser(styles.fileName, new StylesPartReader(sheet));
    readEntryText(zip, styles, budget, (text) => parser.write(withoutLatentStyles(text)));
    parser.close();
  }
  return sheet;
}

/** Refuses Word 97-2003 files and password-protected packages, both Compound File Binary. */
export function refuseCompoundFile(buffer: Buffer): void {
  if (buffer.length < CFB_SIGNATURE.length || !buffer.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) return;
  if (buffer.includes(ENCRYPTION_INFO)) throw new LoadError('encrypted', ENCRYPTED_MESSAGE);
  throw new LoadError('not-a-document', 'a Word 97-2003 .doc file: save it as .docx');
}

/** Parses one part; with `keptParts`, a Word part's reader also records its sources and the XML is kept. */
export function readPart<H extends XmlHandler>(zip: OpenedZip, entry: Entry | undefined, budget: XmlBudget, handler: H, keptParts?: Map<string, PartXml>): H {
  if (!entry) return handler;
  const parser = createPartParser(entry.fileName, handler);
  readEntryText(zip, entry, budget, (text) => {
    if (keptParts && handler instanceof WordPartReader) {
      handler.recordSources(entry.fileName, text, () => parser.position());
      keptParts.set(entry.fileName, { name: entry.fileName, xml: text, wordPrefix: '' });
    }
    parser.write(text);
  });
  parser.close();
  const kept = keptParts?.get(entry.fileName);
  if (kept && handler instanceof WordPartReader) kept.wordPrefix = handler.prefix;
  return handler;
}

/**
 * Headers (or footers) in the order a reader meets them: each section's
 * default one first, then first-page and even-page ones; a part whose text
 * repeats one already taken (the same letterhead on the first page) is left out.
 */
function readHeadersOrFooters(
  kind: 'header' | 'footer',
  references: PartReference[],
  targets: Map<string, string>,
  zip: OpenedZip,
  budget: XmlBudget,
  keptParts: Map<string, PartXml> | undefined,
  styles: StyleSheet,
): ParagraphRecord[][] {
  const rank = (type: string) => (type === 'default' ? 0 : type === 'first' ? 1 : 2);
  const ordered = references
    .map((reference, index) => ({ reference, index }))
    .filter(({ reference }) => reference.kind === kind)
    .sort((a, b) => rank(a.reference.type) - rank(b.reference.type) || a.index - b.index);
  const parts: ParagraphRecord[][] = [];
  const seenParts = new Set<string>();
  const seenTexts = new Set<string>();
  for (const { reference } of ordered) {
    const target = targets.get(reference.relationshipId);
    const entry = target === undefined ? undefined : zip.entries.get(target.toLowerCase());
    if (!entry) continue;
    // Byte-identical parts (same checksum and size) hold the same text: skip them unread.
    const identity = `${entry.crc32}:${entry.uncompressedSize}`;
    if (seenParts.has(entry.fileName) || seenParts.has(identity)) continue;
    seenParts.add(entry.fileName).add(identity);
    const reader = readPart(zip, entry, budget, new WordPartReader(kind, styles), keptParts);
    const text = reader.paragraphs.map((p) => p.text).join('\n');
    if (!/\S/.test(text) || seenTexts.has(text)) continue;
    seenTexts.add(text);
    parts.push(reader.paragraphs);
  }
  return parts;
}

/**
 * Joins the parts' paragraphs into one text. A blank line separates parts
 * (letterhead from addressee, signature from footer), as a reader sees them.
 */
function assemble(path: string, groups: ParagraphRecord[][][], metadata: DocumentMetadata, sources: ParagraphSource[] | undefined, anchors: Map<string, CommentAnchor>): Document {
  const lines: string[] = [];
  const blocks: Block[] = [];
  const formatting: ParagraphFormatting[] = [];
  const hidden: HiddenText[] = [];
  let offset = 0;
  let bodyNumber = 0;
  const push = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  for (const parts of groups) {
    for (const paragraphs of parts) {
      if (lines.length > 0 && lines[lines.length - 1]!.trim() !== '' && paragraphs[0]?.text.trim() !== '') push('');
      let partNumber = 0;
      for (const paragraph of paragraphs) {
        const inBody = paragraph.part !== 'header' && paragraph.part !== 'footer';
        const number = inBody ? ++bodyNumber : ++partNumber;
        if (/\S/.test(paragraph.text)) {
          const block: Block = { start: offset, end: offset + paragraph.text.length, paragraph: number, part: paragraph.part };
          if (paragraph.heading) block.heading = true;
          if (paragraph.style) block.style = paragraph.style;
          if (paragraph.formatting) formatting.push(placeFormatting(paragraph.formatting, blocks.length, offset));
          blocks.push(block);
        }
        if (paragraph.hidden) for (const piece of paragraph.hidden) hidden.push({ offset: offset + piece.offset, text: piece.text, part: paragraph.part });
        if (sources && paragraph.source) {
          paragraph.source.textStart = offset;
          sources.push(paragraph.source);
        }
        if (paragraph.commentMarks) addCommentMarks(anchors, paragraph.commentMarks, offset, paragraph.part);
        push(paragraph.text);
      }
    }
  }
  const document: Document = { path, format: 'docx', text: lines.join('\n'), blocks, metadata, formatting: { paragraphs: formatting } };
  if (hidden.length > 0) document.hidden = hidden;
  return document;
}

/** A paragraph's formatting with its runs placed in Document.text; neighbouring runs formatted alike are merged. */
function placeFormatting(record: ParagraphFormattingRecord, block: number, offset: number): ParagraphFormatting {
  const paragraph: ParagraphFormatting = { block, runs: [] };
  const { style } = record;
  if (style.id !== undefined) paragraph.styleId = style.id;
  if (style.name !== undefined) paragraph.styleName = style.name;
  if (record.alignment !== undefined) paragraph.alignment = record.alignment;
  if (record.headingLevel !== undefined) paragraph.headingLevel = record.headingLevel;
  if (record.background !== undefined) paragraph.background = record.background;
  let previous: EffectiveRun | undefined;
  for (const { start, end, run } of record.runs) {
    const last = paragraph.runs[paragraph.runs.length - 1];
    if (last && previous && last.end === offset + start && sameRun(previous, run)) {
      last.end = offset + end;
      continue;
    }
    const placed: RunFormatting = { start: offset + start, end: offset + end, font: run.font, sizePt: run.sizePt };
    if (run.bold) placed.bold = true;
    if (run.italic) placed.italic = true;
    if (run.underline) placed.underline = true;
    if (run.caps) placed.caps = true;
    if (run.color !== undefined) placed.color = run.color;
    if (run.background !== undefined) placed.background = run.background;
    paragraph.runs.push(placed);
    previous = run;
  }
  return paragraph;
}

function sameRun(a: EffectiveRun, b: EffectiveRun): boolean {
  return (
    a === b ||
    (a.font === b.font && a.sizePt === b.sizePt && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.caps === b.caps && a.color === b.color && a.background === b.background)
  );
}

/** Where a comment's marks sit in Document.text, each kind's first occurrence. */
interface CommentAnchor {
  start?: { offset: number; part: DocumentPart };
  end?: { offset: number; part: DocumentPart };
  reference?: { offset: number; part: DocumentPart };
}

function addCommentMarks(anchors: Map<string, CommentAnchor>, marks: CommentMark[], paragraphStart: number, part: DocumentPart): void {
  for (const mark of marks) {
    let anchor = anchors.get(mark.id);
    if (!anchor) anchors.set(mark.id, (anchor = {}));
    anchor[mark.kind] ??= { offset: paragraphStart + mark.offset, part };
  }
}

/**
 * A comment with its range: from its range start to its range end, or at its
 * reference when a mark is missing; at 0 and flagged unanchored when the
 * document has no mark for it (or only in a header or footer left out as a repeat).
 */
function placeComment(record: CommentRecord, anchor: CommentAnchor | undefined): DocumentComment {
  const first = anchor?.start ?? anchor?.reference ?? anchor?.end;
  const last = anchor?.end ?? anchor?.reference ?? anchor?.start;
  const comment: DocumentComment = { ...record, start: 0, end: 0, part: 'body' };
  if (!first || !last) {
    comment.unanchored = true;
    return comment;
  }
  comment.start = Math.min(first.offset, last.offset);
  comment.end = Math.max(first.offset, last.offset);
  comment.part = first.part;
  return comment;
}

const COMMENTS_RELATIONSHIP = '/relationships/comments';
const STYLES_RELATIONSHIP = '/relationships/styles';
const THEME_RELATIONSHIP = '/relationships/theme';

/** Reads a .rels part into relationship id → part name (internal targets only), and the comments, styles and theme parts' names. */
export class RelationshipReader implements XmlHandler {
  readonly targets = new Map<string, string>();
  /** The comments part (word/comments.xml), when the document has one. */
  comments: string | undefined;
  styles: string | undefined;
  theme: string | undefined;

  constructor(private readonly baseFolder: string) {}

  opentag(tag: SaxesTagPlain): void {
    if (localName(tag.name) !== 'Relationship') return;
    const { Id: id, Target: target, TargetMode: mode } = tag.attributes;
    if (!id || !target || mode === 'External') return;
    // Targets are relative to the source part's folder, or absolute from the package root.
    const resolved = target.startsWith('/') ? posix.normalize(target).slice(1) : posix.normalize(posix.join(this.baseFolder, target));
    this.targets.set(id, resolved);
    // Transitional and Strict relationship types both end so.
    const type = tag.attributes.Type;
    if (type?.endsWith(COMMENTS_RELATIONSHIP) && this.comments === undefined) this.comments = resolved;
    else if (type?.endsWith(STYLES_RELATIONSHIP) && this.styles === undefined) this.styles = resolved;
    else if (type?.endsWith(THEME_RELATIONSHIP) && this.theme === undefined) this.theme = resolved;
  }

  closetag(): void {}
  text(): void {}
}

const CORE_FIELDS = new Map<string, keyof DocumentMetadata>([
  ['creator', 'author'],
  ['lastModifiedBy', 'lastModifiedBy'],
  ['title', 'title'],
  ['created', 'created'],
  ['modified', 'modified'],
]);

/** Reads docProps/core.xml: Dublin Core and OPC core properties, one level deep. */
class CorePropertiesReader implements XmlHandler {
  readonly metadata: DocumentMetadata = {};
  private depth = 0;
  private field: keyof DocumentMetadata | undefined;
  private value = '';

  opentag(tag: SaxesTagPlain): void {
    this.depth++;
    if (this.depth === 2) {
      this.field = CORE_FIELDS.get(localName(tag.name));
      this.value = '';
    }
  }

  closetag(): void {
    if (this.depth === 2 && this.field) {
      const value = this.value.trim();
      if (value) this.metadata[this.field] = value;
      this.field = undefined;
    }
    this.depth--;
  }

  text(text: string): void {
    if (this.field) this.value += text;
  }
}
