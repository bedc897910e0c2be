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

  constructor(private readonly basePart: 'body' | 'header' | 'footer') {}

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
    if (kind === undefined) return;
    const current = this.open[this.open.length - 1];
    switch (kind) {
      case Tag.Skip:
        if (!tag.isSelfClosing) this.skipDepth = this.depth;
        return;
      case Tag.Paragraph:
        this.open.push({ text: '', part: this.partHere(), heading: false, depth: this.depth, inProperties: false, runDepth: 0, anchored: [] });
        return;
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
    }
  }

  closetag(tag: SaxesTagPlain): void {
    const depth = this.depth--;
    if (this.skipDepth) {
      if (depth === this.skipDepth) this.skipDepth = 0;
      return;
    }
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
    const parent = this.open[this.open.length - 1];
    const target = parent ? parent.anchored : this.paragraphs;
    target.push(record, ...builder.anchored);
  }
}
