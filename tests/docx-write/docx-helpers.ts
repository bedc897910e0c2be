import { SaxesParser } from 'saxes';
import { documentXml, minimalDocxParts, readZip, writeZip } from '../../scripts/fixture-zip.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A run with optional properties (e.g. '<w:b/>'), its text kept verbatim with xml:space. */
export function run(text: string, properties = ''): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function paragraph(...runs: string[]): string {
  return `<w:p>${runs.join('')}</w:p>`;
}

/** A text box anchored in a paragraph, as Word 2010+ writes it, with its VML fallback. */
export function textBox(...paragraphs: string[]): string {
  const content = `<w:txbxContent>${paragraphs.join('')}</w:txbxContent>`;
  return (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="3000000" cy="900000"/><wp:docPr id="1" name="Text Box 1"/>' +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>` +
    `</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

export function table(...cells: string[]): string {
  return `<w:tbl><w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${c}</w:tc>`).join('')}</w:tr></w:tbl>`;
}

/** A .docx from body XML, with a default header when given. */
export function buildDocx(body: string, header?: string): Buffer {
  if (!header) return writeZip(minimalDocxParts({ document: documentXml(`${body}<w:sectPr/>`) }));
  const headerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W}">${header}</w:hdr>`;
  return writeZip(
    minimalDocxParts({
      document: documentXml(`${body}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>`),
      relationships: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
      extraParts: [{ name: 'word/header1.xml', data: headerXml }],
      extraOverrides: '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
    }),
  );
}

export async function entriesOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const entries = (await readZip(Buffer.from(bytes))) as Array<{ name: string; data: Buffer }>;
  return new Map(entries.map((e) => [e.name, e.data]));
}

export interface ReadComment {
  id: string;
  author: string;
  initials: string;
  date: string;
  paragraphs: string[];
}

/** The comments of a comments part, each with its paragraphs' text. */
export function readComments(xml: string): ReadComment[] {
  const comments: ReadComment[] = [];
  let current: ReadComment | undefined;
  let inText = false;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'w:comment') {
      current = { id: a['w:id']!, author: a['w:author']!, initials: a['w:initials']!, date: a['w:date']!, paragraphs: [] };
      comments.push(current);
    } else if (tag.name === 'w:p' && current) current.paragraphs.push('');
    else if (tag.name === 'w:t') inText = true;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
  });
  parser.on('text', (text) => {
    if (inText && current) current.paragraphs[current.paragraphs.length - 1] += text;
  });
  parser.write(xml).close();
  return comments;
}

/**
 * The text each comment range covers in a part (w:t, tabs and breaks; deleted
 * text and the VML twin of a text box left out), and how many references each id has.
 */
export function readCommentRanges(xml: string): { ranges: Map<string, string>; references: Map<string, number> } {
  const ranges = new Map<string, string>();
  const references = new Map<string, number>();
  const open = new Set<string>();
  let inText = false;
  let skipDepth = 0;
  let depth = 0;
  const add = (text: string) => open.forEach((id) => ranges.set(id, ranges.get(id)! + text));
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    depth++;
    if (skipDepth) return;
    const id = (tag.attributes as Record<string, string>)['w:id']!;
    switch (tag.name) {
      case 'mc:Fallback':
        if (!tag.isSelfClosing) skipDepth = depth;
        break;
      case 'w:commentRangeStart':
        open.add(id);
        ranges.set(id, '');
        break;
      case 'w:commentRangeEnd':
        open.delete(id);
        break;
      case 'w:commentReference':
        references.set(id, (references.get(id) ?? 0) + 1);
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        add('\t');
        break;
      case 'w:br':
        add('\n');
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (skipDepth) {
      if (depth === skipDepth) skipDepth = 0;
      depth--;
      return;
    }
    depth--;
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p') add('\n');
  });
  parser.on('text', (text) => {
    if (inText && !skipDepth) add(text);
  });
  parser.write(xml).close();
  return { ranges, references };
}

/** The run properties of the run holding `text` in a w:t or w:delText (the first such run). */
export function propertiesOfRunWith(xml: string, text: string, element: 't' | 'delText' = 't'): string | undefined {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:${element} xml:space="preserve">${escaped}</w:${element}></w:r>`);
  const match = pattern.exec(xml);
  return match ? (match[1] ?? '') : undefined;
}
