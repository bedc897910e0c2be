import type { DocumentPart } from '../types.js';
import { namespacePrefixes, prefixFor, qualify, type SaxesTagPlain, type XmlHandler } from './ooxml-xml.js';

const WORDPROCESSING_ML = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const MARKUP_COMPATIBILITY = ['http://schemas.openxmlformats.org/markup-compatibility/2006'];
const RELATIONSHIPS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

/** One paragraph as extracted, before offsets are known. */
export interface ParagraphRecord {
  text: string;
  part: DocumentPart;
  style?: string;
  heading: boolean;
  /** Where the paragraph's text sits in the XML: only when the reader records sources. */
  source?: ParagraphSource;
  /** Comment range marks and references met in the paragraph, in XML order: only when it has some. */
  commentMarks?: CommentMark[];
}

/** A w:commentRangeStart, w:commentRangeEnd or w:commentReference, placed in its paragraph's text. */
export interface CommentMark {
  id: string;
  kind: 'start' | 'end' | 'reference';
  /** Offset in the paragraph's text (soft hyphens removed) where the mark sits. */
  offset: number;
}

/** One w:comment of a comments part, its paragraphs' text joined by "\n". */
export interface CommentRecord {
  id: string;
  author?: string;
  initials?: string;
  date?: string;
  text: string;
}

/**
 * Where a paragraph's text came from in its part's XML, recorded only on
 * request (by the writers of annotated and fixed copies), so that a range of
 * Document.text can be found again in the runs that hold it.
 */
export interface ParagraphSource {
  /** Zip entry name of the part (word/document.xml, word/header1.xml). */
  partName: string;
  /** Index just past the paragraph's open tag in the part's XML. */
  openEnd: number;
  /** Index just past its close tag. */
  closeEnd: number;
  /** Open-tag end of the innermost text box content or table cell holding the paragraph; -1 in the main flow. */
  story: number;
  /** Offset of the paragraph's first character in Document.text; -1 until the document is assembled. */
  textStart: number;
  /** The paragraph's own runs, in XML order (runs of text boxes it anchors belong to their own paragraphs). */
  runs: RunSource[];
}

/** One w:r element of a recorded paragraph. */
export interface RunSource {
  /** XML range of the whole run element. */
  start: number;
  end: number;
  /** Index just past the run's open tag. */
  openEnd: number;
  /** XML range of its w:rPr, when it has one. */
  properties?: { start: number; end: number };
  /** Direct children after the properties, in order. */
  children: RunChild[];
  /** Open-tag end of the element holding the run: the paragraph, a hyperlink, a content control, a tracked change. */
  parent: number;
  /** Inside a field (between its begin and end marks, or in a simple field): its text is computed by Word. */
  inField: boolean;
  /** Inside an existing tracked insertion, deletion or move. */
  inTrackedChange: boolean;
}

/** A direct child of a run. */
export interface RunChild {
  /** XML range of the child element. */
  start: number;
  end: number;
  /** w:t; a tab or line break (one character of text); anything else (no text of its own). */
  kind: 'text' | 'char' | 'other';
  /** Decoded text of a w:t (soft hyphens included), or the character a tab or break stands for. */
  text: string;
  /** Offset of the child's first character in the paragraph's text (soft hyphens removed). */
  offset: number;
}

interface SourceRecorder {
  partName: string;
  xml: string;
  position: () => number;
  /** Open-tag end of each open element, by depth. */
  openEnds: number[];
  runs: Array<{ run: RunSource; depth: number }>;
  /** The w:t being read, and its raw offset in the paragraph text. */
  textChild: RunChild | undefined;
  rawOffsets: Map<RunChild, number>;
  stories: number[];
  fieldDepth: number;
  simpleFieldDepth: number;
  trackedDepth: number;
  names: Record<'rPr' | 'fldChar' | 'fldSimple' | 'ins' | 'del' | 'moveTo', string>;
}

/** A header or footer named by a section's properties. */
export interface PartReference {
  kind: 'header' | 'footer';
  /** default, first or even. */
  type: string;
  relationshipId: string;
}

const enum Tag {
  Paragraph,
  ParagraphProperties,
  ParagraphStyle,
  OutlineLevel,
  Run,
  Text,
  Tab,
  PositionalTab,
  Break,
  CarriageReturn,
  NoBreakHyphen,
  TableCell,
  TextBoxContent,
  SectionProperties,
  TitlePage,
  HeaderReference,
  FooterReference,
  CommentRangeStart,
  CommentRangeEnd,
  CommentReference,
  /** Content never shown in the final document: alternatives, moved-away text, old formatting. */
  Skip,
}

const WORD_TAGS: Array<[string, Tag]> = [
  ['p', Tag.Paragraph],
  ['pPr', Tag.ParagraphProperties],
  ['pStyle', Tag.ParagraphStyle],
  ['outlineLvl', Tag.OutlineLevel],
  ['r', Tag.Run],
  ['t', Tag.Text],
  ['tab', Tag.Tab],
  ['ptab', Tag.PositionalTab],
  ['br', Tag.Break],
  ['cr', Tag.CarriageReturn],
  ['noBreakHyphen', Tag.NoBreakHyphen],
  ['tc', Tag.TableCell],
  ['txbxContent', Tag.TextBoxContent],
  ['sectPr', Tag.SectionProperties],
  ['titlePg', Tag.TitlePage],
  ['headerReference', Tag.HeaderReference],
  ['footerReference', Tag.FooterReference],
  ['commentRangeStart', Tag.CommentRangeStart],
  ['commentRangeEnd', Tag.CommentRangeEnd],
  ['commentReference', Tag.CommentReference],
  // delText and instrText are never read because only w:t is; these hold w:t we must not show.
  ['moveFrom', Tag.Skip],
  ['pPrChange', Tag.Skip],
  ['rPrChange', Tag.Skip],
  ['sectPrChange', Tag.Skip],
  ['tblPrChange', Tag.Skip],
  ['trPrChange', Tag.Skip],
  ['tcPrChange', Tag.Skip],
];

/** Tag tables by prefix pair, built once: nearly every part uses w: and mc:. */
const tagTables = new Map<string, Map<string, Tag>>();

function tagTable(word: string, compatibility: string): Map<string, Tag> {
  const key = `${word} ${compatibility}`;
  let table = tagTables.get(key);
  if (!table) {
    table = new Map(WORD_TAGS.map(([local, tag]) => [qualify(word, local), tag]));
    // Keep mc:Choice (the text box as Word 2010+ draws it) and drop its VML twin.
    table.set(qualify(compatibility, 'Fallback'), Tag.Skip);
    tagTables.set(key, table);
  }
  return table;
}

const HEADING_STYLE = /^(?:heading ?[1-9]|title)$/i;

interface ParagraphBuilder {
  text: string;
  part: DocumentPart;
  style?: string;
  heading: boolean;
  /** Element depth of the w:p, to tell its own w:pPr from a nested one. */
  depth: number;
  inProperties: boolean;
  /** Open runs of this paragraph: tabs and breaks count only inside a run (w:tab also defines tab stops). */
  runDepth: number;
  /** Paragraphs of text boxes anchored in this paragraph, emitted right after it. */
  anchored: ParagraphRecord[];
  source?: ParagraphSource;
  /** Text-box nesting where the paragraph opened: a mark in a deeper text box is not in this paragraph. */
  textBoxDepth: number;
  /** Comment marks, at raw offsets (soft hyphens still in) until the paragraph closes. */
  commentMarks?: CommentMark[];
}

/**
 * Collects the paragraphs of one WordprocessingML part (document, header or
 * footer) from parser events: visible text only, in reading order, with
 * text-box paragraphs placed after the paragraph that anchors them.
 */
export class WordPartReader implements XmlHandler {
  readonly paragraphs: ParagraphRecord[] = [];
  readonly references: PartReference[] = [];

  private tags: Map<string, Tag> | undefined;
  private wordPrefix = 'w';
  private relationshipPrefix = 'r';
  private depth = 0;
  /** Depth of the element being skipped, or 0 when reading. */
  private skipDepth = 0;
  private inText = false;
  private cellDepth = 0;
  private textBoxDepth = 0;
  private readonly open: ParagraphBuilder[] = [];
  /** References of the section being read, kept until we know whether it has a distinct first page. */
  private section: { references: PartReference[]; titlePage: boolean } | undefined;
  private recorder: SourceRecorder | undefined;
  /** The paragraph closed last, for a range end met between paragraphs. */
  private lastRecord: ParagraphRecord | undefined;
  /** Comment marks met between paragraphs, waiting for the next paragraph to open. */
  private pendingMarks: CommentMark[] | undefined;

  constructor(private readonly basePart: 'body' | 'header' | 'footer') {}

  /** The prefix the part binds to the WordprocessingML namespace, once its root has been read. */
  get prefix(): string {
    return this.wordPrefix;
  }

  /**
   * Records where each paragraph's text sits in `xml` (the part's text as
   * parsed); `position` is the parser's index in it. Off by default: only the
   * writers of annotated and fixed copies need it.
   */
  recordSources(partName: string, xml: string, position: () => number): void {
    this.recorder = {
      partName,
      xml,
      position,
      openEnds: [],
      runs: [],
      textChild: undefined,
      rawOffsets: new Map(),
      stories: [],
      fieldDepth: 0,
      simpleFieldDepth: 0,
      trackedDepth: 0,
      names: { rPr: 'rPr', fldChar: 'fldChar', fldSimple: 'fldSimple', ins: 'ins', del: 'del', moveTo: 'moveTo' },
    };
  }

  opentag(tag: SaxesTagPlain): void {
    this.depth++;
    if (this.skipDepth) return;
    if (!this.tags) {
      const prefixes = namespacePrefixes(tag);
      this.wordPrefix = prefixFor(prefixes, WORDPROCESSING_ML, 'w');
      this.relationshipPrefix = prefixFor(prefixes, RELATIONSHIPS, 'r');
      this.tags = tagTable(this.wordPrefix, prefixFor(prefixes, MARKUP_COMPATIBILITY, 'mc'));
    }
    const kind = this.tags.get(tag.name);
    if (this.recorder) this.recordOpen(this.recorder, tag, kind);
    if (kind === undefined) return;
    this.openWordTag(tag, kind);
    if (this.recorder && kind === Tag.Paragraph) this.recordParagraph(this.recorder);
  }

  private openWordTag(tag: SaxesTagPlain, kind: Tag): void {
    const current = this.open[this.open.length - 1];
    switch (kind) {
      case Tag.Skip:
        if (!tag.isSelfClosing) this.skipDepth = this.depth;
        return;
      case Tag.Paragraph: {
        const builder: ParagraphBuilder = { text: '', part: this.partHere(), heading: false, depth: this.depth, inProperties: false, runDepth: 0, anchored: [], textBoxDepth: this.textBoxDepth };
        if (this.pendingMarks) {
          builder.commentMarks = this.pendingMarks;
          this.pendingMarks = undefined;
        }
        this.open.push(builder);
        return;
      }
      case Tag.ParagraphProperties:
        if (current && current.depth === this.depth - 1) current.inProperties = true;
        return;
      case Tag.ParagraphStyle:
        if (current?.inProperties) {
          const style = this.attribute(tag, 'val');
          if (style) {
            current.style = style;
            if (HEADING_STYLE.test(style)) current.heading = true;
          }
        }
        return;
      case Tag.OutlineLevel:
        // Level 9 is "body text"; 0-8 are outline (heading) levels.
        if (current?.inProperties && Number(this.attribute(tag, 'val')) < 9) current.heading = true;
        return;
      case Tag.Run:
        if (current) current.runDepth++;
        return;
      case Tag.Text:
        this.inText = true;
        return;
      case Tag.Tab:
      case Tag.PositionalTab:
        if (current?.runDepth) current.text += '\t';
        return;
      case Tag.Break: {
        const type = this.attribute(tag, 'type');
        if (current?.runDepth && type !== 'page' && type !== 'column') current.text += '\n';
        return;
      }
      case Tag.CarriageReturn:
        if (current?.runDepth) current.text += '\n';
        return;
      case Tag.NoBreakHyphen:
        if (current?.runDepth) current.text += '-';
        return;
      case Tag.TableCell:
        this.cellDepth++;
        return;
      case Tag.TextBoxContent:
        this.textBoxDepth++;
        return;
      case Tag.SectionProperties:
        this.section = { references: [], titlePage: false };
        if (tag.isSelfClosing) this.closeSection();
        return;
      case Tag.TitlePage: {
        const value = this.attribute(tag, 'val');
        if (this.section) this.section.titlePage = value !== 'false' && value !== '0' && value !== 'off';
        return;
      }
      case Tag.HeaderReference:
      case Tag.FooterReference: {
        const relationshipId = tag.attributes[qualify(this.relationshipPrefix, 'id')];
        if (relationshipId && this.section) {
          this.section.references.push({ kind: kind === Tag.HeaderReference ? 'header' : 'footer', type: this.attribute(tag, 'type') ?? 'default', relationshipId });
        }
        return;
      }
      case Tag.CommentRangeStart:
        this.markComment(tag, 'start');
        return;
      case Tag.CommentRangeEnd:
        this.markComment(tag, 'end');
        return;
      case Tag.CommentReference:
        this.markComment(tag, 'reference');
        return;
    }
  }

  /**
   * Places a comment mark in the paragraph holding it. Between paragraphs
   * (Word puts a range over whole paragraphs there), a range end closes on
   * the paragraph before; a start or reference waits for the next one.
   */
  private markComment(tag: SaxesTagPlain, kind: CommentMark['kind']): void {
    const id = this.attribute(tag, 'id');
    if (id === undefined) return;
    const current = this.open[this.open.length - 1];
    if (current && current.textBoxDepth === this.textBoxDepth) {
      (current.commentMarks ??= []).push({ id, kind, offset: current.text.length });
    } else if (kind === 'end' && this.lastRecord) {
      (this.lastRecord.commentMarks ??= []).push({ id, kind, offset: this.lastRecord.text.length });
    } else {
      (this.pendingMarks ??= []).push({ id, kind, offset: 0 });
    }
  }

  closetag(tag: SaxesTagPlain): void {
    const depth = this.depth--;
    if (depth === 1 && this.pendingMarks) this.closePendingMarks();
    if (this.skipDepth) {
      if (depth === this.skipDepth) {
        this.skipDepth = 0;
        if (this.recorder) this.recordClose(this.recorder, tag, depth);
      }
      return;
    }
    if (this.recorder) this.recordClose(this.recorder, tag, depth);
    const kind = this.tags?.get(tag.name);
    const current = this.open[this.open.length - 1];
    switch (kind) {
      case Tag.Paragraph:
        this.closeParagraph();
        return;
      case Tag.ParagraphProperties:
        if (current && current.depth === depth - 1) current.inProperties = false;
        return;
      case Tag.Run:
        if (current) current.runDepth--;
        return;
      case Tag.Text:
        this.inText = false;
        return;
      case Tag.TableCell:
        this.cellDepth--;
        return;
      case Tag.TextBoxContent:
        this.textBoxDepth--;
        return;
      case Tag.SectionProperties:
        if (!tag.isSelfClosing) this.closeSection();
        return;
    }
  }

  /** Marks after the last paragraph of the part: they sit at its end. */
  private closePendingMarks(): void {
    const last = this.lastRecord;
    if (last) for (const mark of this.pendingMarks!) (last.commentMarks ??= []).push({ ...mark, offset: last.text.length });
    this.pendingMarks = undefined;
  }

  /** Word shows a first-page header or footer only when the section asks for a distinct first page. */
  private closeSection(): void {
    if (!this.section) return;
    const { references, titlePage } = this.section;
    this.references.push(...references.filter((reference) => titlePage || reference.type !== 'first'));
    this.section = undefined;
  }

  text(text: string): void {
    if (this.inText && !this.skipDepth) this.append(text);
  }

  private append(text: string): void {
    const current = this.open[this.open.length - 1];
    if (current) current.text += text;
    if (current && this.recorder?.textChild) this.recorder.textChild.text += text;
  }

  private partHere(): DocumentPart {
    if (this.basePart !== 'body') return this.basePart;
    if (this.textBoxDepth > 0) return 'textbox';
    if (this.cellDepth > 0) return 'table';
    return 'body';
  }

  private attribute(tag: SaxesTagPlain, local: string): string | undefined {
    return tag.attributes[qualify(this.wordPrefix, local)];
  }

  private closeParagraph(): void {
    const builder = this.open.pop();
    if (!builder) return;
    // Soft hyphens are invisible unless Word breaks the line there.
    const record: ParagraphRecord = { text: builder.text.replace(/\u00ad/g, ''), part: builder.part, heading: builder.heading };
    if (builder.style) record.style = builder.style;
    if (builder.source && this.recorder) record.source = this.finishParagraphSource(this.recorder, builder.source, builder.text);
    if (builder.commentMarks) record.commentMarks = finishCommentMarks(builder.commentMarks, builder.text);
    this.lastRecord = record;
    const parent = this.open[this.open.length - 1];
    const target = parent ? parent.anchored : this.paragraphs;
    target.push(record, ...builder.anchored);
  }

  /** Names the recorder compares with, in this part's prefix. */
  private recorderNames(recorder: SourceRecorder): void {
    const w = (local: string) => qualify(this.wordPrefix, local);
    recorder.names = { rPr: w('rPr'), fldChar: w('fldChar'), fldSimple: w('fldSimple'), ins: w('ins'), del: w('del'), moveTo: w('moveTo') };
  }

  private recordOpen(recorder: SourceRecorder, tag: SaxesTagPlain, kind: Tag | undefined): void {
    if (this.depth === 1) this.recorderNames(recorder);
    const openEnd = recorder.position();
    recorder.openEnds[this.depth] = openEnd;
    const { names } = recorder;
    const start = recorder.xml.lastIndexOf('<', openEnd - 1);
    const end = tag.isSelfClosing ? openEnd : -1;
    const open = recorder.runs[recorder.runs.length - 1];
    if (open && open.depth === this.depth - 1) {
      if (tag.name === names.rPr) {
        open.run.properties = { start, end };
      } else {
        const child: RunChild = { start, end, kind: 'other', text: '', offset: 0 };
        const paragraph = this.open[this.open.length - 1];
        const character = this.characterOf(tag, kind);
        if (kind === Tag.Text) {
          child.kind = 'text';
          recorder.textChild = child;
        } else if (character !== undefined) {
          child.kind = 'char';
          child.text = character;
        }
        if (paragraph) recorder.rawOffsets.set(child, paragraph.text.length);
        open.run.children.push(child);
      }
    }
    if (kind === Tag.Run && this.open.length > 0) {
      const run: RunSource = {
        start,
        end,
        openEnd,
        children: [],
        parent: recorder.openEnds[this.depth - 1] ?? -1,
        inField: recorder.fieldDepth > 0 || recorder.simpleFieldDepth > 0,
        inTrackedChange: recorder.trackedDepth > 0,
      };
      this.open[this.open.length - 1]!.source?.runs.push(run);
      if (!tag.isSelfClosing) recorder.runs.push({ run, depth: this.depth });
    } else if (kind === Tag.TableCell || kind === Tag.TextBoxContent) {
      if (!tag.isSelfClosing) recorder.stories.push(openEnd);
    } else if (tag.name === names.fldChar) {
      const type = this.attribute(tag, 'fldCharType');
      // The run holding the mark is part of the field too.
      if (open) open.run.inField = true;
      if (type === 'begin') recorder.fieldDepth++;
      else if (type === 'end') recorder.fieldDepth = Math.max(0, recorder.fieldDepth - 1);
    } else if (!tag.isSelfClosing && tag.name === names.fldSimple) {
      recorder.simpleFieldDepth++;
    } else if (!tag.isSelfClosing && (tag.name === names.ins || tag.name === names.del || tag.name === names.moveTo)) {
      // w:ins and w:del inside w:rPr or w:pPr mark formatting or paragraph marks, not run content; counted all the same, erring on the safe side.
      recorder.trackedDepth++;
    }
  }

  /** The character a tab or break element adds to the text, as opentag counts it. */
  private characterOf(tag: SaxesTagPlain, kind: Tag | undefined): string | undefined {
    switch (kind) {
      case Tag.Tab:
      case Tag.PositionalTab:
        return '\t';
      case Tag.Break: {
        const type = this.attribute(tag, 'type');
        return type !== 'page' && type !== 'column' ? '\n' : undefined;
      }
      case Tag.CarriageReturn:
        return '\n';
      case Tag.NoBreakHyphen:
        return '-';
      default:
        return undefined;
    }
  }

  private recordParagraph(recorder: SourceRecorder): void {
    const builder = this.open[this.open.length - 1];
    if (!builder) return;
    const openEnd = recorder.openEnds[this.depth]!;
    builder.source = {
      partName: recorder.partName,
      openEnd,
      closeEnd: openEnd,
      story: recorder.stories[recorder.stories.length - 1] ?? -1,
      textStart: -1,
      runs: [],
    };
  }

  private recordClose(recorder: SourceRecorder, tag: SaxesTagPlain, depth: number): void {
    if (tag.isSelfClosing) return;
    const end = recorder.position();
    const { names } = recorder;
    const open = recorder.runs[recorder.runs.length - 1];
    if (open && open.depth === depth) {
      open.run.end = end;
      recorder.runs.pop();
      return;
    }
    if (open && open.depth === depth - 1) {
      if (tag.name === names.rPr && open.run.properties) open.run.properties.end = end;
      else {
        const child = open.run.children[open.run.children.length - 1];
        if (child) child.end = end;
        recorder.textChild = undefined;
      }
      return;
    }
    const kind = this.tags?.get(tag.name);
    if (kind === Tag.Paragraph) {
      const source = this.open[this.open.length - 1]?.source;
      if (source) source.closeEnd = end;
    } else if (kind === Tag.TableCell || kind === Tag.TextBoxContent) {
      recorder.stories.pop();
    } else if (tag.name === names.fldSimple) {
      recorder.simpleFieldDepth = Math.max(0, recorder.simpleFieldDepth - 1);
    } else if (tag.name === names.ins || tag.name === names.del || tag.name === names.moveTo) {
      recorder.trackedDepth = Math.max(0, recorder.trackedDepth - 1);
    }
  }

  /** Turns the children's raw offsets into offsets in the paragraph's text, where soft hyphens are gone. */
  private finishParagraphSource(recorder: SourceRecorder, source: ParagraphSource, rawText: string): ParagraphSource {
    const hasSoftHyphens = rawText.includes('\u00ad');
    for (const run of source.runs) {
      for (const child of run.children) {
        const raw = recorder.rawOffsets.get(child) ?? 0;
        recorder.rawOffsets.delete(child);
        child.offset = hasSoftHyphens ? raw - countSoftHyphens(rawText.slice(0, raw)) : raw;
      }
    }
    return source;
  }
}

/** Moves marks from raw offsets to offsets in the paragraph's text, where soft hyphens are gone. */
function finishCommentMarks(marks: CommentMark[], rawText: string): CommentMark[] {
  if (!rawText.includes('\u00ad')) return marks;
  return marks.map((mark) => ({ ...mark, offset: mark.offset - countSoftHyphens(rawText.slice(0, mark.offset)) }));
}

/**
 * Reads a comments part (word/comments.xml): each w:comment's attributes and
 * its paragraphs' text, extracted by a WordPartReader as the body's text is
 * (tabs, breaks, fields' shown text, no deleted text).
 */
export class CommentsPartReader implements XmlHandler {
  readonly comments: CommentRecord[] = [];
  private readonly reader = new WordPartReader('body');
  private depth = 0;
  private current: { record: CommentRecord; firstParagraph: number } | undefined;

  opentag(tag: SaxesTagPlain): void {
    this.depth++;
    this.reader.opentag(tag);
    const prefix = this.reader.prefix;
    if (this.depth !== 2 || tag.name !== qualify(prefix, 'comment')) return;
    const attribute = (local: string) => tag.attributes[qualify(prefix, local)];
    const id = attribute('id');
    if (id === undefined) return;
    const record: CommentRecord = { id, text: '' };
    const author = attribute('author');
    const initials = attribute('initials');
    const date = attribute('date');
    if (author !== undefined) record.author = author;
    if (initials !== undefined) record.initials = initials;
    if (date !== undefined) record.date = date;
    this.current = { record, firstParagraph: this.reader.paragraphs.length };
  }

  closetag(tag: SaxesTagPlain): void {
    this.reader.closetag(tag);
    if (this.depth-- !== 2 || !this.current) return;
    const { record, firstParagraph } = this.current;
    record.text = this.reader.paragraphs
      .slice(firstParagraph)
      .map((paragraph) => paragraph.text)
      .join('\n');
    this.comments.push(record);
    this.current = undefined;
  }

  text(text: string): void {
    this.reader.text(text);
  }
}

function countSoftHyphens(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\u00ad'); i >= 0; i = text.indexOf('\u00ad', i + 1)) count++;
  return count;
}
