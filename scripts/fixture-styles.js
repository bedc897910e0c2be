// Builds fixtures/styles/: a corporate template (corporate.dotx), a letter that
// follows it (compliant.docx) and letters that each differ from it in a known
// way, for template/styles and the .docx formatting reader. The docx package
// gives a complete package (theme, settings, font table); the parts whose
// formatting matters (styles, theme fonts, document, header, footer) are
// written here by hand, so each fixture holds exactly the formatting described.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { COUNCIL } from './fixture-letters.js';
import { fixCoreDates, minimalDocxParts, readZip, WORD_NAMESPACES, writeZip } from './fixture-zip.js';

const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const TEMPLATE_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';

// ------------------------------------------------------------- XML helpers

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A run. Options: b, i, u, caps, vanish (booleans), font (w:ascii), theme
 * (w:asciiTheme), sz (half-points), color, shd (fill), highlight, style (w:rStyle).
 * Text lines joined by "\n" become soft line breaks.
 */
export function r(text, o = {}) {
  const props = [
    o.style && `<w:rStyle w:val="${o.style}"/>`,
    o.theme && `<w:rFonts w:asciiTheme="${o.theme}" w:hAnsiTheme="${o.theme}"/>`,
    o.font && `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`,
    o.b && '<w:b/>',
    o.i && '<w:i/>',
    o.caps && '<w:caps/>',
    o.vanish && '<w:vanish/>',
    o.color && `<w:color w:val="${o.color}"/>`,
    o.sz && `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>`,
    o.highlight && `<w:highlight w:val="${o.highlight}"/>`,
    o.u && '<w:u w:val="single"/>',
    o.shd && `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`,
  ]
    .filter(Boolean)
    .join('');
  const content = text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escape(line)}</w:t>`)
    .join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

/** A paragraph of runs (strings are plain runs). Options: style, jc, shd. */
export function p(runs, o = {}) {
  const props = [o.style && `<w:pStyle w:val="${o.style}"/>`, o.shd && `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`, o.jc && `<w:jc w:val="${o.jc}"/>`].filter(Boolean).join('');
  const content = (Array.isArray(runs) ? runs : [runs]).map((run) => (run.startsWith('<w:r>') ? run : r(run))).join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

const empty = () => '<w:p/>';

/** A borderless two-column table of label and value, the labels on light grey. */
function referencesTable(rows) {
  const cell = (content, shade) =>
    `<w:tc><w:tcPr><w:tcW w:w="${shade ? 2000 : 5000}" w:type="dxa"/>${shade ? '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' : ''}</w:tcPr>${content}</w:tc>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="7000" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="5000"/></w:tblGrid>' +
    rows.map(([label, value]) => `<w:tr>${cell(p(r(label, { style: 'Strong' })), true)}${cell(p(value), false)}</w:tr>`).join('') +
    '</w:tbl>'
  );
}

// ------------------------------------------------------------------ styles

export const style = (type, id, name, inner = '', extra = '') => `<w:style w:type="${type}" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${inner}</w:style>`;

/**
 * The corporate styles: Arial 12 pt through the theme's minor font in the
 * document defaults, Heading 1 and 2 in the major font, bold, dark blue.
 * `changes` replaces or adds styles by id, or the defaults' run properties.
 */
export function stylesXml(changes = {}) {
  const defaults = changes.defaults ?? '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>';
  const heading = (level, size) =>
    style(
      'paragraph',
      `Heading${level}`,
      `heading ${level}`,
      `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading${level}Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:color w:val="1F3864"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`,
    );
  const styles = new Map([
    ['Normal', style('paragraph', 'Normal', 'Normal', '<w:qFormat/>', ' w:default="1"')],
    ['Heading1', heading(1, 32)],
    ['Heading2', heading(2, 28)],
    ['DefaultParagraphFont', style('character', 'DefaultParagraphFont', 'Default Paragraph Font', '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"')],
    ['TableNormal', style('table', 'TableNormal', 'Normal Table', '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', ' w:default="1"')],
    ['BodyText', style('paragraph', 'BodyText', 'Body Text', '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr>')],
    ['Header', style('paragraph', 'Header', 'header', '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr>')],
    ['Footer', style('paragraph', 'Footer', 'footer', '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/></w:pPr>')],
    ['Strong', style('character', 'Strong', 'Strong', '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr>')],
    ['Hyperlink', style('character', 'Hyperlink', 'Hyperlink', '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>')],
  ]);
  for (const [id, xml] of Object.entries(changes.styles ?? {})) styles.set(id, xml);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${WORD_NAMESPACES}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${defaults}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="heading 2" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/></w:latentStyles>' +
    [...styles.values()].join('') +
    '</w:styles>'
  );
}

/** The docx package's complete Office theme, with the heading and body fonts replaced. */
function themeXml(base, { major, minor }) {
  return base
    .replace(/(<a:majorFont><a:latin typeface=")[^"]*"( panose="[^"]*")?/, `$1${major}"`)
    .replace(/(<a:minorFont><a:latin typeface=")[^"]*"( panose="[^"]*")?/, `$1${minor}"`);
}

// ------------------------------------------------------------------ letter

const LETTERHEAD = [
  p(r(COUNCIL.name, { b: true, sz: 32 }), { style: 'Header', jc: 'right' }),
  // White on dark blue: a banner with plenty of contrast.
  p(r('Revenues and Benefits', { color: 'FFFFFF', b: true }), { style: 'Header', jc: 'right', shd: '1F3864' }),
  p(COUNCIL.address, { style: 'Header', jc: 'right' }),
];

const FOOTER = [p(COUNCIL.footer, { style: 'Footer', jc: 'center' })];

/**
 * The letter's body paragraphs by name, so a variant can replace one. It
 * uses the template's styles, direct formatting (a bold subject, a short
 * italic sentence, Arial named outright) and theme fonts, all as the
 * template intends.
 */
function letterParts() {
  return {
    addressee: p('Mrs Anita Patel\n14 Willow Close\nEastbrook\nEB4 7QT'),
    date: p('3 March 2026'),
    references: referencesTable([
      ['Our ref:', '04417-2026'],
      ['Contact:', 'Sam Jones, 01632 960 418'],
    ]),
    salutation: p('Dear Mrs Patel'),
    subject: p(r('Your Council Tax Reduction from 1 April 2026', { b: true })),
    opening: p('Thank you for applying for Council Tax Reduction on 12 February 2026. We have now looked at your claim.'),
    award: p(['We have awarded you a reduction of £612 for the year from 1 April 2026. ', r('Your new bill is enclosed.', { i: true })], { style: 'BodyText' }),
    heading: p('What happens next', { style: 'Heading2' }),
    payments: p(PAYMENTS, { style: 'BodyText' }),
    changes: p(['Please tell us within 21 days if your income or household changes. You can do this online at ', r('www.eastbrook.gov.uk/ctr', { style: 'Hyperlink' }), '.'], { style: 'BodyText' }),
    review: p(r('If you think our decision is wrong, you can ask us to look at it again. Please write to us within one month of the date of this letter.', { font: 'Arial' }), { style: 'BodyText' }),
    contact: p(r('If you have any questions, please call me on 01632 960 418 or email sam.jones@eastbrook.gov.uk.', { color: '1F3864' }), { style: 'BodyText' }),
    formats: p('We can send this letter in large print, in Braille or on audio CD. Please ask us if you would like one of these.', { style: 'BodyText' }),
    signoff: p('Yours sincerely'),
    name: p(r('Sam Jones', { b: true })),
    job: p('Benefits Officer'),
  };
}

function letterBody(parts) {
  const order = [
    parts.addressee, empty(), parts.date, empty(), parts.references, empty(), parts.salutation, empty(), parts.subject, empty(),
    parts.opening, parts.award, parts.heading, parts.payments, ...(parts.extra ?? []), parts.changes, parts.review, parts.contact, parts.formats,
    empty(), parts.signoff, empty(), empty(), parts.name, parts.job,
  ];
  return order.join('');
}

function partXml(root, paragraphs) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${WORD_NAMESPACES}>${paragraphs.join('')}</w:${root}>`;
}

// ------------------------------------------------------------------ package

/** The docx package's output for a one-section document with a header and footer: the parts we keep. */
async function basePackage() {
  const doc = new Document({
    creator: 'Sam Jones',
    lastModifiedBy: 'Sam Jones',
    title: 'Letter',
    sections: [{ headers: { default: new Header({ children: [new Paragraph('header')] }) }, footers: { default: new Footer({ children: [new Paragraph('footer')] }) }, children: [new Paragraph('body')] }],
  });
  return readZip(await Packer.toBuffer(doc));
}

function relationshipId(rels, target) {
  const match = new RegExp(`<Relationship Id="([^"]+)" Type="[^"]+" Target="${target}"`).exec(rels);
  if (!match) throw new Error(`no relationship to ${target} in document.xml.rels: the docx package changed its output`);
  return match[1];
}

/**
 * Writes one .docx or .dotx. `options`: body (XML), header, footer (paragraph
 * lists), styles (stylesXml changes), theme ({major, minor}), template (true
 * for a .dotx), title.
 */
async function writePackage(path, base, options) {
  const find = (name) => base.find((entry) => entry.name === name);
  const rels = find('word/_rels/document.xml.rels').data.toString('utf8');
  const headerId = relationshipId(rels, 'header1.xml');
  const footerId = relationshipId(rels, 'footer1.xml');
  const sectPr = `<w:sectPr><w:headerReference w:type="default" r:id="${headerId}"/><w:footerReference w:type="default" r:id="${footerId}"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  const theme = options.theme ?? { major: 'Arial', minor: 'Arial' };
  const replaced = {
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${WORD_NAMESPACES}><w:body>${options.body}${sectPr}</w:body></w:document>`,
    'word/header1.xml': partXml('hdr', options.header ?? LETTERHEAD),
    'word/footer1.xml': partXml('ftr', options.footer ?? FOOTER),
    'word/styles.xml': stylesXml(options.styles),
    'word/theme/theme1.xml': themeXml(find('word/theme/theme1.xml').data.toString('utf8'), theme),
  };
  const entries = base.map(({ name, data }) => {
    if (name in replaced) return { name, data: replaced[name] };
    const text = () => data.toString('utf8');
    if (name === 'docProps/core.xml') {
      return {
        name,
        data: fixCoreDates(text()).replace(/(<dc:title>)[^<]*/, `$1${escape(options.title)}`),
      };
    }
    if (name === '[Content_Types].xml' && options.template) {
      if (!text().includes(DOCUMENT_TYPE)) throw new Error('main content type not found: the docx package changed its output');
      return { name, data: text().replace(DOCUMENT_TYPE, TEMPLATE_TYPE) };
    }
    return { name, data };
  });
  await writeFile(path, writeZip(entries));
}

// ---------------------------------------------------------------- variants

const PAYMENTS = 'You will pay £122.48 a month in 10 instalments, starting on 1 April 2026. You do not need to do anything: we will take the payments by Direct Debit as before.';
const LONG_ITALIC =
  'Under the Council Tax Reduction Scheme we must take into account all of the income of every adult who lives with you, including wages, pensions, benefits and any savings over £6,000, when we work out how much help you can have.';
const LONG_UNDERLINE = 'You must tell us about any change in your income, your savings or the people who live with you within 21 days of the change, or you may have to pay back the reduction.';
const LONG_CAPITALS = 'If you do not pay the instalments on time we may cancel the reduction and ask you to pay the full amount of council tax for the year at once.';

/** Each letter that differs from the template, and how. */
function variants() {
  const wrongFont = (text) => p(r(text, { font: 'Times New Roman' }), { style: 'BodyText' });
  return {
    'wrong-font': {
      title: 'Wrong font by direct formatting',
      parts: {
        // Three paragraphs pasted from another document, Times New Roman set on their runs.
        payments: wrongFont(PAYMENTS),
        extra: [wrongFont('The first payment will be taken on or just after 1 April 2026.'), wrongFont('Your bank statement will show the payments as EASTBROOK DC CTAX.')],
      },
    },
    'small-size': {
      title: 'Body Text at 10 pt through its style chain',
      // Body Text is based on "Compact" (10 pt), which is based on Normal: no size on Body Text itself.
      styles: {
        styles: {
          Compact: style('paragraph', 'Compact', 'Compact', '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
          BodyText: style('paragraph', 'BodyText', 'Body Text', '<w:basedOn w:val="Compact"/><w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr>'),
        },
      },
      parts: {},
    },
    'theme-times': {
      title: 'Theme fonts that map to Times New Roman',
      theme: { major: 'Times New Roman', minor: 'Times New Roman' },
      parts: {
        // The one run that names Arial outright stays Arial.
        review: p('If you think our decision is wrong, you can ask us to look at it again. Please write to us within one month of the date of this letter.', { style: 'BodyText' }),
      },
    },
    justified: {
      title: 'Justified paragraphs',
      parts: {
        payments: p(PAYMENTS, { style: 'BodyText', jc: 'both' }),
        extra: [p('The first payment will be taken on or just after 1 April 2026, and on the first of each month after that until January 2027.', { style: 'BodyText', jc: 'both' })],
        // Justified but shorter than a line: it looks left-aligned, so it is no difference.
        opening: p('Thank you for applying. We have looked at your claim.', { jc: 'both' }),
      },
    },
    emphasis: {
      title: 'Long stretches of italic, underlining and capitals',
      parts: {
        extra: [p(r(LONG_ITALIC, { i: true }), { style: 'BodyText' }), p(['Please note: ', r(LONG_UNDERLINE, { u: true })], { style: 'BodyText' }), p(r(LONG_CAPITALS, { caps: true }), { style: 'BodyText' })],
      },
    },
    'fake-heading': {
      title: 'A heading made with bold',
      parts: {
        heading: p(r('What happens next', { b: true }), { style: 'BodyText' }),
      },
    },
    'light-grey': {
      title: 'Light grey text on white',
      parts: {
        formats: p(r('We can send this letter in large print, in Braille or on audio CD. Please ask us if you would like one of these.', { color: 'BBBBBB' }), { style: 'BodyText' }),
      },
    },
    'dark-shading': {
      title: 'Black text on dark shading',
      parts: {
        changes: p(r('Please tell us within 21 days if your income or household changes. You can do this online or by phone.', { color: '000000' }), { style: 'BodyText', shd: '333333' }),
      },
    },
    'undefined-style': {
      title: 'A style the template does not define',
      styles: { styles: { FancyQuote: style('paragraph', 'FancyQuote', 'Fancy Quote', '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr>') } },
      parts: {
        review: p('If you think our decision is wrong, you can ask us to look at it again. Please write to us within one month of the date of this letter.', { style: 'FancyQuote' }),
      },
    },
    'hidden-text': {
      title: 'Hidden text',
      parts: {
        // A control word only Word's "show hidden text" reveals, and a note hidden mid-sentence.
        extra: [p([r('cc-check-disable plain/jargon', { vanish: true })]), p(['You will not need to ', r('(internal: checked by SJ on 2 March) ', { vanish: true }), 'send us anything else.'], { style: 'BodyText' })],
      },
    },
  };
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal theme part naming only the heading (major) and body (minor) fonts. */
export function minimalTheme({ major, minor }) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Test"><a:themeElements><a:fontScheme name="Test"><a:majorFont><a:latin typeface="${major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="${minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
}

/**
 * A small .docx in memory for tests: body XML, and optionally a styles part
 * (XML, or stylesXml changes), a theme ({major, minor}), header and footer
 * paragraphs, and the main content type of a template.
 */
export function styledDocx({ body, styles, theme, header, footer, template = false }) {
  const relationships = [];
  const extraParts = [];
  let sectPr = '';
  if (styles !== undefined) {
    relationships.push(`<Relationship Id="rIdStyles" Type="${RELATIONSHIP}/styles" Target="styles.xml"/>`);
    extraParts.push({ name: 'word/styles.xml', data: typeof styles === 'string' ? styles : stylesXml(styles) });
  }
  if (theme !== undefined) {
    relationships.push(`<Relationship Id="rIdTheme" Type="${RELATIONSHIP}/theme" Target="theme/theme1.xml"/>`);
    extraParts.push({ name: 'word/theme/theme1.xml', data: minimalTheme(theme) });
  }
  if (header !== undefined) {
    relationships.push(`<Relationship Id="rIdHeader" Type="${RELATIONSHIP}/header" Target="header1.xml"/>`);
    extraParts.push({ name: 'word/header1.xml', data: partXml('hdr', header) });
    sectPr += '<w:headerReference w:type="default" r:id="rIdHeader"/>';
  }
  if (footer !== undefined) {
    relationships.push(`<Relationship Id="rIdFooter" Type="${RELATIONSHIP}/footer" Target="footer1.xml"/>`);
    extraParts.push({ name: 'word/footer1.xml', data: partXml('ftr', footer) });
    sectPr += '<w:footerReference w:type="default" r:id="rIdFooter"/>';
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${WORD_NAMESPACES}><w:body>${body}${sectPr ? `<w:sectPr>${sectPr}</w:sectPr>` : ''}</w:body></w:document>`;
  const parts = minimalDocxParts({ document, relationships: relationships.join(''), extraParts });
  if (template) parts[0].data = parts[0].data.replace(DOCUMENT_TYPE, TEMPLATE_TYPE);
  return writeZip(parts);
}

/** Writes corporate.dotx, compliant.docx and one letter per variant into `folder`. */
export async function buildStyleFixtures(folder) {
  await mkdir(folder, { recursive: true });
  const base = await basePackage();
  await writePackage(join(folder, 'corporate.dotx'), base, {
    template: true,
    title: 'Eastbrook District Council letter template',
    body: [p('«Title» «Forename» «Surname»\n«Address»'), empty(), p('«Date»'), empty(), p('Dear «Title» «Surname»'), empty(), p(r('«Subject»', { b: true })), empty(), p('«Body»', { style: 'BodyText' }), empty(), p('Yours sincerely')].join(''),
  });
  await writePackage(join(folder, 'compliant.docx'), base, { title: 'Council Tax Reduction', body: letterBody(letterParts()) });
  for (const [name, variant] of Object.entries(variants())) {
    await writePackage(join(folder, `${name}.docx`), base, {
      title: variant.title,
      body: letterBody({ ...letterParts(), ...variant.parts }),
      styles: variant.styles,
      theme: variant.theme,
    });
  }
}
