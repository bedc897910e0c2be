import { describe, expect, it } from 'vitest';
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document as DocxDocument, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { loadDocx } from '../../src/load/docx.js';
import { checkDocument, resolveRules } from '../../src/engine/check.js';
import { controlRegions, documentControls, INLINE_CONTROL_RULE_ID } from '../../src/engine/controls.js';
import type { Block, Document, DocumentComment, HiddenText } from '../../src/types.js';

const RULES = ['plain/jargon', 'plain/waffle', INLINE_CONTROL_RULE_ID];

/** A Word comment: its id (the one the body's marks use) and its paragraphs. */
interface Note {
  id: number;
  text: string[];
}

/** Builds a .docx with the docx package: each paragraph a list of runs, where a run may open or close a comment. */
type Piece = string | { start: number } | { end: number } | { hidden: string };

async function docx(paragraphs: Piece[][], notes: Note[]): Promise<Document> {
  const children = paragraphs.map(
    (pieces) =>
      new Paragraph({
        children: pieces.flatMap((piece): ParagraphChild[] => {
          if (typeof piece === 'string') return [new TextRun(piece)];
          if ('hidden' in piece) return [new TextRun({ text: piece.hidden, vanish: true })];
          if ('start' in piece) return [new CommentRangeStart(piece.start)];
          return [new CommentRangeEnd(piece.end), new TextRun({ children: [new CommentReference(piece.end)] })];
        }),
      }),
  );
  const file = new DocxDocument({
    comments: { children: notes.map((n) => ({ id: n.id, author: 'Team Leader', initials: 'TL', children: n.text.map((t) => new Paragraph(t)) })) },
    sections: [{ children }],
  });
  return loadDocx('letter.docx', await Packer.toBuffer(file));
}

function findings(document: Document): string[] {
  const result = checkDocument(document, {}, resolveRules({ only: RULES }));
  return result.findings.map((f) => `${f.ruleId}:p${f.paragraph}:${document.text.slice(f.start, f.end)}`);
}

const LINE = 'We will leverage the grant in order to help you.';

describe('Word comments as inline controls (.docx)', () => {
  it('a disable comment anchored on a range hides the named rules in that range only', async () => {
    const doc = await docx(
      [['Dear Mrs Patel'], [{ start: 0 }, 'We will leverage the grant', { end: 0 }, ' and leverage the loan in order to help you.'], [LINE]],
      [{ id: 0, text: ['cc-check-disable plain/jargon'] }],
    );
    expect(findings(doc)).toEqual([
      'plain/jargon:p2:leverage', 'plain/waffle:p2:in order to',
      'plain/jargon:p3:leverage', 'plain/waffle:p3:in order to',
    ]);
    expect(doc.text.slice(doc.comments![0]!.start, doc.comments![0]!.end)).toBe('We will leverage the grant');
  });

  it('a range over two paragraphs covers both; with no rule list it hides every rule', async () => {
    const doc = await docx([[{ start: 1 }, LINE], [LINE, { end: 1 }], [LINE]], [{ id: 1, text: ['<!-- cc-check-disable -->'] }]);
    expect(findings(doc)).toEqual(['plain/jargon:p3:leverage', 'plain/waffle:p3:in order to']);
  });

  it('disable-next-line hides the paragraph after the one the comment is on', async () => {
    const doc = await docx([[LINE, { start: 2 }, { end: 2 }], [LINE], [LINE]], [{ id: 2, text: ['<!-- cc-check-disable-next-line plain/waffle -->'] }]);
    expect(findings(doc)).toEqual([
      'plain/jargon:p1:leverage', 'plain/waffle:p1:in order to',
      'plain/jargon:p2:leverage',
      'plain/jargon:p3:leverage', 'plain/waffle:p3:in order to',
    ]);
  });

  it('disable-line hides the whole paragraph holding the comment', async () => {
    const doc = await docx([[LINE], ['We will ', { start: 3 }, 'leverage', { end: 3 }, ' the grant in order to help you.']], [{ id: 3, text: ['cc-check-disable-line'] }]);
    expect(findings(doc)).toEqual(['plain/jargon:p1:leverage', 'plain/waffle:p1:in order to']);
  });

  it('a disable comment with only a reference mark acts from there on, like a comment in text, until an enable comment', async () => {
    const doc = await docx(
      [[LINE], [{ start: 4 }, { end: 4 }, LINE], [LINE], [{ start: 5 }, { end: 5 }, LINE]],
      [{ id: 4, text: ['cc-check-disable plain/jargon'] }, { id: 5, text: ['cc-check-enable'] }],
    );
    expect(findings(doc)).toEqual([
      'plain/jargon:p1:leverage', 'plain/waffle:p1:in order to',
      'plain/waffle:p2:in order to', 'plain/waffle:p3:in order to',
      'plain/jargon:p4:leverage', 'plain/waffle:p4:in order to',
    ]);
  });

  it('accepts what Word makes of the words as you type (a capital, an en dash before the note)', async () => {
    const doc = await docx([[{ start: 6 }, LINE, { end: 6 }]], [{ id: 6, text: ['Cc-check-disable plain/jargon – agreed wording from the 2024 policy'] }]);
    expect(findings(doc)).toEqual(['plain/waffle:p1:in order to']);
  });

  it('leaves an ordinary review comment alone', async () => {
    const doc = await docx([[{ start: 7 }, LINE, { end: 7 }]], [{ id: 7, text: ['Please check the amount: cc-check-disable would not help here.'] }]);
    expect(findings(doc)).toEqual(['plain/jargon:p1:leverage', 'plain/waffle:p1:in order to']);
  });

  it('reports an unknown rule id and a lookalike directive in a comment, at its paragraph', async () => {
    const doc = await docx(
      [[LINE], [{ start: 8 }, LINE, { end: 8 }], [{ start: 9 }, 'We are here to help.', { end: 9 }]],
      [{ id: 8, text: ['cc-check-disable plain/jargonn'] }, { id: 9, text: ['cc-check-disabel plain/jargon'] }],
    );
    const result = checkDocument(doc, {}, resolveRules({ only: RULES }));
    const control = result.findings.filter((f) => f.ruleId === INLINE_CONTROL_RULE_ID);
    expect(control.map((f) => [f.paragraph, f.messageId, f.severity])).toEqual([
      [2, 'unknownRuleNear', 'info'],
      [3, 'unknownDirective', 'info'],
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'plain/jargon').map((f) => f.paragraph)).toEqual([1, 2]);
  });
});

describe('hidden text as inline control (.docx)', () => {
  it('acts at its place like a comment in text (read by the loader from w:vanish runs)', async () => {
    const doc = await docx(
      [[LINE], [{ hidden: 'cc-check-disable plain/jargon' }, LINE], [LINE], [{ hidden: 'cc-check-enable' }, LINE]],
      [],
    );
    expect(doc.hidden?.map((h) => h.text)).toEqual(['cc-check-disable plain/jargon', 'cc-check-enable']);
    expect(findings(doc)).toEqual([
      'plain/jargon:p1:leverage', 'plain/waffle:p1:in order to',
      'plain/waffle:p2:in order to', 'plain/waffle:p3:in order to',
      'plain/jargon:p4:leverage', 'plain/waffle:p4:in order to',
    ]);
  });

  it('disable-next-line in hidden text hides the next paragraph (hand-built document)', () => {
    const text = `${LINE}\n\n${LINE}\n${LINE}`;
    const blocks: Block[] = [
      { start: 0, end: LINE.length, paragraph: 1, part: 'body' },
      { start: LINE.length + 2, end: 2 * LINE.length + 2, paragraph: 3, part: 'body' },
      { start: 2 * LINE.length + 3, end: text.length, paragraph: 4, part: 'body' },
    ];
    // The hidden words sit alone in the empty second paragraph.
    const hidden: HiddenText[] = [{ offset: LINE.length + 1, text: 'cc-check-disable-next-line plain/jargon', part: 'body' }];
    const doc: Document = { path: 'letter.docx', format: 'docx', text, blocks, metadata: {}, hidden };
    expect(findings(doc)).toEqual([
      'plain/jargon:p1:leverage', 'plain/waffle:p1:in order to',
      'plain/waffle:p3:in order to',
      'plain/jargon:p4:leverage', 'plain/waffle:p4:in order to',
    ]);
  });

  it('disable-line in hidden text hides its own paragraph; enable ends a disable from a comment', () => {
    const text = `${LINE}\n${LINE}\n${LINE}`;
    const blocks: Block[] = [0, 1, 2].map((i) => ({ start: i * (LINE.length + 1), end: i * (LINE.length + 1) + LINE.length, paragraph: i + 1, part: 'body' }));
    const comments: DocumentComment[] = [{ id: '0', text: 'cc-check-disable plain/waffle', start: 0, end: 0, part: 'body' }];
    const hidden: HiddenText[] = [
      { offset: LINE.length + 1 + 10, text: 'cc-check-disable-line plain/jargon', part: 'body' },
      { offset: 2 * (LINE.length + 1), text: 'cc-check-enable plain/waffle', part: 'body' },
    ];
    const doc: Document = { path: 'letter.docx', format: 'docx', text, blocks, metadata: {}, comments, hidden };
    expect(documentControls(doc).map((c) => [c.directive, c.source])).toEqual([
      ['disable', 'Word comment 0'],
      ['disable-line', 'hidden text'],
      ['enable', 'hidden text'],
    ]);
    expect(findings(doc)).toEqual(['plain/jargon:p1:leverage', 'plain/jargon:p3:leverage', 'plain/waffle:p3:in order to']);
  });

  it('ignores a comment Word left without any mark', () => {
    const doc: Document = {
      path: 'letter.docx', format: 'docx', text: LINE, metadata: {},
      blocks: [{ start: 0, end: LINE.length, paragraph: 1, part: 'body' }],
      comments: [{ id: '3', text: 'cc-check-disable', start: 0, end: 0, part: 'body', unanchored: true }],
    };
    expect(controlRegions(doc).empty).toBe(true);
    expect(findings(doc)).toEqual(['plain/jargon:p1:leverage', 'plain/waffle:p1:in order to']);
  });
});
