import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/engine/check.js';
import { checkText } from '../../../src/index.js';
import { loadBytes, loadFile } from '../../../src/load/index.js';
import styles, { contrastRatio } from '../../../src/rules/template/styles.js';
import { loadCorporateTemplate } from '../../../src/template/corporate.js';
import type { CorporateTemplate } from '../../../src/template/formatting-types.js';
import type { Finding, Profile } from '../../../src/types.js';
import { p, r, style, styledDocx } from '../../../scripts/fixture-styles.js';

const FIXTURES = 'fixtures/styles';
const ARIAL = { major: 'Arial', minor: 'Arial' };

interface Setup {
  template?: CorporateTemplate;
  profile?: Profile;
  options?: Record<string, unknown>;
}

/** template/styles alone on a .docx (a fixture path or bytes), through the real loader and segmenter. */
async function findingsOf(source: string | Buffer, setup: Setup = {}): Promise<Finding[]> {
  const document = typeof source === 'string' ? await loadFile(source) : await loadBytes('case.docx', source);
  return checkDocument(document, {
    only: [styles.meta.id],
    corporateTemplate: setup.template,
    profile: setup.profile,
    rules: setup.options ? { [styles.meta.id]: { options: setup.options } } : undefined,
  }).findings;
}

/** Each finding as where it is and what it says. */
const summary = (findings: Finding[]) => findings.map((f) => [f.part, f.paragraph, f.messageId, f.message]);

/** A short letter in Arial 12 pt (through the theme) whose body paragraphs are given as XML. */
function letter(body: string[], extra: { styles?: Record<string, string>; header?: string[]; footer?: string[] } = {}): Buffer {
  return styledDocx({
    theme: ARIAL,
    styles: { styles: extra.styles ?? {} },
    header: extra.header,
    footer: extra.footer,
    body: [p('3 March 2026'), p('Dear Mrs Patel'), ...body, p('Yours sincerely'), p('Sam Jones'), p('Benefits Officer')].join(''),
  });
}

const SENTENCE = 'We have looked at your claim again and you are right, so we have changed your bill.';
const LONG = 'We have looked at your claim again and you are right. We counted your income from your part-time job twice, so your bill was too high.';

let template: CorporateTemplate;
beforeAll(async () => {
  template = await loadCorporateTemplate(`${FIXTURES}/corporate.dotx`);
});

describe('template/styles on the fixtures, with the corporate template', () => {
  it('stays quiet on the compliant letter (styles, direct formatting and theme fonts as the template intends)', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/compliant.docx`, { template }))).toEqual([]);
  });

  it('stays quiet on the compliant letter without a template, and with Arial as the configured font', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/compliant.docx`))).toEqual([]);
    expect(summary(await findingsOf(`${FIXTURES}/compliant.docx`, { profile: { template: { fonts: ['Arial'] } } }))).toEqual([]);
  });

  it('wrong-font.docx: three paragraphs in Times New Roman by direct formatting make one finding', async () => {
    const findings = await findingsOf(`${FIXTURES}/wrong-font.docx`, { template });
    expect(summary(findings)).toEqual([
      ['body', 17, 'font', 'Times New Roman 12 pt; template: Arial 12 pt (and 2 more paragraphs after it). Apply the template’s styles rather than choosing a font by hand.'],
    ]);
    expect(findings[0]!.excerpt).toMatch(/^You will pay £122\.48 a month/);
  });

  it('small-size.docx: Body Text at 10 pt through its style chain, grouped around the heading between', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/small-size.docx`, { template }))).toEqual([
      ['body', 15, 'size', 'Arial 10 pt is smaller than 12 pt. Use 12 pt or larger so that everyone can read it.'],
      ['body', 17, 'size', 'Arial 10 pt is smaller than 12 pt (and 4 more paragraphs after it). Use 12 pt or larger so that everyone can read it.'],
    ]);
  });

  it('theme-times.docx: theme fonts mapped to Times New Roman, in the header, body, table, heading and footer', async () => {
    const message = (actual: string, expected: string, more = '') => `${actual}; template: ${expected}${more}. Apply the template’s styles rather than choosing a font by hand.`;
    expect(summary(await findingsOf(`${FIXTURES}/theme-times.docx`, { template }))).toEqual([
      ['header', 1, 'font', message('Times New Roman 16 pt', 'Arial 16 pt')],
      ['header', 2, 'font', message('Times New Roman 12 pt', 'Arial 12 pt', ' (and 1 more paragraph after it)')],
      ['body', 1, 'font', message('Times New Roman 12 pt', 'Arial 12 pt', ' (and 1 more paragraph after it)')],
      ['table', 5, 'font', message('Times New Roman 12 pt', 'Arial 12 pt', ' (and 3 more paragraphs after it)')],
      ['body', 10, 'font', message('Times New Roman 12 pt', 'Arial 12 pt', ' (and 3 more paragraphs after it)')],
      ['body', 16, 'font', message('Times New Roman 14 pt', 'Arial 14 pt')],
      ['body', 17, 'font', message('Times New Roman 12 pt', 'Arial 12 pt', ' (and 7 more paragraphs after it)')],
      ['footer', 1, 'font', message('Times New Roman 12 pt', 'Arial 12 pt')],
    ]);
  });

  it('justified.docx: two justified paragraphs make one finding; a justified line shorter than a line does not count', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/justified.docx`, { template }))).toEqual([
      ['body', 17, 'justified', 'This paragraph is justified (and 1 more paragraph after it). Align it left: the uneven gaps between words of justified text are hard to read.'],
    ]);
  });

  it('emphasis.docx: long stretches of italic, underlining and capitals, each on its own paragraph', async () => {
    const findings = await findingsOf(`${FIXTURES}/emphasis.docx`, { template });
    expect(summary(findings)).toEqual([
      ['body', 18, 'italic', '41 words in italics. Keep italics to a few words (at most 15); long stretches are hard to read.'],
      ['body', 19, 'underline', '34 words underlined. Keep underlining to a few words (at most 15), or use bold for emphasis.'],
      ['body', 20, 'capitals', '30 words set in capitals. Use capitals for at most 10 words; long stretches are hard to read.'],
    ]);
    // The underlined stretch starts after the plain "Please note: ".
    expect(findings[1]!.excerpt).toMatch(/^You must tell us/);
  });

  it('emphasis.docx: the thresholds are options', async () => {
    const findings = await findingsOf(`${FIXTURES}/emphasis.docx`, { template, options: { maxItalicWords: 50, maxUnderlineWords: 40, maxCapitalsWords: 30 } });
    expect(summary(findings)).toEqual([]);
  });

  it('fake-heading.docx: a bold Body Text line standing as a heading', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/fake-heading.docx`, { template }))).toEqual([
      ['body', 16, 'fakeHeading', '“What happens next” is made to look like a heading but uses the “Body Text” style. Apply a heading style (Heading 1 or Heading 2) so that screen readers and the navigation pane see it.'],
    ]);
  });

  it('light-grey.docx: #BBBBBB on white', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/light-grey.docx`, { template }))).toEqual([
      ['body', 21, 'contrast', '#BBBBBB text on white has a contrast of 1.9 to 1, below 4.5 to 1. Use a darker text colour so that the text stands out.'],
    ]);
  });

  it('dark-shading.docx: black text on dark grey shading', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/dark-shading.docx`, { template }))).toEqual([
      ['body', 18, 'contrast', 'black text on #333333 has a contrast of 1.6 to 1, below 4.5 to 1. Remove the dark shading behind it, or make it much lighter so that the text stands out.'],
    ]);
  });

  it('undefined-style.docx: a paragraph style the template does not define, only when a template is given', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/undefined-style.docx`, { template }))).toEqual([
      ['body', 19, 'undefinedStyle', 'The “Fancy Quote” style is not in the corporate template. Use the template’s own styles so that letters look the same.'],
    ]);
    expect(summary(await findingsOf(`${FIXTURES}/undefined-style.docx`))).toEqual([]);
  });

  it('hidden-text.docx: hidden text is no formatting difference', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/hidden-text.docx`, { template }))).toEqual([]);
  });
});

describe('template/styles without a template file', () => {
  it('checks the family against the configured fonts', async () => {
    const findings = await findingsOf(`${FIXTURES}/wrong-font.docx`, { profile: { template: { fonts: ['Arial', 'Verdana'] } } });
    expect(summary(findings)).toEqual([['body', 17, 'fontNotAllowed', 'Times New Roman 12 pt; the organisation’s fonts are Arial or Verdana (and 2 more paragraphs after it). Use one of them, at 12 pt or larger.']]);
  });

  it('says nothing about the family with neither a template nor fonts', async () => {
    expect(summary(await findingsOf(`${FIXTURES}/theme-times.docx`))).toEqual([]);
  });

  it('takes the minimum size from the profile, and the rule option over it', async () => {
    const larger = await findingsOf(`${FIXTURES}/compliant.docx`, { profile: { template: { minFontSize: 14 } } });
    expect(larger.length).toBeGreaterThan(0);
    expect(larger.every((f) => f.messageId === 'size')).toBe(true);
    expect(larger[0]!.message).toBe('Arial 12 pt is smaller than 14 pt (and 1 more paragraph after it). Use 14 pt or larger so that everyone can read it.');
    expect(summary(await findingsOf(`${FIXTURES}/small-size.docx`, { profile: { template: { minFontSize: 14 } }, options: { minFontSize: 10 } }))).toEqual([]);
  });

  it('refuses options of the wrong type with a clear message', async () => {
    await expect(findingsOf(`${FIXTURES}/compliant.docx`, { options: { maxItalicWords: 'many' } })).rejects.toThrow('template/styles: option "maxItalicWords" must be a positive number');
    await expect(findingsOf(`${FIXTURES}/compliant.docx`, { options: { fonts: 'Arial' } })).rejects.toThrow('template/styles: option "fonts" must be a list of font names');
  });
});

describe('template/styles cases', () => {
  it('is quiet on formats without formatting', async () => {
    const report = await checkText('Dear Mrs Patel\n\nTHIS IS ALL IN CAPITALS AND WOULD BE A PROBLEM IN A WORD DOCUMENT WITH CAPS.\n\nYours sincerely', { only: [styles.meta.id] });
    expect(report.files[0]!.findings).toEqual([]);
  });

  it('checks headers and footers too: a 9 pt footer', async () => {
    const findings = await findingsOf(letter([p(SENTENCE)], { footer: [p(r('Registered office: Council Offices, Eastbrook', { sz: 18 }))] }));
    expect(summary(findings)).toEqual([['footer', 1, 'size', 'Arial 9 pt is smaller than 12 pt. Use 12 pt or larger so that everyone can read it.']]);
  });

  it('starts a new group after a paragraph without the difference', async () => {
    const small = (text: string) => p(r(text, { sz: 20 }));
    const findings = await findingsOf(letter([small(SENTENCE), small(SENTENCE), p(SENTENCE), small(SENTENCE), '<w:p/>', small(SENTENCE)]));
    // The empty paragraph neither breaks nor extends a group.
    expect(findings.map((f) => [f.paragraph, f.message.match(/\(and \d+ more paragraphs?/)?.[0] ?? ''])).toEqual([
      [3, '(and 1 more paragraph'],
      [6, '(and 1 more paragraph'],
    ]);
  });

  it('reports the font most of the wrong text is in, over the range of the wrong runs', async () => {
    const findings = await findingsOf(letter([p(['Mostly ', r('Comic Sans MS for the whole of this long stretch', { font: 'Comic Sans MS' }), ' and ', r('Courier', { font: 'Courier New' })])]), { template });
    expect(findings.map((f) => [f.message.split(';')[0], f.excerpt])).toEqual([['Comic Sans MS 12 pt', 'Comic Sans MS for the whole of this long stretch and Courier']]);
  });

  it('ignores symbol fonts, spaces and punctuation in another font', async () => {
    const findings = await findingsOf(letter([p([r('ü', { font: 'Wingdings' }), ' I have enclosed the form', r(' – ', { font: 'Times New Roman', sz: 16 }), 'signed.'])]), { template });
    expect(findings).toEqual([]);
  });

  it('allows the template’s own font for a style (a heading font) beside the body font', async () => {
    const withHeadingFont = { ...template, styles: template.styles.map((s) => (s.id === 'Heading2' ? { ...s, font: 'Georgia' } : s)) };
    const body = [p(r('What happens next', { font: 'Georgia' }), { style: 'Heading2' }), p(SENTENCE)];
    expect(await findingsOf(letter(body), { template: withHeadingFont })).toEqual([]);
    expect(summary(await findingsOf(letter(body), { template }))).toEqual([
      ['body', 3, 'font', 'Georgia 14 pt; template: Arial 14 pt. Apply the template’s styles rather than choosing a font by hand.'],
    ]);
  });

  it('reports distributed text however short, and justified text with line breaks', async () => {
    const findings = await findingsOf(letter([p('Short but distributed.', { jc: 'distribute' }), p(SENTENCE), p('Flat 2\nSeabrook Court', { jc: 'both' })]));
    expect(findings.map((f) => [f.paragraph, f.messageId])).toEqual([
      [3, 'justified'],
      [5, 'justified'],
    ]);
  });

  it('counts emphasis across runs, a web address as one word, and not past plain words', async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const italic = (text: string) => r(text, { i: true });
    expect(await findingsOf(letter([p([italic(words(10)), ' ', italic(words(5))])]))).toEqual([]);
    const across = await findingsOf(letter([p([italic(words(10)), ' ', italic(words(6))])]));
    expect(across.map((f) => f.message)).toEqual(['16 words in italics. Keep italics to a few words (at most 15); long stretches are hard to read.']);
    expect(await findingsOf(letter([p([italic(words(10)), ' and ', italic(words(10))])]))).toEqual([]);
    expect(await findingsOf(letter([p(['Apply at ', r('https://www.eastbrook.gov.uk/council-tax/reduction/apply-online-now', { u: true }), '.'])]))).toEqual([]);
  });

  describe('headings made by hand', () => {
    const bold = (text: string) => p(r(text, { b: true }));

    it('reports a bold or larger line that stands as a heading', async () => {
      expect((await findingsOf(letter([p(SENTENCE), bold('Your right of appeal'), p(LONG)]))).map((f) => [f.paragraph, f.messageId])).toEqual([[4, 'fakeHeading']]);
      expect((await findingsOf(letter([p(SENTENCE), p(r('Your right of appeal', { sz: 32 })), p(LONG)]))).map((f) => f.messageId)).toEqual(['fakeHeading']);
    });

    it('leaves alone heading styles, bold sentences, bold labels, stacked bold lines and the last line', async () => {
      const cases = [
        [p(SENTENCE), p('Your right of appeal', { style: 'Heading2' }), p(LONG)],
        [p(SENTENCE), bold('Please read this letter carefully.'), p(LONG)],
        [p(SENTENCE), bold('Amount due:'), p(LONG)],
        // A key fact in bold: a label and its value.
        [p(SENTENCE), bold('Amount to pay: £1,284.00'), p(LONG)],
        [p(SENTENCE), bold('Account number: 40012345'), p(LONG)],
        [p(SENTENCE), bold('Mr A Patel'), bold('Flat 2 Seabrook Court'), p(LONG)],
        [p(SENTENCE), p(['Your right of appeal ', r('is explained below', { b: true })]), p(LONG)],
        [p(SENTENCE), bold('This is a bold line that goes on for rather more words than any heading would'), p(LONG)],
        [p(SENTENCE), bold('Your right of appeal')],
      ];
      for (const body of cases) expect(summary(await findingsOf(letter(body)))).toEqual([]);
    });

    it('leaves alone the subject line, table cells, and the header', async () => {
      const table = `<w:tbl><w:tr><w:tc>${bold('Our ref')}</w:tc><w:tc>${p('04417')}</w:tc></w:tr></w:tbl>`;
      const doc = styledDocx({
        theme: ARIAL,
        styles: {},
        header: [bold('Eastbrook District Council'), p('Council Offices')],
        body: [table, p('Dear Mrs Patel'), bold('Council Tax Reduction'), p(LONG), p(SENTENCE), p('Yours sincerely'), p('Sam Jones')].join(''),
      });
      expect(summary(await findingsOf(doc))).toEqual([]);
    });
  });

  describe('contrast', () => {
    it('follows WCAG 2: black on white is 21 to 1, #767676 on white just passes 4.5', () => {
      expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
      expect(contrastRatio('767676', 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('777777', 'FFFFFF')).toBeLessThan(4.5);
    });

    it('allows 3 to 1 for large text (18 pt, or 14 pt bold) only', async () => {
      const grey = (o: Record<string, unknown>) => p(r('Your right of appeal is explained below.', { color: '888888', ...o }));
      const findings = await findingsOf(letter([grey({ sz: 36 }), grey({ sz: 28, b: true }), p(SENTENCE), grey({ sz: 28 }), p(SENTENCE)]));
      expect(summary(findings)).toEqual([['body', 6, 'contrast', '#888888 text on #FFFFFF has a contrast of 3.5 to 1, below 4.5 to 1. Use a darker text colour so that the text stands out.'.replace('#FFFFFF', 'white')]]);
    });

    it('leaves automatic colour alone (Word shows it white on dark shading) and checks text on highlight', async () => {
      expect(await findingsOf(letter([p(SENTENCE, { shd: '1F1F1F' })]))).toEqual([]);
      const findings = await findingsOf(letter([p(r(SENTENCE, { color: 'FFFFFF', highlight: 'yellow' }))]));
      expect(findings.map((f) => f.message)).toEqual(['white text on #FFFF00 has a contrast of 1.0 to 1, below 4.5 to 1. Use a darker background, or dark text on a light one so that the text stands out.']);
    });
  });

  describe('styles the template does not define', () => {
    it('names the style once per group, by its name, and lets Word’s automatic styles be', async () => {
      const styles = { MyBody: style('paragraph', 'MyBody', 'My Body', '<w:basedOn w:val="Normal"/>'), ListParagraph: style('paragraph', 'ListParagraph', 'List Paragraph', '<w:basedOn w:val="Normal"/>') };
      const findings = await findingsOf(letter([p(SENTENCE, { style: 'MyBody' }), p(LONG, { style: 'MyBody' }), p('First point', { style: 'ListParagraph' })], { styles }), { template });
      expect(summary(findings)).toEqual([['body', 3, 'undefinedStyle', 'The “My Body” style is not in the corporate template (and 1 more paragraph after it). Use the template’s own styles so that letters look the same.']]);
    });

    it('lets the styles LibreOffice gives by itself be (table cells, body text)', async () => {
      const styles = {
        TableContents: style('paragraph', 'TableContents', 'Table Contents', '<w:basedOn w:val="Normal"/>'),
        TextBody: style('paragraph', 'TextBody', 'Text Body', '<w:basedOn w:val="Normal"/>'),
      };
      const findings = await findingsOf(letter([p(SENTENCE, { style: 'TextBody' }), p(LONG, { style: 'TableContents' })], { styles }), { template });
      expect(findings).toEqual([]);
    });
  });
});

/** The documented examples as .docx: "Font N pt, aligned left|justified: text". */
function exampleDocx(example: string): Buffer {
  const match = /^(.+?) (\d+(?:\.\d+)?) pt, (aligned left|justified): (.+)$/.exec(example);
  if (!match) throw new Error(`example not in the documented form: ${example}`);
  const [, font, size, alignment, text] = match;
  return styledDocx({ styles: {}, body: p(r(text!, { font, sz: Number(size) * 2 }), { jc: alignment === 'justified' ? 'both' : 'left' }) });
}

describe('template/styles documented examples, as .docx', () => {
  for (const good of styles.meta.examples.good) {
    it(`good: ${good.slice(0, 60)}`, async () => {
      expect(summary(await findingsOf(exampleDocx(good)))).toEqual([]);
    });
  }
  for (const bad of styles.meta.examples.bad) {
    it(`bad: ${bad.slice(0, 60)}`, async () => {
      expect((await findingsOf(exampleDocx(bad))).map((f) => f.messageId)).toEqual(['size', 'justified']);
    });
  }
});
