import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { annotateDocx, COMMENT_AUTHOR } from '../../src/docx-write/annotate.js';
import { checkDocument } from '../../src/engine/check.js';
import { loadDocx } from '../../src/load/docx.js';
import { LoadError } from '../../src/load/errors.js';
import type { Document, DocumentComment, Finding } from '../../src/types.js';
import { documentXml, minimalDocxParts, writeZip } from '../../scripts/fixture-zip.js';
import { paragraph, run, table, W } from '../docx-write/docx-helpers.js';

const COMMENTS_RELATIONSHIP = '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>';
const COMMENTS_OVERRIDE = '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>';

const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/>`;
const reference = (id: number) => `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;

/** A w:comment as Word writes it: the annotation mark in the first paragraph's first run. */
function comment(id: number, author: string, paragraphs: string[]): string {
  const body = paragraphs.map((text, i) => `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}${run(text)}</w:p>`).join('');
  return `<w:comment w:id="${id}" w:author="${author}" w:date="2026-03-02T09:15:00Z" w:initials="${author.replace(/[^A-Z]/g, '')}">${body}</w:comment>`;
}

function commentsXml(comments: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${comments}</w:comments>`;
}

/** A .docx whose body may hold comment marks, with a comments part (related unless told otherwise). */
function docxWithComments(body: string, comments: string | undefined, options: { related?: boolean; declaredSize?: number } = {}): Buffer {
  const related = options.related ?? true;
  return writeZip(
    minimalDocxParts({
      document: documentXml(`${body}<w:sectPr/>`),
      relationships: comments !== undefined && related ? COMMENTS_RELATIONSHIP : '',
      extraParts: comments === undefined ? [] : [{ name: 'word/comments.xml', data: comments, ...(options.declaredSize ? { declaredSize: options.declaredSize } : {}) }],
      extraOverrides: comments === undefined ? '' : COMMENTS_OVERRIDE,
    }),
  );
}

async function loadError(bytes: Buffer): Promise<LoadError> {
  try {
    await loadDocx('letter.docx', bytes);
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError, but the file loaded');
}

const anchoredText = (document: Document, c: DocumentComment) => document.text.slice(c.start, c.end);

/**
 * A council tax reduction letter a team leader has reviewed in Word: comments
 * on a word in mid-sentence, on a phrase over two runs, over two paragraphs,
 * in the references table, over the sign-off (marks between paragraphs),
 * one with only a reference mark, and one left without any mark.
 */
const REVIEWED_BODY =
  table(paragraph(run('Our ref:')), paragraph(start(4), run('CTR/04417'), end(4), reference(4))) +
  paragraph(run('Dear Mr Okafor')) +
  paragraph(
    run('Thank you for your '),
    start(1),
    run('application'),
    end(1),
    reference(1),
    run(' for a '),
    start(2),
    run('Council Tax ', '<w:b/>'),
    run('Reduction', '<w:b/><w:i/>'),
    end(2),
    reference(2),
    run(', received on 12 February 2026.'),
  ) +
  paragraph(run('We have worked out your reduction '), start(3), run('using the income you told us about.')) +
  paragraph(run('Your reduction is £12.40 a week'), end(3), reference(3), run(' from 1 April 2026.')) +
  paragraph(run('If your circum\u00adstances change, '), start(7), run('tell us'), end(7), reference(7), run(' within 21 days.')) +
  paragraph(run('You can ask us to look at this decision again.'), reference(5)) +
  start(8) +
  paragraph(run('Yours sincerely')) +
  paragraph(run('Sam Jones')) +
  end(8) +
  paragraph(reference(8), run('Revenues Officer'));

const REVIEW_COMMENTS = commentsXml(
  comment(1, 'Priya Shah', ['Say “claim” here: it is the word on our form.']) +
    comment(2, 'Priya Shah', ['Capitals are right: it is the scheme’s name.']) +
    comment(3, 'Priya Shah', ['Show the sum in a table.', 'See Wirral §8 on figures.']) +
    comment(4, 'Sam Jones', ['Reference checked against the claim.']) +
    comment(5, 'Priya Shah', ['Add the 1 month deadline for a review.']) +
    comment(6, 'Priya Shah', ['This comment lost its range when the paragraph was deleted.']) +
    comment(7, 'Priya Shah', ['Give the phone number as well.']) +
    comment(8, 'Sam Jones', ['Sign off with a name and job title, as here.']),
);

/** The same letter with every comment mark taken out: what a reader of the letter sees. */
const UNREVIEWED_BODY = REVIEWED_BODY.replace(/<w:commentRange(?:Start|End) w:id="\d+"\/>/g, '').replace(/<w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference w:id="\d+"\/><\/w:r>/g, '');

describe('loadDocx reads the Word comments of a reviewed letter', async () => {
  const document = await loadDocx('reviewed.docx', docxWithComments(REVIEWED_BODY, REVIEW_COMMENTS));
  const unreviewed = await loadDocx('letter.docx', docxWithComments(UNREVIEWED_BODY, undefined));
  const byId = new Map((document.comments ?? []).map((c) => [c.id, c]));
  const comment = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no comment ${id}`);
    return found;
  };

  it('keeps the comments out of the text the rules check: the letter reads as it does without them', () => {
    expect(document.text).toBe(unreviewed.text);
    expect(document.blocks).toEqual(unreviewed.blocks);
    expect(document.text).not.toContain('claim');
    expect(unreviewed.comments).toBeUndefined();
  });

  it('gives every comment, in the order of the comments part, with its author, initials, date and text', () => {
    expect(document.comments!.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(comment('1')).toMatchObject({ author: 'Priya Shah', initials: 'PS', date: '2026-03-02T09:15:00Z', text: 'Say “claim” here: it is the word on our form.' });
    expect(comment('4')).toMatchObject({ author: 'Sam Jones', initials: 'SJ' });
  });

  it('anchors a comment on a word in mid-sentence', () => {
    expect(anchoredText(document, comment('1'))).toBe('application');
    expect(comment('1').part).toBe('body');
  });

  it('anchors a comment over two runs of different formatting', () => {
    expect(anchoredText(document, comment('2'))).toBe('Council Tax Reduction');
  });

  it('anchors a comment over two paragraphs, across the line break that joins them', () => {
    expect(anchoredText(document, comment('3'))).toBe('using the income you told us about.\nYour reduction is £12.40 a week');
  });

  it('joins a comment’s paragraphs with a line break', () => {
    expect(comment('3').text).toBe('Show the sum in a table.\nSee Wirral §8 on figures.');
  });

  it('anchors a comment in a table cell, and says it is in the table', () => {
    expect(anchoredText(document, comment('4'))).toBe('CTR/04417');
    expect(comment('4').part).toBe('table');
  });

  it('places a comment with only a reference mark at the reference, with no range', () => {
    const onlyReference = comment('5');
    expect(onlyReference.start).toBe(onlyReference.end);
    expect(document.text.slice(0, onlyReference.start).endsWith('You can ask us to look at this decision again.')).toBe(true);
    expect(onlyReference.unanchored).toBeUndefined();
  });

  it('keeps a comment with no mark in the document, at 0 and flagged unanchored', () => {
    expect(comment('6')).toMatchObject({ start: 0, end: 0, part: 'body', unanchored: true, text: 'This comment lost its range when the paragraph was deleted.' });
  });

  it('counts offsets in the text after soft hyphens are taken out', () => {
    expect(document.text).toContain('If your circumstances change, tell us within 21 days.');
    expect(anchoredText(document, comment('7'))).toBe('tell us');
  });

  it('anchors a range whose marks sit between paragraphs on the whole paragraphs', () => {
    expect(anchoredText(document, comment('8'))).toBe('Yours sincerely\nSam Jones');
  });
});

describe('loadDocx on comments parts that are missing, unrelated or hostile', () => {
  const body = paragraph(run('Dear Mrs Patel')) + paragraph(run('We will '), start(0), run('utilise'), end(0), reference(0), run(' your meter reading.'));
  const oneComment = commentsXml(comment(0, 'Sam Jones', ['Say “use”.']));

  it('reads no comments from a letter that has none', async () => {
    const document = await loadDocx('council-tax-reduction.docx', await readFile('fixtures/docx/council-tax-reduction.docx'));
    expect(document.comments).toBeUndefined();
  });

  it('ignores a comments part the document does not relate to, as Word does', async () => {
    const document = await loadDocx('letter.docx', docxWithComments(body, oneComment, { related: false }));
    expect(document.comments).toBeUndefined();
  });

  it('reads a comments part that binds WordprocessingML to another prefix', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><ns0:comments xmlns:ns0="${W}"><ns0:comment ns0:id="0" ns0:author="Sam Jones"><ns0:p><ns0:r><ns0:t>Say “use”.</ns0:t></ns0:r></ns0:p></ns0:comment></ns0:comments>`;
    const document = await loadDocx('letter.docx', docxWithComments(body, xml));
    const at = document.text.indexOf('utilise');
    expect(document.comments).toEqual([{ id: '0', author: 'Sam Jones', text: 'Say “use”.', start: at, end: at + 'utilise'.length, part: 'body' }]);
  });

  it('refuses a comments part that declares entities', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:comments [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>` + oneComment.replace(/^<\?xml[^>]*>\n/, '').replace('Say “use”.', '&lol2;');
    const error = await loadError(docxWithComments(body, xml));
    expect([error.code, error.message]).toEqual(['unsafe', 'declares XML entities, which Word never writes; refused for safety (word/comments.xml)']);
  });

  it('refuses a comments part whose declared size breaks the XML limit, before inflating it', async () => {
    const error = await loadError(docxWithComments(body, oneComment, { declaredSize: 60 * 1024 * 1024 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('word/comments.xml declares 60 MB of XML');
  });

  it('says a comments part that is not well-formed is damaged', async () => {
    const error = await loadError(docxWithComments(body, oneComment.replace('</w:comments>', '')));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^damaged: word\/comments\.xml is not well-formed XML/);
  });
});

describe('loadDocx reads back the comments --annotate writes', async () => {
  const names = (await readdir('fixtures/docx')).filter((name) => name.endsWith('.docx'));

  async function annotatedRoundTrip(name: string) {
    const bytes = await readFile(`fixtures/docx/${name}`);
    const document = await loadDocx(name, bytes);
    const findings = checkDocument(document).findings;
    const annotated = await loadDocx(name, Buffer.from(await annotateDocx(bytes, document, findings, { date: '2026-03-03T10:00:00Z' })));
    return { document, findings, annotated, comments: annotated.comments ?? [] };
  }

  /** A finding in the body, table or a text box, on some text: its comment sits on exactly that text. */
  const onBodyText = (f: Finding) => f.part !== 'header' && f.part !== 'footer' && f.start !== undefined && f.end !== undefined && f.end > f.start;

  it('signoff-mismatch.docx: one comment by cc-check per finding, on the finding’s excerpt, with its message', async () => {
    const { document, findings, annotated, comments } = await annotatedRoundTrip('signoff-mismatch.docx');
    expect(findings.map((f) => f.ruleId)).toContain('courtesy/signoff-mismatch');
    expect(annotated.text).toBe(document.text);
    expect(comments).toHaveLength(findings.length);
    findings.forEach((finding, i) => {
      const c = comments[i]!;
      expect(c).toMatchObject({ author: COMMENT_AUTHOR, initials: 'CC', date: '2026-03-03T10:00:00Z' });
      expect(c.unanchored).toBeUndefined();
      expect(c.text).toContain(finding.message);
      if (onBodyText(finding)) expect(anchoredText(annotated, c), finding.ruleId).toBe(finding.excerpt);
    });
    const signoff = comments[findings.findIndex((f) => f.ruleId === 'courtesy/signoff-mismatch')]!;
    expect(anchoredText(annotated, signoff)).toBe('Yours faithfully');
    expect(signoff.text.split('\n')).toContain('Write instead: Yours sincerely');
  });

  it.each(names)('%s: every finding’s comment comes back on its text and in its part', async (name) => {
    const { findings, annotated, comments } = await annotatedRoundTrip(name);
    expect(comments).toHaveLength(findings.length);
    findings.forEach((finding, i) => {
      const c = comments[i]!;
      expect(c.author).toBe(COMMENT_AUTHOR);
      expect(c.text).toContain(finding.message);
      if (!onBodyText(finding)) return;
      expect(anchoredText(annotated, c), `${finding.ruleId} on "${finding.excerpt}"`).toBe(finding.excerpt);
      expect(c.part).toBe(finding.part ?? 'body');
    });
  });
});
