import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkDocument, resolveRules } from '../../src/engine/check.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { loadBytes, loadFile } from '../../src/load/index.js';
import type { Block, Document } from '../../src/types.js';
import { documentXml, minimalDocxParts, writeZip } from '../../scripts/fixture-zip.js';

const FIXTURES = 'fixtures/docx';

/** The text of each block with its number, part, and style or heading flag. */
function describeBlocks(doc: Document): Array<[string, number, Block['part'], string?]> {
  return doc.blocks.map((b) => {
    const entry: [string, number, Block['part'], string?] = [doc.text.slice(b.start, b.end), b.paragraph, b.part];
    if (b.style || b.heading) entry.push(`${b.style ?? ''}${b.heading ? ' (heading)' : ''}`.trim());
    return entry;
  });
}

function blockOf(doc: Document, text: string): Block {
  const block = doc.blocks.find((b) => doc.text.slice(b.start, b.end) === text);
  if (!block) throw new Error(`no block with the text "${text}"`);
  return block;
}

/** A .docx in memory from body XML, with optional extra parts and relationships. */
function docx(body: string, extra: { relationships?: string; extraParts?: Array<{ name: string; data: string }> } = {}): Buffer {
  return writeZip(minimalDocxParts({ document: documentXml(body), ...extra }));
}

function paragraph(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

describe('loadDocx on the council tax reduction letter', async () => {
  const doc = await loadFile(`${FIXTURES}/council-tax-reduction.docx`);

  it('gives one line per paragraph: letterhead, addressee (soft breaks), date, references table, salutation', () => {
    expect(doc.format).toBe('docx');
    expect(doc.text.startsWith(
      [
        'Eastbrook District Council',
        'Council Offices, Market Street, Eastbrook EB1 2AA',
        '',
        'Mrs Anita Patel',
        '14 Willow Close',
        'Eastbrook',
        'EB4 7QT',
        '',
        '3 March 2026',
        '',
        'Our ref:',
        '04417-2026',
        'Your ref:',
        'Online form 88213',
        'Contact:',
        'Sam Jones, 01632 960 418',
        '',
        'Dear Mrs Patel',
        '',
        'Your Council Tax Reduction from 1 April 2026',
        '',
        'Thank you for applying for Council Tax Reduction on 12 February 2026.',
      ].join('\n'),
    )).toBe(true);
  });

  it('ends with the sign-off, the signature and then the footer', () => {
    expect(doc.text.endsWith(
      [
        'Please call 01632 960 400 to ask for a copy.',
        '',
        'Yours sincerely',
        '',
        '',
        'Sam Jones',
        'Benefits Officer',
        'Revenues and Benefits Service',
        '',
        'www.eastbrook.gov.uk · 01632 960 400 · Monday to Friday, 9am to 5pm',
      ].join('\n'),
    )).toBe(true);
  });

  it('shows the letterhead once although the first page has its own identical header', () => {
    expect(doc.text.split('Eastbrook District Council').length - 1).toBe(1);
    expect(doc.blocks.filter((b) => b.part === 'header')).toHaveLength(2);
  });

  it('numbers body paragraphs as Word counts them (empty ones too) and header and footer paragraphs within their part', () => {
    expect(describeBlocks(doc).slice(0, 6)).toEqual([
      ['Eastbrook District Council', 1, 'header', 'Title (heading)'],
      ['Council Offices, Market Street, Eastbrook EB1 2AA', 2, 'header'],
      ['Mrs Anita Patel\n14 Willow Close\nEastbrook\nEB4 7QT', 1, 'body'],
      ['3 March 2026', 3, 'body'],
      ['Our ref:', 5, 'table'],
      ['04417-2026', 6, 'table'],
    ]);
    expect(blockOf(doc, 'Dear Mrs Patel')).toMatchObject({ paragraph: 12, part: 'body' });
    expect(blockOf(doc, 'Yours sincerely')).toMatchObject({ paragraph: 30, part: 'body' });
    expect(blockOf(doc, 'www.eastbrook.gov.uk · 01632 960 400 · Monday to Friday, 9am to 5pm')).toMatchObject({ paragraph: 1, part: 'footer' });
  });

  it('makes blocks only of paragraphs with text, each covering exactly its paragraph', () => {
    for (const block of doc.blocks) {
      const text = doc.text.slice(block.start, block.end);
      expect(text.trim()).not.toBe('');
      expect(doc.text[block.end] ?? '\n').toBe('\n');
      expect(block.start === 0 || doc.text[block.start - 1] === '\n').toBe(true);
    }
    const starts = doc.blocks.map((b) => b.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('reads author, last editor, title and dates from the core properties', () => {
    expect(doc.metadata).toEqual({
      author: 'Sam Jones',
      lastModifiedBy: 'Sam Jones',
      title: 'Your Council Tax Reduction from 1 April 2026',
      created: '2026-03-02T09:15:00Z',
      modified: '2026-03-03T11:40:00Z',
    });
  });

  it('has the same wording as its plain-text twin', async () => {
    const twin = await readFile(`${FIXTURES}/council-tax-reduction.txt`, 'utf8');
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(doc.text)).toEqual(words(twin));
  });
});

describe('loadDocx on the text box letter', async () => {
  const doc = await loadFile(`${FIXTURES}/textbox-letter.docx`);
  const keySentence = 'Priya Shah will visit you at home on Tuesday 14 April 2026 at 10am.';

  it('reads the text box once: the Word 2010 shape, not its VML fallback as well', () => {
    expect(doc.text.split(keySentence).length - 1).toBe(1);
    expect(doc.text.split('Your appointment').length - 1).toBe(1);
  });

  it('places text box paragraphs right after the paragraph that anchors them, numbered in order', () => {
    const anchor = blockOf(doc, 'Thank you for talking to us on 10 March 2026.');
    expect(anchor).toMatchObject({ paragraph: 14, part: 'body' });
    expect(blockOf(doc, 'Your appointment')).toMatchObject({ paragraph: 15, part: 'textbox' });
    expect(blockOf(doc, keySentence)).toMatchObject({ paragraph: 16, part: 'textbox' });
    expect(doc.text).toContain(`Thank you for talking to us on 10 March 2026.\nYour appointment\n${keySentence}\n`);
  });

  it('shows tracked changes as accepted: inserted text in, deleted text out', () => {
    expect(doc.text).toContain('Please have your rent card ready when she visits.');
    expect(doc.text).not.toContain('tenancy agreement');
  });

  it('marks a Heading 1 paragraph as a heading with its style', () => {
    expect(blockOf(doc, 'Your home visit')).toMatchObject({ style: 'Heading1', heading: true, part: 'body' });
    expect(blockOf(doc, 'Dear Mrs Patel').heading).toBeUndefined();
  });
});

describe('loadDocx on WordprocessingML details', () => {
  it('turns tabs, soft breaks and carriage returns into \\t and \\n, and keeps hyphens as Word shows them', async () => {
    const doc = await loadBytes(
      'a.docx',
      docx(
        '<w:p><w:r><w:t>Our ref:</w:t><w:tab/><w:t>04417-2026</w:t><w:br/><w:t>Your ref:</w:t><w:cr/><w:t>none</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>We will re</w:t><w:softHyphen/><w:t>assess your co</w:t><w:noBreakHyphen/><w:t>operation claim\u00ADs.</w:t></w:r></w:p>',
      ),
    );
    expect(doc.text).toBe('Our ref:\t04417-2026\nYour ref:\nnone\nWe will reassess your co-operation claims.');
    expect(doc.blocks.map((b) => b.paragraph)).toEqual([1, 2]);
  });

  it('ignores page and column breaks, and tab stops defined in paragraph properties', async () => {
    const doc = await loadBytes(
      'a.docx',
      docx(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:br w:type="page"/></w:r><w:r><w:t>Page two starts here.</w:t><w:br w:type="column"/></w:r></w:p>',
      ),
    );
    expect(doc.text).toBe('Page two starts here.');
  });

  it('shows a field result, not its instruction, and includes content controls', async () => {
    const doc = await loadBytes(
      'a.docx',
      docx(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3 March 2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
          '<w:sdt><w:sdtPr><w:alias w:val="Addressee"/></w:sdtPr><w:sdtContent>' +
          paragraph('Mrs Anita Patel') +
          '</w:sdtContent></w:sdt>' +
          '<w:p><w:fldSimple w:instr=" REF contact "><w:r><w:t>Sam Jones</w:t></w:r></w:fldSimple></w:p>',
      ),
    );
    expect(doc.text).toBe('3 March 2026\nMrs Anita Patel\nSam Jones');
  });

  it('keeps moved text once (where it was moved to) and ignores deleted text', async () => {
    const doc = await loadBytes(
      'a.docx',
      docx(
        '<w:p><w:moveFrom w:id="1" w:author="Sam Jones"><w:r><w:t>Please call us.</w:t></w:r></w:moveFrom><w:r><w:t>Thank you for your letter.</w:t></w:r>' +
          '<w:del w:id="2" w:author="Sam Jones"><w:r><w:delText> Please find enclosed a form.</w:delText></w:r></w:del>' +
          '<w:ins w:id="3" w:author="Sam Jones"><w:r><w:t> I have enclosed a form.</w:t></w:r></w:ins></w:p>' +
          '<w:p><w:moveTo w:id="4" w:author="Sam Jones"><w:r><w:t>Please call us.</w:t></w:r></w:moveTo></w:p>',
      ),
    );
    expect(doc.text).toBe('Thank you for your letter. I have enclosed a form.\nPlease call us.');
  });

  it('takes the current paragraph style, not the one a tracked formatting change replaced', async () => {
    const doc = await loadBytes(
      'a.docx',
      docx(
        paragraph('Your appeal', '<w:pStyle w:val="Heading2"/><w:pPrChange w:id="1" w:author="Sam Jones"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange>') +
          paragraph('What happens next', '<w:outlineLvl w:val="0"/>') +
          paragraph('Thank you for your patience.', '<w:pStyle w:val="BodyText"/><w:outlineLvl w:val="9"/>'),
      ),
    );
    expect(describeBlocks(doc)).toEqual([
      ['Your appeal', 1, 'body', 'Heading2 (heading)'],
      ['What happens next', 2, 'body', '(heading)'],
      ['Thank you for your patience.', 3, 'body', 'BodyText'],
    ]);
  });

  it('keeps empty paragraphs (also self-closing ones) as blank lines and counts them', async () => {
    const doc = await loadBytes('a.docx', docx(`${paragraph('Dear Mrs Patel')}<w:p/><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>${paragraph('Thank you for your letter.')}`));
    expect(doc.text).toBe('Dear Mrs Patel\n\n\nThank you for your letter.');
    expect(describeBlocks(doc)).toEqual([
      ['Dear Mrs Patel', 1, 'body'],
      ['Thank you for your letter.', 4, 'body'],
    ]);
  });

  it('reads table cells in order, nested tables included', async () => {
    const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
    const inner = `<w:tbl><w:tr>${cell(paragraph('Band C'))}${cell(paragraph('£1,837.20'))}</w:tr></w:tbl>`;
    const doc = await loadBytes(
      'a.docx',
      docx(`${paragraph('Your bill')}<w:tbl><w:tr>${cell(paragraph('Property'))}${cell(`${inner}<w:p/>`)}</w:tr></w:tbl>${paragraph('Yours sincerely')}`),
    );
    expect(describeBlocks(doc)).toEqual([
      ['Your bill', 1, 'body'],
      ['Property', 2, 'table'],
      ['Band C', 3, 'table'],
      ['£1,837.20', 4, 'table'],
      ['Yours sincerely', 6, 'body'],
    ]);
  });

  it('reads a legacy VML text box that has no alternative', async () => {
    const doc = await loadBytes(
      'a.docx',
      docx(`<w:p><w:r><w:t>See the box.</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph('Call us on 01632 960 400.')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`),
    );
    expect(describeBlocks(doc)).toEqual([
      ['See the box.', 1, 'body'],
      ['Call us on 01632 960 400.', 2, 'textbox'],
    ]);
  });

  it('works whatever prefix the file binds to the WordprocessingML namespace', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body>' +
      '<ns0:p><ns0:pPr><ns0:pStyle ns0:val="Title"/></ns0:pPr><ns0:r><ns0:t>Planning decision</ns0:t></ns0:r></ns0:p>' +
      '<ns0:p><ns0:r><ns0:t>Dear Mr Okafor</ns0:t><ns0:br/><ns0:t>Thank you.</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>';
    const doc = await loadBytes('a.docx', writeZip(minimalDocxParts({ document: xml })));
    expect(describeBlocks(doc)).toEqual([
      ['Planning decision', 1, 'body', 'Title (heading)'],
      ['Dear Mr Okafor\nThank you.', 2, 'body'],
    ]);
  });

  it('puts the default header before the first-page one, leaves out one with the same text, and reads footers last', async () => {
    const header = (text: string, attribute = '') =>
      `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"${attribute}>${paragraph(text)}</w:hdr>`;
    const footer = `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/>${paragraph('Page 1 of 1')}</w:ftr>`;
    const relationship = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const doc = await loadBytes(
      'a.docx',
      docx(
        `${paragraph('Dear Mrs Patel')}<w:sectPr><w:headerReference w:type="first" r:id="rId2"/><w:headerReference w:type="default" r:id="rId1"/>` +
          '<w:headerReference w:type="even" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:titlePg/></w:sectPr>',
        {
          relationships:
            relationship('rId1', 'header', 'header1.xml') +
            relationship('rId2', 'header', '/word/header2.xml') +
            relationship('rId3', 'header', 'header3.xml') +
            relationship('rId4', 'footer', 'footer1.xml'),
          extraParts: [
            { name: 'word/header1.xml', data: header('Housing Services') },
            { name: 'word/header2.xml', data: header('Eastbrook District Council') },
            // Same text, different bytes: left out all the same.
            { name: 'word/header3.xml', data: header('Housing Services', ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"') },
            { name: 'word/footer1.xml', data: footer },
          ],
        },
      ),
    );
    expect(doc.text).toBe('Housing Services\n\nEastbrook District Council\n\nDear Mrs Patel\n\nPage 1 of 1');
    expect(describeBlocks(doc)).toEqual([
      ['Housing Services', 1, 'header'],
      ['Eastbrook District Council', 1, 'header'],
      ['Dear Mrs Patel', 1, 'body'],
      ['Page 1 of 1', 2, 'footer'],
    ]);
  });

  it('reads a part saved as UTF-16 with a byte order mark', async () => {
    const xml = documentXml(paragraph('Dear Mrs Patel')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const parts = minimalDocxParts({ document: '' }).map((part) => (part.name === 'word/document.xml' ? { ...part, data: utf16 } : part));
    const doc = await loadBytes('a.docx', writeZip(parts));
    expect(doc.text).toBe('Dear Mrs Patel');
  });

  it('leaves out a first-page header that Word does not show (the section has no distinct first page)', async () => {
    const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${paragraph('DRAFT - NOT FOR ISSUE')}</w:hdr>`;
    const doc = await loadBytes(
      'a.docx',
      docx(`${paragraph('Dear Mrs Patel')}<w:sectPr><w:headerReference w:type="first" r:id="rId1"/></w:sectPr>`, {
        relationships: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
        extraParts: [{ name: 'word/header1.xml', data: header }],
      }),
    );
    expect(doc.text).toBe('Dear Mrs Patel');
  });

  it('decodes UTF-8 text and the XML escapes Word writes', async () => {
    const doc = await loadBytes('a.docx', docx(paragraph('We’ve reduced your bill by £45 &amp; refunded Mrs O&apos;Neill &#8211; today.')));
    expect(doc.text).toBe('We’ve reduced your bill by £45 & refunded Mrs O\'Neill – today.');
  });
});

describe('findings on a .docx point at Word paragraphs', async () => {
  // A rule defined here, so this test depends only on the loader and the engine.
  const quoteRule = (phrase: string) =>
    defineRule({
      meta: {
        id: 'courtesy/test-phrase',
        category: 'courtesy',
        severity: 'warning',
        description: 'Finds a phrase (test only).',
        standard: 'Shepway 11',
        fixable: false,
        messages: { found: 'Found “{phrase}”.' },
        examples: { good: ['Yours sincerely'], bad: [phrase] },
      },
      create(context) {
        const start = context.document.text.indexOf(phrase);
        if (start >= 0) context.report({ messageId: 'found', data: { phrase }, start, end: start + phrase.length });
      },
    });

  it('gives the sign-off paragraph number and the line in the extracted text', async () => {
    const doc = await loadFile(`${FIXTURES}/signoff-mismatch.docx`);
    const result = checkDocument(doc, {}, resolveRules({}, [quoteRule('Yours faithfully')]));
    expect(result.findings).toHaveLength(1);
    const line = doc.text.slice(0, doc.text.indexOf('Yours faithfully')).split('\n').length;
    expect(result.findings[0]).toMatchObject({ excerpt: 'Yours faithfully', paragraph: 24, part: 'body', line, column: 1, message: 'Found “Yours faithfully”.' });
  });

  it('gives paragraph numbers within the footer, and inside a soft-broken paragraph', async () => {
    const doc = await loadFile(`${FIXTURES}/signoff-mismatch.docx`);
    const inFooter = checkDocument(doc, {}, resolveRules({}, [quoteRule('Monday to Friday')]));
    expect(inFooter.findings[0]).toMatchObject({ paragraph: 1, part: 'footer' });
    const inAddress = checkDocument(doc, {}, resolveRules({}, [quoteRule('EB4 7QT')]));
    expect(inAddress.findings[0]).toMatchObject({ paragraph: 1, part: 'body', column: 1 });
  });
});
