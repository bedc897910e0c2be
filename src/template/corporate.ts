import { posix } from 'node:path';
import { readPart, readStyleSheet, refuseCompoundFile, RelationshipReader } from '../load/docx.js';
import { LoadError, MAX_FILE_BYTES } from '../load/errors.js';
import { readFileWithin } from '../load/index.js';
import { localName, type SaxesTagPlain, type XmlHandler } from '../load/ooxml-xml.js';
import { openZip, XmlBudget } from '../load/zip.js';
import type { CorporateTemplate } from './formatting-types.js';

/** Main document content types: template and document, with and without macros. */
const MAIN_CONTENT_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
]);

/**
 * Reads the corporate template (.dotx or .docx): its body font and size and its styles.
 * Throws LoadError, its message naming the file, on a missing or bad file. The
 * file is read with the loader's safeguards: zip-bomb limits, no DTD or entities.
 */
export async function loadCorporateTemplate(path: string): Promise<CorporateTemplate> {
  try {
    return await readTemplate(path, await readTemplateBytes(path));
  } catch (error) {
    if (error instanceof LoadError) throw new LoadError(error.code, `corporate template ${path}: ${error.message}`);
    throw error;
  }
}

function readTemplateBytes(path: string): Promise<Buffer> {
  return readFileWithin(path, MAX_FILE_BYTES, {
    folder: 'is a folder, not a .dotx or .docx file',
    tooLarge: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  });
}

async function readTemplate(path: string, bytes: Buffer): Promise<CorporateTemplate> {
  if (bytes.length === 0) throw new LoadError('empty', 'the file is empty');
  refuseCompoundFile(bytes);
  const zip = await openZip(bytes, 'not a Word template (.dotx) or document (.docx): it is not a zip archive');
  const budget = new XmlBudget();
  const types = readPart(zip, zip.entries.get('[content_types].xml'), budget, new ContentTypesReader());
  const mainPart = types.mainPart;
  if (mainPart === undefined || !zip.entries.has(mainPart.toLowerCase())) {
    throw new LoadError('not-a-document', 'not a Word template or document: it has no main document part');
  }
  const folder = posix.dirname(mainPart);
  const relationshipsName = `${folder}/_rels/${posix.basename(mainPart)}.rels`;
  const relationships = readPart(zip, zip.entries.get(relationshipsName.toLowerCase()), budget, new RelationshipReader(`${folder}/`));
  const sheet = readStyleSheet(zip, relationships, budget);

  const normal = sheet.normalRun();
  const template: CorporateTemplate = { path, bodyFont: normal.font, bodySizePt: normal.sizePt, styles: [] };
  const normalStyle = sheet.paragraphStyle(undefined);
  for (const style of sheet.styles.values()) {
    if (style.type !== 'paragraph' && style.type !== 'character') continue;
    // A paragraph style through its chain; a character style as it shows in a Normal paragraph.
    const paragraph = style.type === 'paragraph' ? sheet.paragraphStyle(style.id) : undefined;
    const run = paragraph ? sheet.run(paragraph, undefined) : sheet.run(normalStyle, { style: style.id });
    const entry: CorporateTemplate['styles'][number] = { id: style.id, font: run.font, sizePt: run.sizePt };
    if (style.name !== undefined) entry.name = style.name;
    if (paragraph?.headingLevel !== undefined) entry.headingLevel = paragraph.headingLevel;
    template.styles.push(entry);
  }
  return template;
}

/** Reads [Content_Types].xml for the part holding the main document (word/document.xml in practice). */
class ContentTypesReader implements XmlHandler {
  mainPart: string | undefined;

  opentag(tag: SaxesTagPlain): void {
    if (this.mainPart !== undefined || localName(tag.name) !== 'Override') return;
    const { PartName: name, ContentType: type } = tag.attributes;
    if (name && type && MAIN_CONTENT_TYPES.has(type)) this.mainPart = name.replace(/^\//, '');
  }

  closetag(): void {}
  text(): void {}
}
