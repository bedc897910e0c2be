#!/usr/bin/env node
// Builds the .docx fixtures (fixtures/docx/), the bad inputs (fixtures/bad/) and
// the formatting fixtures of template/styles (fixtures/styles/).
// Run with `npm run fixtures`; the outputs are committed, so tests never need this.
// Each .docx made by the docx package is repacked with fixed dates and zip
// times, so rebuilding gives the same bytes.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { COUNCIL, councilTaxReduction, letterAsText, signoffMismatch, textboxLetter } from './fixture-letters.js';
import { fixCoreDates, minimalDocxParts, readZip, writeZip } from './fixture-zip.js';
import { buildStyleFixtures } from './fixture-styles.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docxFolder = join(root, 'fixtures', 'docx');
const badFolder = join(root, 'fixtures', 'bad');
const stylesFolder = join(root, 'fixtures', 'styles');

const REVISION_DATE = '2026-03-16T10:05:00Z';
const TEXT_BOX_MARKER = 'TEXT-BOX-GOES-HERE';

const FONT = 'Arial';
const SIZE = 24; // half-points: 12 pt, the council minimum

function plain(text, options = {}) {
  return new Paragraph({ children: [new TextRun({ text, font: FONT, size: SIZE, ...options })] });
}

function empty() {
  return new Paragraph({ children: [] });
}

/** The addressee block as Word users type it: one paragraph, Shift+Enter between lines. */
function addresseeBlock(lines) {
  return new Paragraph({
    children: lines.map((line, index) => new TextRun({ text: line, font: FONT, size: SIZE, break: index === 0 ? 0 : 1 })),
  });
}

function referencesTable(rows) {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  return new Table({
    width: { size: 60, type: WidthType.PERCENTAGE },
    borders,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [plain(`${label}:`, { bold: true })] }),
            new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: [plain(value)] }),
          ],
        }),
    ),
  });
}

function letterhead() {
  return new Header({
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.RIGHT, children: [new TextRun({ text: COUNCIL.name, font: FONT, size: 32, bold: true })] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: COUNCIL.address, font: FONT, size: SIZE })] }),
    ],
  });
}

function footer() {
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: COUNCIL.footer, font: FONT, size: SIZE })] })] });
}

/** Lays a letter out as Word users do: blank paragraphs between blocks, the subject in bold. */
function letterBody(letter, { subjectAsHeading = false, afterSalutation = [] } = {}) {
  const subject = subjectAsHeading
    ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: letter.subject, font: FONT, size: 28, bold: true, color: '000000' })] })
    : plain(letter.subject, { bold: true });
  const children = [
    addresseeBlock(letter.addressee),
    empty(),
    plain(letter.date),
    empty(),
    referencesTable(letter.references),
    empty(),
    plain(letter.salutation),
    empty(),
    subject,
    empty(),
    ...afterSalutation,
  ];
  for (const paragraph of letter.paragraphs) children.push(plain(paragraph), empty());
  children.push(plain(letter.signoff), empty(), empty());
  for (const line of letter.signature) children.push(plain(line, line === letter.signature[0] ? { bold: true } : {}));
  return children;
}

function wordDocument(letter, children) {
  // A first-page header identical to the default one, as council templates often have.
  return new Document({
    creator: 'Sam Jones',
    lastModifiedBy: 'Sam Jones',
    title: letter.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: letterhead(), first: letterhead() },
        footers: { default: footer(), first: footer() },
        children,
      },
    ],
  });
}

async function repack(buffer, patchDocument = (xml) => xml) {
  const entries = await readZip(buffer);
  return writeZip(
    entries.map(({ name, data }) => {
      if (name === 'docProps/core.xml') return { name, data: fixCoreDates(data.toString('utf8')) };
      if (name === 'word/document.xml') return { name, data: patchDocument(data.toString('utf8')) };
      return { name, data };
    }),
  );
}

/**
 * A text box as Word 2010+ saves it: a DrawingML shape in mc:Choice and the
 * same text again in a VML mc:Fallback for older readers.
 */
function textBoxRun(lines) {
  const paragraphs = lines
    .map((line, index) => `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr>${index === 0 ? '<w:b/>' : ''}<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`)
    .join('');
  const content = `<w:txbxContent>${paragraphs}</w:txbxContent>`;
  return (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>180000</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="5400000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>' +
    '<wp:docPr id="101" name="Text Box 1"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' +
    '<a:solidFill><a:srgbClr val="FFF4CC"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>' +
    `<wps:txbx>${content}</wps:txbx>` +
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>' +
    '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>' +
    '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:14.2pt;width:425.2pt;height:70.9pt;z-index:251659264" fillcolor="#fff4cc" strokeweight="1pt">' +
    `<v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

async function buildCleanLetter() {
  const letter = councilTaxReduction;
  const buffer = await Packer.toBuffer(wordDocument(letter, letterBody(letter)));
  await writeFile(join(docxFolder, `${letter.file}.docx`), await repack(buffer));
  await writeFile(join(docxFolder, `${letter.file}.txt`), letterAsText(letter));
}

async function buildSignoffMismatch() {
  const letter = signoffMismatch;
  const buffer = await Packer.toBuffer(wordDocument(letter, letterBody(letter)));
  await writeFile(join(docxFolder, `${letter.file}.docx`), await repack(buffer));
}

async function buildTextBoxLetter() {
  const letter = textboxLetter;
  const [before, deleted, inserted, after] = letter.trackedChange;
  const revision = { author: 'Sam Jones', date: REVISION_DATE, font: FONT, size: SIZE };
  const afterSalutation = [
    new Paragraph({ children: [new TextRun({ text: 'Thank you for talking to us on 10 March 2026.', font: FONT, size: SIZE }), new TextRun(TEXT_BOX_MARKER)] }),
    empty(),
    new Paragraph({
      children: [
        new TextRun({ text: before, font: FONT, size: SIZE }),
        new DeletedTextRun({ text: deleted, id: 1, ...revision }),
        new InsertedTextRun({ text: inserted, id: 2, ...revision }),
        new TextRun({ text: after, font: FONT, size: SIZE }),
      ],
    }),
    empty(),
  ];
  const buffer = await Packer.toBuffer(wordDocument(letter, letterBody(letter, { subjectAsHeading: true, afterSalutation })));
  const marker = `<w:r><w:t xml:space="preserve">${TEXT_BOX_MARKER}</w:t></w:r>`;
  const patched = await repack(buffer, (xml) => {
    if (!xml.includes(marker)) throw new Error('text box marker not found in document.xml: the docx package changed its output');
    return xml.replace(marker, textBoxRun(letter.textBox));
  });
  await writeFile(join(docxFolder, `${letter.file}.docx`), patched);
}

// ---------------------------------------------------------------- bad inputs

const CFB_FREE = 0xffffffff;
const CFB_END_OF_CHAIN = 0xfffffffe;
const CFB_FAT_SECTOR = 0xfffffffd;

/**
 * A small Compound File Binary (the container of .doc files and of
 * password-protected .docx): header, one FAT sector, one directory sector
 * naming the given streams (empty ones are enough for the loader to sniff).
 */
function compoundFile(streamNames) {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(CFB_END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(CFB_END_OF_CHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : CFB_FREE, 76 + i * 4);

  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(CFB_FAT_SECTOR, 0);
  fat.writeUInt32LE(CFB_END_OF_CHAIN, 4);

  const directory = Buffer.alloc(512);
  const names = ['Root Entry', ...streamNames];
  names.forEach((name, index) => {
    const entry = directory.subarray(index * 128, index * 128 + 128);
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(entry, 0);
    entry.writeUInt16LE(encoded.length, 64);
    entry.writeUInt8(index === 0 ? 5 : 2, 66); // root storage, or stream
    entry.writeUInt8(1, 67); // black
    // Siblings as a simple right-leaning chain; the root's child is the first stream.
    entry.writeUInt32LE(CFB_FREE, 68);
    entry.writeUInt32LE(index > 0 && index < names.length - 1 ? index + 1 : CFB_FREE, 72);
    entry.writeUInt32LE(index === 0 && names.length > 1 ? 1 : CFB_FREE, 76);
    entry.writeUInt32LE(CFB_END_OF_CHAIN, 116); // start sector: none
    entry.writeUInt32LE(0, 120); // size
  });
  for (let index = names.length; index < 4; index++) {
    const entry = directory.subarray(index * 128, index * 128 + 128);
    entry.writeUInt32LE(CFB_FREE, 68);
    entry.writeUInt32LE(CFB_FREE, 72);
    entry.writeUInt32LE(CFB_FREE, 76);
  }
  return Buffer.concat([header, fat, directory]);
}

/** A document.xml declaring nested entities: a few hundred bytes that expand to gigabytes. */
function billionLaughsDocument() {
  const entities = ['<!ENTITY lol "lol">'];
  for (let level = 1; level <= 9; level++) {
    const previous = level === 1 ? 'lol' : `lol${level - 1}`;
    entities.push(`<!ENTITY lol${level} "${`&${previous};`.repeat(10)}">`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [\n${entities.join('\n')}\n]>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
}

async function buildBadInputs(cleanDocx) {
  const write = (name, data) => writeFile(join(badFolder, name), data);
  // Cut off before the zip's central directory, as an interrupted download or save leaves it.
  await write('corrupt.docx', cleanDocx.subarray(0, Math.floor(cleanDocx.length * 0.6)));
  await write('encrypted.docx', compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
  await write('legacy.doc-as.docx', compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']));
  await write('entities.docx', writeZip(minimalDocxParts({ document: billionLaughsDocument() })));
  await write('not-a-docx.docx', 'Dear Mrs Patel\n\nThis is a plain text file saved with a .docx name.\n\nYours sincerely\nSam Jones\n');
  await write('empty.docx', Buffer.alloc(0));
  // A spreadsheet renamed to .docx: a perfectly good zip, but no Word document inside.
  await write(
    'no-document.docx',
    writeZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>' },
      { name: 'xl/workbook.xml', data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>' },
    ]),
  );
}

async function main() {
  await mkdir(docxFolder, { recursive: true });
  await mkdir(badFolder, { recursive: true });
  await buildCleanLetter();
  await buildSignoffMismatch();
  await buildTextBoxLetter();
  await buildBadInputs(await readFile(join(docxFolder, `${councilTaxReduction.file}.docx`)));
  await buildStyleFixtures(stylesFolder);
  console.log(`Fixtures written to ${docxFolder}, ${badFolder} and ${stylesFolder}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
