import type { ParagraphSource } from '../load/ooxml-text.js';
import type { Document, Finding } from '../types.js';
import { DocxPackage, ensureContentType, ensureRelationship, loadMatching, wordDate } from './package.js';
import { PartEditor, positionIn, TextLocator, type TextPiece } from './run-edits.js';
import { highestId, WordNames, WORDPROCESSING_ML } from './xml.js';

export const COMMENT_AUTHOR = 'cc-check';
const COMMENT_INITIALS = 'CC';
const MAIN_PART = 'word/document.xml';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface AnnotateOptions {
  /** ISO date written on each comment (default: now). */
  date?: string;
}

/** Where a finding's comment is anchored: the pieces holding its first and last characters. */
interface Anchor {
  first: TextPiece;
  last: TextPiece;
  start: number;
  end: number;
  /** Said at the start of the comment when it cannot sit on the finding's own text. */
  note?: string;
}

/**
 * A copy of the .docx with a Word comment on each finding, anchored on the
 * finding's text (runs are split where a finding starts or ends inside one,
 * each piece keeping its formatting). Findings in a header or footer, where
 * Word allows no comments, are anchored on the first paragraph of the body
 * and say where they are. Every other entry of the package is copied as it was.
 */
export async function annotateDocx(bytes: Uint8Array, document: Document, findings: Finding[], options: AnnotateOptions = {}): Promise<Uint8Array> {
  const { sources } = await loadMatching(bytes, document);
  const docx = await DocxPackage.open(bytes);
  const date = wordDate(options.date);
  const locator = new TextLocator(sources);
  const firstBodyParagraph = sources.paragraphs.find((p) => p.partName.toLowerCase() === MAIN_PART && locator.piecesOf(p).length > 0);

  const anchored = findings
    .map((finding) => ({ finding, anchor: anchorOf(finding, document, locator, firstBodyParagraph) }))
    .filter((entry): entry is { finding: Finding; anchor: Anchor } => entry.anchor !== undefined);
  if (anchored.length === 0) return docx.write();

  const comments = commentsPart(docx);
  let nextId = Math.max(comments.highestId, ...[...sources.parts.values()].map((part) => highestId(part.xml))) + 1;
  const editor = new PartEditor(sources.parts, (part) => new WordNames(part.wordPrefix), () => nextId++);
  const written: string[] = [];
  for (const { finding, anchor } of anchored) {
    const id = nextId++;
    const part = sources.parts.get(anchor.first.paragraph.partName)!;
    const names = new WordNames(part.wordPrefix);
    editor.addCut(part.name, anchor.first.run, { ...positionIn(anchor.first, anchor.start), payload: [{ rank: 1, xml: names.open('commentRangeStart', { id }, true) }] });
    const referenceRun = names.open('r') + names.open('commentReference', { id }, true) + names.close('r');
    editor.addCut(part.name, anchor.last.run, { ...positionIn(anchor.last, anchor.end), payload: [{ rank: 0, xml: names.open('commentRangeEnd', { id }, true) + referenceRun }] });
    written.push(commentXml(comments.names, id, date, finding, anchor.note));
  }

  for (const [name, xml] of editor.render()) docx.setText(name, xml);
  docx.setText(comments.name, comments.build(written.join('')));
  ensureContentType(docx, comments.name, COMMENTS_CONTENT_TYPE);
  return docx.write();
}

const PART_WORDS: Record<string, string> = { header: 'In the header', footer: 'In the footer' };

function anchorOf(finding: Finding, document: Document, locator: TextLocator, firstBodyParagraph: ParagraphSource | undefined): Anchor | undefined {
  const fallback = (note?: string): Anchor | undefined => {
    if (!firstBodyParagraph) return undefined;
    const pieces = locator.piecesOf(firstBodyParagraph);
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    return { first, last, start: first.start, end: last.end, note };
  };
  const where = finding.part ? PART_WORDS[finding.part] : undefined;
  if (finding.start === undefined || finding.end === undefined) return fallback(where);

  const { start, end } = finding;
  let pieces = end > start ? locator.piecesIn(start, end) : [];
  let whole = false;
  if (pieces.length === 0) {
    // A finding on no text (a missing sign-off, say): the paragraph it points at, whole.
    const block = document.blocks.find((b) => b.start <= start && start <= b.end);
    const holder = locator.pieceAt(start)?.paragraph ?? (block ? locator.pieceAt(block.start)?.paragraph : undefined);
    pieces = holder ? locator.piecesOf(holder) : [];
    whole = true;
  }
  const first = pieces[0];
  if (!first) return fallback(where);
  if (first.paragraph.partName.toLowerCase() !== MAIN_PART) return fallback(where ?? 'In the header or footer');

  // A comment may run over several paragraphs of one flow, but not out of a table cell or text box.
  let last = pieces[pieces.length - 1]!;
  if (last.paragraph !== first.paragraph && (last.paragraph.story !== first.paragraph.story || last.paragraph.partName !== first.paragraph.partName)) {
    const own = pieces.filter((p) => p.paragraph === first.paragraph);
    last = own[own.length - 1]!;
  }
  if (whole) return { first, last, start: first.start, end: last.end };
  return { first, last, start: Math.max(start, first.start), end: Math.min(end, last.end) };
}

/** One w:comment: the message (with where it is, when anchored elsewhere), what to write instead, and the rule and standard. */
function commentXml(names: WordNames, id: number, date: string, finding: Finding, note: string | undefined): string {
  const lines = [note ? `${note}: ${finding.excerpt ? `“${finding.excerpt}”. ` : ''}${finding.message}` : finding.message];
  if (finding.suggestion) lines.push(`Write instead: ${finding.suggestion}`);
  lines.push(`${finding.ruleId} · ${finding.standard}`);
  const paragraphs = lines.map((line, index) => {
    const marker = index === 0 ? names.open('r') + names.open('annotationRef', {}, true) + names.close('r') : '';
    return names.open('p') + marker + names.open('r') + names.textContent(line) + names.close('r') + names.close('p');
  });
  return names.open('comment', { id, author: COMMENT_AUTHOR, date, initials: COMMENT_INITIALS }) + paragraphs.join('') + names.close('comment');
}

/** The comments part to write into: the document's own (its comments kept), or a new one. */
function commentsPart(docx: DocxPackage): { name: string; names: WordNames; highestId: number; build(comments: string): string } {
  const { partName } = ensureRelationship(docx, MAIN_PART, 'comments', 'comments.xml');
  const existing = docx.text(partName);
  if (existing !== undefined) {
    const prefix = prefixOfRoot(existing);
    const close = existing.lastIndexOf('</');
    return {
      name: docx.nameOf(partName) ?? partName,
      names: new WordNames(prefix),
      highestId: highestId(existing),
      build: (comments) => (close < 0 ? existing : existing.slice(0, close) + comments + existing.slice(close)),
    };
  }
  return {
    name: partName,
    names: new WordNames('w'),
    highestId: -1,
    build: (comments) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${WORDPROCESSING_ML}">${comments}</w:comments>`,
  };
}

/** The prefix a comments part binds to WordprocessingML, read from its root element. */
function prefixOfRoot(xml: string): string {
  const root = /<([\w.-]+:)?comments\b[^>]*>/.exec(xml);
  if (!root) return 'w';
  const prefix = root[1]?.slice(0, -1) ?? '';
  return prefix;
}
