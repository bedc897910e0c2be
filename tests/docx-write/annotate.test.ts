import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/docx-write/annotate.js';
import { checkDocument } from '../../src/engine/check.js';
import { loadDocx } from '../../src/load/docx.js';
import { loadBytes } from '../../src/load/index.js';
import type { Document, DocumentComment, Finding } from '../../src/types.js';
import { documentXml, minimalDocxParts, writeZip } from '../../scripts/fixture-zip.js';
import { buildDocx, entriesOf, paragraph, propertiesOfRunWith, readCommentRanges, readComments, run, W } from './docx-helpers.js';
import { councilTaxLetter } from './letter.js';

const DATE = '2026-03-03T10:00:00Z';
/** Entries an annotated copy may change: the body, the new comments and what declares them. */
const CHANGED = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

/** A finding as the engine reports it, on the first occurrence of `phrase`. */
function findingOn(document: Document, phrase: string, fields: Partial<Finding> = {}): Finding {
  const start = document.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the letter`);
  return {
    ruleId: 'plain/latin-legal',
    severity: 'warning',
    message: `Say “under” instead of “${phrase}”.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: phrase,
    standard: 'Shepway 12, 15',
    start,
    end: start + phrase.length,
    ...fields,
  };
}

// Neither rule is about what this file tests: the bare letter below has no styles part (Word shows it as Times New Roman 10 pt).
const NO_FORMATS_RULE = { rules: { 'access/alternative-formats': 'off' as const, 'template/styles': 'off' as const } };

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The comments of an annotated copy as the project's own loader reads them back. */
async function loadedComments(output: Uint8Array): Promise<{ loaded: Document; loadedComments: DocumentComment[] }> {
  const loaded = await loadDocx('letter.checked.docx', output);
  return { loaded, loadedComments: loaded.comments ?? [] };
}

/** The text of Document.text a loaded comment is anchored on. */
const onText = (document: Document, comment: DocumentComment | undefined) => (comment ? document.text.slice(comment.start, comment.end) : undefined);

async function annotate(bytes: Buffer, findings?: Finding[]) {
  const document = await loadBytes('letter.docx', bytes);
  // The test letter offers no other formats on purpose: that finding has no text to anchor on.
  const used = findings ?? checkDocument(document, NO_FORMATS_RULE).findings;
  const output = await annotateDocx(bytes, document, used, { date: DATE });
  const before = await entriesOf(bytes);
  const after = await entriesOf(output);
  const xml = after.get('word/document.xml')!.toString('utf8');
  return {
    document,
    findings: used,
    output,
    before,
    after,
    xml,
    comments: readComments(after.get('word/comments.xml')?.toString('utf8') ?? ''),
    ...readCommentRanges(xml),
    ...(await loadedComments(output)),
  };
}

describe('annotateDocx on a council tax letter with mixed formatting', async () => {
  const bytes = councilTaxLetter();
  const plain = await loadBytes('letter.docx', bytes);
  const tableFinding = findingOn(plain, 'pursuant to', { part: 'table', suggestion: 'under' });
  const headerFinding = findingOn(plain, 'Eastbrook District Council', { ruleId: 'template/required-elements', message: 'Give the service’s name under the council’s.', part: 'header', standard: 'Shepway 10' });
  const engineFindings = checkDocument(plain, NO_FORMATS_RULE).findings;
  const result = await annotate(bytes, [...engineFindings, tableFinding, headerFinding]);

  it('finds what the rules report in the letter (so the comments below are on real findings)', () => {
    expect(engineFindings.map((f) => [f.ruleId, f.excerpt, f.part])).toEqual([
      ['plain/jargon', 'utilise', 'body'],
      ['plain/jargon', 'utilise', 'textbox'],
      ['plain/waffle', 'in order to', 'body'],
      ['courtesy/signoff-format', 'Yours Sincerely', 'body'],
    ]);
  });

  it('writes one comment per finding, authored cc-check, with the message, the suggestion, the rule and the standard', () => {
    expect(result.comments).toHaveLength(6);
    const jargon = result.comments[0]!;
    expect(jargon).toMatchObject({ author: 'cc-check', initials: 'CC', date: DATE });
    expect(jargon.paragraphs).toEqual([engineFindings[0]!.message, 'Write instead: use', 'plain/jargon · Shepway 12, 15']);
    expect(new Set(result.comments.map((c) => c.id)).size).toBe(6);
    for (const comment of result.comments) expect(comment.author).toBe('cc-check');
    // The loader reads the same comments back.
    expect(result.loadedComments.map((c) => [c.id, c.author, c.initials, c.date, c.text])).toEqual(result.comments.map((c) => [c.id, 'cc-check', 'CC', DATE, c.paragraphs.join('\n')]));
  });

  it('anchors each comment on exactly the finding’s text: mid-run, across two runs, in a table and in a text box', () => {
    const byId = result.comments.map((c) => result.ranges.get(c.id));
    expect(byId.slice(0, 5)).toEqual(['utilise', 'utilise', 'in order to', 'Yours Sincerely', 'pursuant to']);
    result.findings.slice(0, 5).forEach((finding, i) => expect(normalise(byId[i]!)).toBe(finding.excerpt));
    for (const comment of result.comments) expect(result.references.get(comment.id)).toBe(1);
    // The loader places each comment on the same text of Document.text, in the part the finding is in.
    expect(result.loadedComments.slice(0, 5).map((c) => [onText(result.loaded, c), c.part])).toEqual([
      ['utilise', 'body'],
      ['utilise', 'textbox'],
      ['in order to', 'body'],
      ['Yours Sincerely', 'body'],
      ['pursuant to', 'table'],
    ]);
    result.findings.slice(0, 5).forEach((finding, i) => expect(onText(result.loaded, result.loadedComments[i])).toBe(plain.text.slice(finding.start, finding.end)));
  });

  it('anchors a header finding on the first paragraph of the body and says where it is', () => {
    const comment = result.comments[5]!;
    expect(result.ranges.get(comment.id)).toBe('Mrs Anita Patel');
    expect(comment.paragraphs[0]).toBe('In the header: “Eastbrook District Council”. Give the service’s name under the council’s.');
    const loaded = result.loadedComments[5]!;
    expect([onText(result.loaded, loaded), loaded.part]).toEqual(['Mrs Anita Patel', 'body']);
    expect(loaded.text.split('\n')[0]).toBe(comment.paragraphs[0]);
    // Word allows no comments in a header: the header part is left as it was.
    expect(result.after.get('word/header1.xml')).toEqual(result.before.get('word/header1.xml'));
  });

  it('keeps each piece of a split run in its run’s formatting', () => {
    expect(propertiesOfRunWith(result.xml, 'We will ')).toBe('<w:rPr><w:b/></w:rPr>');
    expect(propertiesOfRunWith(result.xml, 'utilise')).toBe('<w:rPr><w:b/></w:rPr>');
    expect(propertiesOfRunWith(result.xml, ' your meter reading')).toBe('<w:rPr><w:b/></w:rPr>');
    expect(propertiesOfRunWith(result.xml, 'We have looked at your account ')).toBe('');
    expect(propertiesOfRunWith(result.xml, 'in order')).toBe('');
    expect(propertiesOfRunWith(result.xml, ' to')).toBe('<w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>');
    expect(propertiesOfRunWith(result.xml, ' work out the discount you can have.')).toBe('<w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>');
  });

  it('leaves the text as it was: the project’s loader reads the same letter back', async () => {
    const again = await loadBytes('letter.checked.docx', result.output);
    expect(again.text).toBe(plain.text);
    expect(again.blocks).toEqual(plain.blocks);
  });

  it('declares the comments part and copies every other entry byte for byte', () => {
    expect(result.after.get('[Content_Types].xml')!.toString()).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    expect(result.after.get('word/_rels/document.xml.rels')!.toString()).toMatch(
      /<Relationship Id="rId2" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"\/>/,
    );
    expect([...result.after.keys()]).toEqual([...result.before.keys(), 'word/comments.xml']);
    for (const [name, data] of result.before) if (!CHANGED.has(name)) expect(result.after.get(name), name).toEqual(data);
  });
});

describe('annotateDocx on the fixture letters', async () => {
  const names = (await readdir('fixtures/docx')).filter((name) => name.endsWith('.docx'));

  it.each(names)('%s: a comment on each finding and on the first words of every paragraph, the text unchanged', async (name) => {
    const bytes = await readFile(`fixtures/docx/${name}`);
    const document = await loadBytes(name, bytes);
    // The first two words of each body, table and text box paragraph, as well as the rules' own findings.
    const words = document.blocks
      .filter((b) => b.part !== 'header' && b.part !== 'footer')
      .map((b) => {
        const match = /^\S+(?:[ \t]+\S+)?/.exec(document.text.slice(b.start, b.end))!;
        return { ...findingOn(document, match[0]), start: b.start, end: b.start + match[0].length, part: b.part };
      });
    const findings = [...checkDocument(document).findings.filter((f) => f.part !== 'header' && f.part !== 'footer'), ...words];
    const result = await annotate(bytes, findings);
    expect(result.comments).toHaveLength(findings.length);
    findings.forEach((finding, i) => {
      const id = result.comments[i]!.id;
      expect(normalise(result.ranges.get(id)!), `${finding.ruleId} on "${finding.excerpt}"`).toBe(normalise(document.text.slice(finding.start, finding.end)));
      const loaded = result.loadedComments[i]!;
      expect([loaded.id, onText(result.loaded, loaded), loaded.part], `${finding.ruleId} on "${finding.excerpt}", through the loader`).toEqual([id, document.text.slice(finding.start, finding.end), finding.part]);
    });
    expect(result.loadedComments).toHaveLength(findings.length);
    const again = await loadBytes(name, result.output);
    expect(again.text).toBe(document.text);
    for (const [entry, data] of result.before) if (!CHANGED.has(entry)) expect(result.after.get(entry), entry).toEqual(data);
  });

  it('puts the sign-off finding of signoff-mismatch.docx on “Yours faithfully”, with the sign-off to write instead', async () => {
    const bytes = await readFile('fixtures/docx/signoff-mismatch.docx');
    const result = await annotate(bytes);
    expect(result.findings.map((f) => f.ruleId)).toContain('courtesy/signoff-mismatch');
    const index = result.findings.findIndex((f) => f.ruleId === 'courtesy/signoff-mismatch');
    expect(result.ranges.get(result.comments[index]!.id)).toBe('Yours faithfully');
    expect(result.comments[index]!.paragraphs).toContain('Write instead: Yours sincerely');
    expect(result.loadedComments).toHaveLength(result.findings.length);
    expect(onText(result.loaded, result.loadedComments[index])).toBe('Yours faithfully');
    expect(result.loadedComments[index]!.text).toContain(result.findings[index]!.message);
  });
});

describe('annotateDocx on edge cases', () => {
  it('keeps a document’s own comments and gives the new ones fresh ids', async () => {
    const body = paragraph(
      '<w:commentRangeStart w:id="0"/>',
      run('Dear Mrs Patel'),
      '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    ) + paragraph(run('We will utilise the refund.'));
    const own = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="Sam Jones" w:initials="SJ"><w:p><w:r><w:t>Check the spelling of her name.</w:t></w:r></w:p></w:comment></w:comments>`;
    const bytes = writeZip(
      minimalDocxParts({
        document: documentXml(body),
        relationships: '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
        extraParts: [{ name: 'word/comments.xml', data: own }],
        extraOverrides: '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
      }),
    );
    const document = await loadBytes('a.docx', bytes);
    const result = await annotate(bytes, [findingOn(document, 'utilise', { ruleId: 'plain/jargon', message: 'Say “use” instead of “utilise”.' })]);
    expect(result.comments.map((c) => [c.id, c.author, c.paragraphs[0]])).toEqual([
      ['0', 'Sam Jones', 'Check the spelling of her name.'],
      ['1', 'cc-check', 'Say “use” instead of “utilise”.'],
    ]);
    expect(result.ranges).toEqual(new Map([['0', 'Dear Mrs Patel'], ['1', 'utilise']]));
    expect(result.loadedComments.map((c) => [c.id, c.author, onText(result.loaded, c)])).toEqual([
      ['0', 'Sam Jones', 'Dear Mrs Patel'],
      ['1', 'cc-check', 'utilise'],
    ]);
    // Neither a second relationship nor a second content type.
    expect(result.after.get('word/_rels/document.xml.rels')).toEqual(result.before.get('word/_rels/document.xml.rels'));
    expect(result.after.get('[Content_Types].xml')).toEqual(result.before.get('[Content_Types].xml'));
  });

  it('escapes what it writes and drops characters XML forbids', async () => {
    const bytes = buildDocx(paragraph(run('Dear Mrs O&apos;Neill &amp; Mr Okafor')) + paragraph(run('We will <b>utilise</b> the refund.'.replace(/</g, '&lt;').replace(/>/g, '&gt;'))));
    const document = await loadBytes('a.docx', bytes);
    const message = 'Say “use” for <script>alert(1)</script> & "quotes"\u0001\uFFFE.';
    const result = await annotate(bytes, [findingOn(document, 'O\'Neill & Mr', { message, suggestion: '"><img src=x onerror=alert(1)>' }), findingOn(document, '<b>utilise</b>')]);
    expect(result.comments[0]!.paragraphs).toEqual(['Say “use” for <script>alert(1)</script> & "quotes".', 'Write instead: "><img src=x onerror=alert(1)>', 'plain/latin-legal · Shepway 12, 15']);
    expect(result.ranges.get(result.comments[0]!.id)).toBe('O\'Neill & Mr');
    expect(result.ranges.get(result.comments[1]!.id)).toBe('<b>utilise</b>');
    expect(result.loadedComments.map((c) => onText(result.loaded, c))).toEqual(['O\'Neill & Mr', '<b>utilise</b>']);
    expect(result.loadedComments[0]!.text).toBe(result.comments[0]!.paragraphs.join('\n'));
    expect((await loadBytes('a.docx', result.output)).text).toBe(document.text);
  });

  it('anchors a finding on no text (a missing sign-off) on the whole paragraph it points at', async () => {
    const bytes = buildDocx(paragraph(run('Dear Mrs Patel')) + paragraph(run('Your refund of '), run('£45', '<w:b/>'), run(' is on its way.')));
    const document = await loadBytes('a.docx', bytes);
    const end = document.text.length;
    const result = await annotate(bytes, [{ ...findingOn(document, 'Your refund'), ruleId: 'courtesy/signoff-missing', start: end, end, excerpt: '' }]);
    expect(result.ranges.get(result.comments[0]!.id)).toBe('Your refund of £45 is on its way.');
    expect(onText(result.loaded, result.loadedComments[0])).toBe('Your refund of £45 is on its way.');
  });

  it('writes in the prefix the document binds to WordprocessingML', async () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="${W}"><ns0:body>` +
      '<ns0:p><ns0:r><ns0:rPr><ns0:i/></ns0:rPr><ns0:t>We will utilise the refund.</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>';
    const bytes = writeZip(minimalDocxParts({ document: xml }));
    const document = await loadBytes('a.docx', bytes);
    const output = await annotateDocx(bytes, document, [findingOn(document, 'utilise')], { date: DATE });
    const written = (await entriesOf(output)).get('word/document.xml')!.toString();
    expect(written).toContain('<ns0:commentRangeStart ns0:id="0"/><ns0:r><ns0:rPr><ns0:i/></ns0:rPr><ns0:t xml:space="preserve">utilise</ns0:t></ns0:r><ns0:commentRangeEnd ns0:id="0"/>');
    expect((await loadBytes('a.docx', output)).text).toBe('We will utilise the refund.');
    const { loaded, loadedComments: comments } = await loadedComments(output);
    expect(comments.map((c) => [c.id, onText(loaded, c), c.text])).toEqual([['0', 'utilise', 'Say “under” instead of “utilise”.\nplain/latin-legal · Shepway 12, 15']]);
  });

  it('gives each copy of a run’s tracked formatting change an id of its own when it splits the run', async () => {
    const properties = '<w:b/><w:rPrChange w:id="5" w:author="Sam Jones" w:date="2026-03-02T09:00:00Z"><w:rPr/></w:rPrChange>';
    const bytes = buildDocx(paragraph(run('We will utilise the refund.', properties)));
    const document = await loadBytes('a.docx', bytes);
    const result = await annotate(bytes, [findingOn(document, 'utilise')]);
    const ids = [...result.xml.matchAll(/<w:rPrChange w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('5');
    expect(result.ranges.get(result.comments[0]!.id)).toBe('utilise');
    expect(ids).not.toContain(result.comments[0]!.id);
    expect(onText(result.loaded, result.loadedComments[0])).toBe('utilise');
  });

  it('copies the document unchanged when there is nothing to comment on', async () => {
    const bytes = councilTaxLetter();
    const document = await loadBytes('a.docx', bytes);
    const before = await entriesOf(bytes);
    expect(await entriesOf(await annotateDocx(bytes, document, []))).toEqual(before);
  });

  it('refuses a document that is not the one the bytes hold', async () => {
    const document = await loadBytes('a.docx', councilTaxLetter());
    await expect(annotateDocx(buildDocx(paragraph(run('Dear Mr Okafor'))), document, [])).rejects.toThrow('does not match');
  });
});
