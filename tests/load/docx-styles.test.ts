import { describe, expect, it } from 'vitest';
import { loadDocxWithSources } from '../../src/load/docx.js';
import { loadBytes, loadFile } from '../../src/load/index.js';
import type { Document } from '../../src/types.js';
import type { ParagraphFormatting, RunFormatting } from '../../src/template/formatting-types.js';
import { p, r, style, styledDocx } from '../../scripts/fixture-styles.js';

const STYLES = 'fixtures/styles';
/** The corporate theme: Arial for headings and body. */
const ARIAL = { major: 'Arial', minor: 'Arial' };

async function load(options: Parameters<typeof styledDocx>[0]): Promise<Document> {
  return loadBytes('case.docx', styledDocx(options));
}

/** The formatting of the paragraph whose text is `text`. */
function paragraphOf(doc: Document, text: string): ParagraphFormatting {
  const found = doc.formatting!.paragraphs.find((f) => {
    const block = doc.blocks[f.block]!;
    return doc.text.slice(block.start, block.end) === text;
  });
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found;
}

/** The run covering `text` (which must sit in one run), without its offsets. */
function runOf(doc: Document, text: string): Omit<RunFormatting, 'start' | 'end'> {
  const start = doc.text.indexOf(text);
  for (const paragraph of doc.formatting!.paragraphs) {
    for (const { start: from, end, ...rest } of paragraph.runs) if (from <= start && start + text.length <= end) return rest;
  }
  throw new Error(`no run holds "${text}"`);
}

describe('effective run formatting', () => {
  it('resolves direct formatting over the character style over the paragraph style over basedOn over document defaults', async () => {
    const doc = await load({
      theme: { major: 'Georgia', minor: 'Verdana' },
      styles: {
        defaults: '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/>',
        styles: {
          Base: style('paragraph', 'Base', 'Base', '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="26"/><w:color w:val="1F3864"/></w:rPr>'),
          Child: style('paragraph', 'Child', 'Child', '<w:basedOn w:val="Base"/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr>'),
          Loud: style('character', 'Loud', 'Loud', '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:sz w:val="30"/></w:rPr>'),
        },
      },
      body: [
        p('Default text.'),
        p(['From the chain. ', r('Character style. ', { style: 'Loud' }), r('Direct on top.', { style: 'Loud', font: 'Tahoma', sz: 21 })], { style: 'Child' }),
        p('Base only.', { style: 'Base' }),
      ].join(''),
    });
    // Document defaults, with the theme's minor (body) font.
    expect(runOf(doc, 'Default text.')).toEqual({ font: 'Verdana', sizePt: 11 });
    // Child names Calibri; size and colour come from Base through w:basedOn.
    expect(runOf(doc, 'From the chain.')).toEqual({ font: 'Calibri', sizePt: 13, color: '1F3864' });
    // The character style's theme font (major: headings) and size win over the paragraph style.
    expect(runOf(doc, 'Character style.')).toEqual({ font: 'Georgia', sizePt: 15, color: '1F3864' });
    // Direct formatting wins over both; half-points give 10.5 pt.
    expect(runOf(doc, 'Direct on top.')).toEqual({ font: 'Tahoma', sizePt: 10.5, color: '1F3864' });
    expect(runOf(doc, 'Base only.')).toEqual({ font: 'Verdana', sizePt: 13, color: '1F3864' });
  });

  it('uses the theme font named by w:asciiTheme even where a font name stands beside it', async () => {
    const doc = await load({
      theme: { major: 'Georgia', minor: 'Verdana' },
      styles: {},
      body: p('<w:r><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr><w:t>Themed</w:t></w:r>'),
    });
    expect(runOf(doc, 'Themed').font).toBe('Georgia');
  });

  it('falls back to Word’s own Times New Roman 10 pt when the file has no styles at all', async () => {
    const doc = await load({ body: p('Nothing set.') });
    expect(runOf(doc, 'Nothing set.')).toEqual({ font: 'Times New Roman', sizePt: 10 });
    expect(doc.formatting!.normal).toEqual({ font: 'Times New Roman', sizePt: 10 });
  });

  it('takes the document’s own Normal style as its body formatting', async () => {
    const doc = await load({ theme: { major: 'Georgia', minor: 'Verdana' }, styles: {}, body: p('Body.') });
    expect(doc.formatting!.normal).toEqual({ font: 'Verdana', sizePt: 12 });
  });

  it('toggles bold and italic: the character style cancels the paragraph style’s, direct formatting decides outright', async () => {
    const doc = await load({
      styles: {
        styles: {
          BoldPara: style('paragraph', 'BoldPara', 'Bold Para', '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:i/></w:rPr>'),
          BoldChar: style('character', 'BoldChar', 'Bold Char', '<w:rPr><w:b/></w:rPr>'),
        },
      },
      body: p(['Bold italic. ', r('Italic only. ', { style: 'BoldChar' }), r('Bold again.', { style: 'BoldChar', b: true }), '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Not bold.</w:t></w:r>'], { style: 'BoldPara' }),
    });
    expect(runOf(doc, 'Bold italic.')).toMatchObject({ bold: true, italic: true });
    expect(runOf(doc, 'Italic only.').bold).toBeUndefined();
    expect(runOf(doc, 'Italic only.').italic).toBe(true);
    expect(runOf(doc, 'Bold again.').bold).toBe(true);
    expect(runOf(doc, 'Not bold.').bold).toBeUndefined();
  });

  it('reads underline, capitals, colours, shading and highlight; automatic colour stays unset', async () => {
    const doc = await load({
      theme: ARIAL, styles: {},
      body: [
        p([r('Underlined. ', { u: true }), r('Capitals. ', { caps: true }), '<w:r><w:rPr><w:u w:val="none"/><w:color w:val="auto"/></w:rPr><w:t>Plain. </w:t></w:r>', r('Grey. ', { color: 'bbbbbb' }), r('Shaded. ', { shd: '333333' }), r('Marked.', { highlight: 'yellow', shd: '333333' })]),
      ].join(''),
    });
    expect(runOf(doc, 'Underlined.').underline).toBe(true);
    expect(runOf(doc, 'Capitals.').caps).toBe(true);
    expect(runOf(doc, 'Plain.')).toEqual({ font: 'Arial', sizePt: 12 });
    expect(runOf(doc, 'Grey.').color).toBe('BBBBBB');
    expect(runOf(doc, 'Shaded.').background).toBe('333333');
    // A highlight is drawn over the run's shading.
    expect(runOf(doc, 'Marked.').background).toBe('FFFF00');
  });

  it('merges neighbouring runs formatted alike and places runs at their offsets in Document.text', async () => {
    const doc = await load({ styles: {}, body: p(['One ', 'two ', r('three', { b: true })]) });
    const runs = paragraphOf(doc, 'One two three').runs;
    expect(runs.map((run) => [doc.text.slice(run.start, run.end), run.bold ?? false])).toEqual([
      ['One two ', false],
      ['three', true],
    ]);
  });

  it('ignores the paragraph mark’s run properties and old formatting kept by a tracked change', async () => {
    const doc = await load({
      theme: ARIAL, styles: {},
      body: '<w:p><w:pPr><w:rPr><w:i/><w:sz w:val="40"/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="A"><w:rPr><w:sz w:val="16"/></w:rPr></w:rPrChange></w:rPr><w:t>Text</w:t></w:r></w:p>',
    });
    expect(runOf(doc, 'Text')).toEqual({ font: 'Arial', sizePt: 12, bold: true });
  });

  it('works whatever prefix the file binds to the WordprocessingML namespace', async () => {
    const body = '<x:p><x:pPr><x:jc x:val="both"/></x:pPr><x:r><x:rPr><x:i/><x:sz x:val="20"/></x:rPr><x:t>Prefixed</x:t></x:r></x:p>';
    const bytes = styledDocx({ body: '' });
    const { readZip, writeZip } = await import('../../scripts/fixture-zip.js');
    const entries = (await readZip(bytes)).map((entry: { name: string; data: Buffer }) =>
      entry.name === 'word/document.xml' ? { name: entry.name, data: `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>${body}</x:body></x:document>` } : entry,
    );
    const doc = await loadBytes('case.docx', writeZip(entries));
    expect(runOf(doc, 'Prefixed')).toEqual({ font: 'Times New Roman', sizePt: 10, italic: true });
    expect(paragraphOf(doc, 'Prefixed').alignment).toBe('both');
  });
});

describe('effective paragraph formatting', () => {
  it('takes alignment from direct formatting over the style chain', async () => {
    const doc = await load({
      styles: {
        styles: {
          Justified: style('paragraph', 'Justified', 'Justified', '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr>'),
          Inherits: style('paragraph', 'Inherits', 'Inherits', '<w:basedOn w:val="Justified"/>'),
        },
      },
      body: [p('Through the chain.', { style: 'Inherits' }), p('Direct wins.', { style: 'Inherits', jc: 'left' }), p('Default.')].join(''),
    });
    expect(paragraphOf(doc, 'Through the chain.')).toMatchObject({ styleId: 'Inherits', styleName: 'Inherits', alignment: 'both' });
    expect(paragraphOf(doc, 'Direct wins.').alignment).toBe('left');
    expect(paragraphOf(doc, 'Default.')).toMatchObject({ styleId: 'Normal', styleName: 'Normal' });
    expect(paragraphOf(doc, 'Default.').alignment).toBeUndefined();
  });

  it('gives heading levels from outline levels and heading names, and an unknown style falls back to Normal', async () => {
    const doc = await load({ styles: {}, body: [p('Heading', { style: 'Heading1' }), p('Sub', { style: 'Heading2' }), p('Lost', { style: 'NoSuchStyle' })].join('') });
    expect(paragraphOf(doc, 'Heading').headingLevel).toBe(1);
    expect(paragraphOf(doc, 'Sub').headingLevel).toBe(2);
    expect(paragraphOf(doc, 'Lost').styleId).toBe('Normal');
  });

  it('takes the background from paragraph shading, or from the table cell holding the paragraph', async () => {
    const cell = '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F1F1F"/></w:tcPr><w:p><w:r><w:t>In a dark cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const doc = await load({ styles: {}, body: [p('Shaded paragraph', { shd: 'DDDDDD' }), cell, p('Outside')].join('') });
    expect(paragraphOf(doc, 'Shaded paragraph').background).toBe('DDDDDD');
    expect(paragraphOf(doc, 'In a dark cell').background).toBe('1F1F1F');
    expect(paragraphOf(doc, 'Outside').background).toBeUndefined();
  });

  it('shows the table cell’s shading through a paragraph whose own shading is clear', async () => {
    // Word writes w:shd clear/auto on paragraphs pasted from elsewhere: transparent, not white.
    const clear = '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="auto"/></w:pPr>';
    const cell = `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F1F1F"/></w:tcPr><w:p>${clear}<w:r><w:t>Clear over a dark cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const doc = await load({ styles: {}, body: cell });
    expect(paragraphOf(doc, 'Clear over a dark cell').background).toBe('1F1F1F');
  });

  it('records formatting for every paragraph with text, by block, headers and footers included', async () => {
    const doc = await load({ styles: {}, header: [p('Letterhead', { style: 'Header' })], footer: [p('Footer line', { style: 'Footer' })], body: [p('Body'), '<w:p/>'].join('') });
    expect(doc.formatting!.paragraphs.map((f) => [f.block, doc.blocks[f.block]!.part])).toEqual([
      [0, 'header'],
      [1, 'body'],
      [2, 'footer'],
    ]);
  });
});

describe('the fixtures in fixtures/styles', () => {
  it('compliant.docx: Arial 12 pt through the theme, the heading in its style, the contact line dark blue', async () => {
    const doc = await loadFile(`${STYLES}/compliant.docx`);
    expect(doc.formatting!.normal).toEqual({ font: 'Arial', sizePt: 12 });
    expect(runOf(doc, 'Thank you for applying')).toEqual({ font: 'Arial', sizePt: 12 });
    expect(runOf(doc, 'Your new bill is enclosed.')).toEqual({ font: 'Arial', sizePt: 12, italic: true });
    expect(paragraphOf(doc, 'What happens next')).toMatchObject({ styleId: 'Heading2', headingLevel: 2 });
    expect(runOf(doc, 'What happens next')).toEqual({ font: 'Arial', sizePt: 14, bold: true, color: '1F3864' });
    expect(runOf(doc, 'Revenues and Benefits')).toEqual({ font: 'Arial', sizePt: 12, bold: true, color: 'FFFFFF' });
    expect(paragraphOf(doc, 'Revenues and Benefits').background).toBe('1F3864');
    expect(runOf(doc, 'Our ref:')).toEqual({ font: 'Arial', sizePt: 12, bold: true });
    expect(paragraphOf(doc, 'Our ref:').background).toBe('F2F2F2');
  });

  it('small-size.docx: Body Text is 10 pt through the style it is based on', async () => {
    const doc = await loadFile(`${STYLES}/small-size.docx`);
    expect(paragraphOf(doc, 'Benefits Officer').styleId).toBe('Normal');
    expect(runOf(doc, 'Benefits Officer').sizePt).toBe(12);
    expect(runOf(doc, 'You will pay £122.48')).toEqual({ font: 'Arial', sizePt: 10 });
  });

  it('theme-times.docx: the theme maps the body and heading fonts to Times New Roman; a font named outright stays', async () => {
    const doc = await loadFile(`${STYLES}/theme-times.docx`);
    expect(doc.formatting!.normal).toEqual({ font: 'Times New Roman', sizePt: 12 });
    expect(runOf(doc, 'What happens next').font).toBe('Times New Roman');
    const contact = await loadFile(`${STYLES}/compliant.docx`);
    expect(runOf(contact, 'If you think our decision is wrong').font).toBe('Arial');
  });
});

describe('hidden text', () => {
  it('leaves hidden runs out of Document.text and records them with the offset where they sat', async () => {
    const doc = await load({
      styles: {},
      body: [p(['Visible ', r('secret ', { vanish: true }), 'text.']), p(r('cc-check-disable plain/jargon', { vanish: true })), p('After.')].join(''),
    });
    expect(doc.text).toBe('Visible text.\n\nAfter.');
    expect(doc.hidden).toEqual([
      { offset: 8, text: 'secret ', part: 'body' },
      { offset: 14, text: 'cc-check-disable plain/jargon', part: 'body' },
    ]);
    // The all-hidden paragraph is an empty line, not a block.
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(['Visible text.', 'After.']);
    expect(paragraphOf(doc, 'Visible text.').runs.map((run) => doc.text.slice(run.start, run.end))).toEqual(['Visible text.']);
  });

  it('hides text through a style too, and a tab or break in a hidden run, but not text whose w:vanish is switched off', async () => {
    const doc = await load({
      styles: { styles: { Secret: style('character', 'Secret', 'Secret', '<w:rPr><w:vanish/></w:rPr>') } },
      body: p(['A', r('styled', { style: 'Secret' }), '<w:r><w:rPr><w:vanish/></w:rPr><w:tab/><w:t>x</w:t><w:br/></w:r>', '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>B</w:t></w:r>', '<w:r><w:rPr><w:specVanish/></w:rPr><w:t>C</w:t></w:r>']),
    });
    expect(doc.text).toBe('AB');
    expect(doc.hidden).toEqual([{ offset: 1, text: 'styled\tx\n', part: 'body' }, { offset: 2, text: 'C', part: 'body' }]);
  });

  it('records hidden text in headers and footers with their part, and none when there is none', async () => {
    const doc = await load({ styles: {}, header: [p(['Council', r(' draft', { vanish: true })])], body: p('Body') });
    expect(doc.hidden).toEqual([{ offset: 7, text: ' draft', part: 'header' }]);
    expect((await load({ styles: {}, body: p('Body') })).hidden).toBeUndefined();
  });

  it('keeps offsets true after soft hyphens', async () => {
    const doc = await load({ theme: ARIAL, styles: {}, body: p(['Infor\u00admation ', r('hidden', { vanish: true }), 'here']) });
    expect(doc.text).toBe('Information here');
    expect(doc.hidden).toEqual([{ offset: 12, text: 'hidden', part: 'body' }]);
    expect(paragraphOf(doc, 'Information here').runs).toEqual([{ start: 0, end: 16, font: 'Arial', sizePt: 12 }]);
  });

  it('hidden-text.docx: the control words and the hidden note are out of the text', async () => {
    const doc = await loadFile(`${STYLES}/hidden-text.docx`);
    expect(doc.text).not.toContain('cc-check-disable');
    expect(doc.text).not.toContain('internal');
    expect(doc.text).toContain('You will not need to send us anything else.');
    expect(doc.hidden!.map((h) => [h.text, h.part])).toEqual([
      ['cc-check-disable plain/jargon', 'body'],
      ['(internal: checked by SJ on 2 March) ', 'body'],
    ]);
    const note = doc.hidden![1]!;
    expect(doc.text.slice(note.offset - 'You will not need to '.length, note.offset)).toBe('You will not need to ');
  });

  it('gives the writers no text to edit in a hidden run', async () => {
    const { document, sources } = await loadDocxWithSources('case.docx', styledDocx({ styles: {}, body: p(['Keep ', r('gone ', { vanish: true }), 'this']) }));
    expect(document.text).toBe('Keep this');
    const children = sources.paragraphs[0]!.runs.flatMap((run) => run.children.map((child) => [child.kind, child.text, child.offset]));
    expect(children).toEqual([
      ['text', 'Keep ', 0],
      ['other', '', 5],
      ['text', 'this', 5],
    ]);
  });
});

describe('reading styles and theme cheaply', () => {
  it('cuts w:latentStyles out of styles.xml before parsing, and leaves a part without it as it is', async () => {
    const { withoutLatentStyles } = await import('../../src/load/docx-styles.js');
    const styles = '<w:styles><w:docDefaults/><w:latentStyles w:count="2"><w:lsdException w:name="Normal"/></w:latentStyles><w:style w:styleId="Normal"/></w:styles>';
    expect(withoutLatentStyles(styles)).toBe('<w:styles><w:docDefaults/><w:style w:styleId="Normal"/></w:styles>');
    expect(withoutLatentStyles('<styles><latentStyles></latentStyles><style/></styles>')).toBe('<styles><style/></styles>');
    for (const unchanged of ['<w:styles><w:latentStyles w:count="0"/><w:style/></w:styles>', '<w:styles><w:style/></w:styles>']) expect(withoutLatentStyles(unchanged)).toBe(unchanged);
  });

  it('parses the theme only when a run names a theme font', async () => {
    const { readZip, writeZip } = await import('../../scripts/fixture-zip.js');
    const broken = async (options: Parameters<typeof styledDocx>[0]) => {
      const entries = (await readZip(styledDocx(options))).map((entry: { name: string; data: Buffer }) => (entry.name === 'word/theme/theme1.xml' ? { name: entry.name, data: '<a:theme><a:themeElements>' } : entry));
      return loadBytes('case.docx', writeZip(entries));
    };
    const named = await broken({ theme: ARIAL, styles: { defaults: '<w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/>' }, body: p('Named font') });
    expect(runOf(named, 'Named font').font).toBe('Verdana');
    await expect(broken({ theme: ARIAL, styles: {}, body: p('Theme font') })).rejects.toThrow(/word\/theme\/theme1\.xml is not well-formed XML/);
  });
});
