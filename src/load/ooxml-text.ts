import type { DocumentPart } from '../types.js';
import { applyParagraphProperty, applyRunProperty, readShading, StyleSheet, WORDPROCESSING_ML, type EffectiveParagraphStyle, type EffectiveRun, type ParagraphProperties, type RunProperties } from './docx-styles.js';
import { localNameIn, namespacePrefixes, prefixFor, qualify, type SaxesTagPlain, type XmlHandler } from './ooxml-xml.js';
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
  /** The paragraph's formatting as Word resolves it, with run offsets in its text. */
  formatting?: ParagraphFormattingRecord;
  /** Hidden text (w:vanish) left out of `text`, at the offset in it where it sat: only when there is some. */
  hidden?: Array<{ offset: number; text: string }>;
}

/** A paragraph's resolved formatting, offsets relative to the paragraph's text. */
export interface ParagraphFormattingRecord {
  style: EffectiveParagraphStyle;
  alignment?: string;
  /** Paragraph or table cell shading as RRGGBB. */
  background?: string;
  headingLevel?: number;
  runs: Array<{ start: number; end: number; run: EffectiveRun }>;
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
  RunProperties,
  TableCellProperties,
  /** Content never shown in the final document: alternatives, moved-away text, old formatting. */
  Skip,
}

const WORD_TAGS: Array<[string, Tag]> = [
  ['p', Tag.Paragraph],
  ['pPr', Tag.ParagraphProperties],
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
  ['rPr', Tag.RunProperties],
  ['tcPr', Tag.TableCellProperties],
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
  /** Element depth of the w:p, to tell its own w:pPr from a nested one. */
  depth: number;
  /** Open runs of this paragraph: tabs and breaks count only inside a run (w:tab also defines tab stops). */
  runDepth: number;
  /** Paragraphs of text boxes anchored in this paragraph, emitted right after it. */
  anchored: ParagraphRecord[];
  source?: ParagraphSource;
  /** Text-box nesting where the paragraph opened: a mark in a deeper text box is not in this paragraph. */
  textBoxDepth: number;
  /** Comment marks, at raw offsets (soft hyphens still in) until the paragraph closes. */
  commentMarks?: CommentMark[];
  /** Direct paragraph formatting (w:pPr), its style among it. */
  direct?: ParagraphProperties;
  /** The paragraph style resolved, once the first run needs it. */
  resolvedStyle?: EffectiveParagraphStyle;
  /** The run being read: its element depth, direct formatting and, once text needs it, its effective formatting. */
  run?: { depth: number; direct?: RunProperties; effective?: EffectiveRun };
  /** Visible text by formatting, at raw offsets. */
  runs: Array<{ start: number; end: number; run: EffectiveRun }>;
  /** Hidden text, at raw offsets. */
  hidden?: Array<{ offset: number; text: string }>;
  /** Shading of the innermost table cell holding the paragraph. */
  cellShading?: string;
}

/** Whose properties the reader is inside: a run's w:rPr, a paragraph's w:pPr or a cell's w:tcPr. */
const enum Scope {
  None,
  Run,
  Paragraph,
  Cell,
}

/** Documents without styles.xml: Word's own defaults only. */
const NO_STYLES = new StyleSheet();

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
  private textBoxDepth = 0;
  private readonly open: ParagraphBuilder[] = [];
  /** References of the section being read, kept until we know whether it has a distinct first page. */
  private section: { references: PartReference[]; titlePage: boolean } | undefined;
  private recorder: SourceRecorder | undefined;
  /** The paragraph closed last, for a range end met between paragraphs. */
  private lastRecord: ParagraphRecord | undefined;
  /** Comment marks met between paragraphs, waiting for the next paragraph to open. */
  private pendingMarks: CommentMark[] | undefined;
  private scope = Scope.None;
  /** Depth of the properties element being read. */
  private scopeDepth = 0;
  /** Open table cells, innermost last: depth and shading (w:tcPr w:shd). */
  private readonly cells: Array<{ depth: number; shading?: string }> = [];

  constructor(
    private readonly basePart: 'body' | 'header' | 'footer',
    private readonly styles: StyleSheet = NO_STYLES,
  ) {}

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
    if (this.scope !== Scope.None && this.depth === this.scopeDepth + 1) this.readProperty(tag);
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
        const builder: ParagraphBuilder = { text: '', part: this.partHere(), depth: this.depth, runDepth: 0, anchored: [], textBoxDepth: this.textBoxDepth, runs: [] };
        const cell = this.cells[this.cells.length - 1];
        if (cell?.shading !== undefined) builder.cellShading = cell.shading;
        if (this.pendingMarks) {
          builder.commentMarks = this.pendingMarks;
          this.pendingMarks = undefined;
        }
        this.open.push(builder);
        return;
      }
      case Tag.ParagraphProperties:
        if (current && current.depth === this.depth - 1) {
          current.direct = {};
          this.enterScope(Scope.Paragraph, tag);
        }
        return;
      case Tag.RunProperties:
        if (current?.run && current.run.depth === this.depth - 1) {
          current.run.direct = {};
          this.enterScope(Scope.Run, tag);
        }
        return;
      case Tag.TableCellProperties: {
        const cell = this.cells[this.cells.length - 1];
        if (cell && cell.depth === this.depth - 1) this.enterScope(Scope.Cell, tag);
        return;
      }
      case Tag.Run:
        if (current) {
          current.runDepth++;
          if (!current.run && !tag.isSelfClosing) current.run = { depth: this.depth };
        }
        return;
      case Tag.Text:
        this.inText = true;
        return;
      case Tag.Tab:
      case Tag.PositionalTab:
        if (current?.runDepth) this.addCharacter(current, '\t');
        return;
      case Tag.Break: {
        const type = this.attribute(tag, 'type');
        if (current?.runDepth && type !== 'page' && type !== 'column') this.addCharacter(current, '\n');
        return;
      }
      case Tag.CarriageReturn:
        if (current?.runDepth) this.addCharacter(current, '\n');
        return;
      case Tag.NoBreakHyphen:
        if (current?.runDepth) this.addCharacter(current, '-');
        return;
      case Tag.TableCell:
        this.cells.push({ depth: this.depth });
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
    if (this.scope !== Scope.None && depth === this.scopeDepth) this.scope = Scope.None;
    const kind = this.tags?.get(tag.name);
    const current = this.open[this.open.length - 1];
    switch (kind) {
      case Tag.Paragraph:
        this.closeParagraph();
        return;
      case Tag.Run:
        if (current) {
          current.runDepth--;
          if (current.run?.depth === depth) current.run = undefined;
        }
        return;
      case Tag.Text:
        this.inText = false;
        return;
      case Tag.TableCell:
        this.cells.pop();
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
    if (!this.inText || this.skipDepth) return;
    const current = this.open[this.open.length - 1];
    if (!current) return;
    if (this.isHidden(current)) {
      this.addHidden(current, text);
      return;
    }
    this.addVisible(current, text);
    if (this.recorder?.textChild) this.recorder.textChild.text += text;
  }

  /** A tab, break or hyphen that stands for one character of text, unless its run is hidden. */
  private addCharacter(current: ParagraphBuilder, character: string): void {
    if (this.isHidden(current)) this.addHidden(current, character);
    else this.addVisible(current, character);
  }

  /** Appends visible text, extending the formatting stretch it continues. */
  private addVisible(current: ParagraphBuilder, text: string): void {
    const start = current.text.length;
    current.text += text;
    const run = current.run ? this.effectiveRun(current) : undefined;
    if (!run) return;
    const last = current.runs[current.runs.length - 1];
    if (last && last.run === run && last.end === start) last.end = current.text.length;
    else current.runs.push({ start, end: current.text.length, run });
  }

  private addHidden(current: ParagraphBuilder, text: string): void {
    const hidden = (current.hidden ??= []);
    const last = hidden[hidden.length - 1];
    if (last && last.offset === current.text.length) last.text += text;
    else hidden.push({ offset: current.text.length, text });
  }

  private isHidden(current: ParagraphBuilder): boolean {
    return current.run !== undefined && this.effectiveRun(current).hidden;
  }

  /** The open run's formatting, resolved once (its w:rPr comes before its text). */
  private effectiveRun(current: ParagraphBuilder): EffectiveRun {
    const run = current.run!;
    return (run.effective ??= this.styles.run(this.paragraphStyle(current), run.direct));
  }

  /** The paragraph's style resolved, once: its w:pPr comes before its runs. */
  private paragraphStyle(builder: ParagraphBuilder): EffectiveParagraphStyle {
    return (builder.resolvedStyle ??= this.styles.paragraphStyle(builder.direct?.style));
  }

  private enterScope(scope: Scope, tag: SaxesTagPlain): void {
    if (tag.isSelfClosing) return;
    this.scope = scope;
    this.scopeDepth = this.depth;
  }

  /** A child of the w:rPr, w:pPr or w:tcPr being read. */
  private readProperty(tag: SaxesTagPlain): void {
    const prefix = this.wordPrefix;
    const local = localNameIn(prefix, tag.name);
    if (local === undefined) return;
    const value = (name: string) => tag.attributes[qualify(prefix, name)];
    const current = this.open[this.open.length - 1];
    if (this.scope === Scope.Run) {
      if (current?.run?.direct) applyRunProperty(current.run.direct, local, value);
    } else if (this.scope === Scope.Paragraph) {
      if (current?.direct) applyParagraphProperty(current.direct, local, value);
    } else if (local === 'shd') {
      const cell = this.cells[this.cells.length - 1];
      const shading = readShading(value);
      if (cell && shading !== 'none') cell.shading = shading;
    }
  }

  private partHere(): DocumentPart {
    if (this.basePart !== 'body') return this.basePart;
    if (this.textBoxDepth > 0) return 'textbox';
    if (this.cells.length > 0) return 'table';
    return 'body';
  }

  private attribute(tag: SaxesTagPlain, local: string): string | undefined {
    return tag.attributes[qualify(this.wordPrefix, local)];
  }

  private closeParagraph(): void {
    const builder = this.open.pop();
    if (!builder) return;
    // Soft hyphens are invisible unless Word breaks the line there.
    const style = builder.direct?.style;
    const outlineLevel = builder.direct?.outlineLevel;
    // Outline level 9 is "body text"; 0-8 are heading levels.
    const heading = (style !== undefined && HEADING_STYLE.test(style)) || (outlineLevel !== undefined && outlineLevel < 9);
    const record: ParagraphRecord = { text: builder.text.replace(/\u00ad/g, ''), part: builder.part, heading };
    if (style) record.style = style;
    if (builder.source && this.recorder) record.source = this.finishParagraphSource(this.recorder, builder.source, builder.text);
    if (builder.commentMarks) record.commentMarks = finishCommentMarks(builder.commentMarks, builder.text);
    record.formatting = this.finishFormatting(builder);
    if (builder.hidden) record.hidden = finishHidden(builder.hidden, builder.text);
    this.lastRecord = record;
    const parent = this.open[this.open.length - 1];
    const target = parent ? parent.anchored : this.paragraphs;
    target.push(record, ...builder.anchored);
  }

  /** The paragraph's own formatting over its style's, with run offsets in the text as shown (soft hyphens gone). */
  private finishFormatting(builder: ParagraphBuilder): ParagraphFormattingRecord {
    const style = this.paragraphStyle(builder);
    const direct = builder.direct;
    const formatting: ParagraphFormattingRecord = { style, runs: builder.runs };
    const alignment = direct?.alignment ?? style.alignment;
    if (alignment !== undefined) formatting.alignment = alignment;
    // A paragraph without shading of its own (or with clear shading) shows its table cell's.
    const own = direct?.shading ?? style.shading;
    const shading = own !== undefined && own !== 'none' ? own : builder.cellShading;
    if (shading !== undefined) formatting.background = shading;
    if (direct?.outlineLevel !== undefined) {
      if (direct.outlineLevel >= 0 && direct.outlineLevel < 9) formatting.headingLevel = direct.outlineLevel + 1;
    } else if (style.headingLevel !== undefined) {
      formatting.headingLevel = style.headingLevel;
    }
    if (builder.text.includes('\u00ad')) {
      const clean = (raw: number) => raw - countSoftHyphens(builder.text.slice(0, raw));
      formatting.runs = builder.runs.map((r) => ({ start: clean(r.start), end: clean(r.end), run: r.run })).filter((r) => r.end > r.start);
    }
    return formatting;
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
        if (paragraph && (kind === Tag.Text || character !== undefined) && this.isHidden(paragraph)) {
          // Hidden text is not in Document.text: to the writers it is like a picture, text of no offset.
        } else if (kind === Tag.Text) {
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

/** Moves hidden text from raw offsets to offsets in the paragraph's text, where soft hyphens are gone. */
function finishHidden(hidden: Array<{ offset: number; text: string }>, rawText: string): Array<{ offset: number; text: string }> {
  const hasSoftHyphens = rawText.includes('\u00ad');
  return hidden.map((h) => ({ offset: hasSoftHyphens ? h.offset - countSoftHyphens(rawText.slice(0, h.offset)) : h.offset, text: h.text.replace(/\u00ad/g, '') }));
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
