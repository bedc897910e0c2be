import { posix } from 'node:path';
import { zipSync, type ZipOptions } from 'fflate';
import { loadDocxWithSources, type DocxSources } from '../load/docx.js';
import { LoadError } from '../load/errors.js';
import { createPartParser, localName, type SaxesTagPlain, type XmlHandler } from '../load/ooxml-xml.js';
import { decodeXml, openZip, readEntryBytes, XmlBudget } from '../load/zip.js';
import type { Document } from '../types.js';
import { escapeAttribute } from './xml.js';

/** Every entry of the original is copied; media can be large, so the copy has its own, larger bound. */
const MAX_COPY_BYTES = 512 * 1024 * 1024;

const STORED = 0;

/** One zip entry of the package, in archive order. */
interface PackageEntry {
  name: string;
  data: Uint8Array;
  stored: boolean;
  modified: Date;
}

/**
 * A .docx opened for writing a copy: every entry's bytes, in order, so that
 * the copy holds the same entries byte for byte except those replaced.
 */
export class DocxPackage {
  private readonly byLowerName = new Map<string, PackageEntry>();

  private constructor(private readonly entries: PackageEntry[]) {
    for (const entry of entries) this.byLowerName.set(entry.name.toLowerCase(), entry);
  }

  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    const zip = await openZip(bytes, 'not a .docx file (it is not a zip archive)');
    const budget = new XmlBudget(MAX_COPY_BYTES);
    const entries: PackageEntry[] = [];
    for (const entry of zip.entries.values()) {
      const directory = entry.fileName.endsWith('/');
      entries.push({
        name: entry.fileName,
        data: directory ? new Uint8Array(0) : readEntryBytes(zip, entry, budget),
        stored: directory || entry.compressionMethod === STORED,
        modified: entry.getLastModDate(),
      });
    }
    return new DocxPackage(entries);
  }

  /** The entry's name as the archive spells it (part names are case-insensitive). */
  nameOf(name: string): string | undefined {
    return this.byLowerName.get(name.toLowerCase())?.name;
  }

  has(name: string): boolean {
    return this.byLowerName.has(name.toLowerCase());
  }

  text(name: string): string | undefined {
    const entry = this.byLowerName.get(name.toLowerCase());
    return entry ? decodeXml(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength)) : undefined;
  }

  /** Replaces an entry's XML (keeping its place and UTF-16 if it was saved so), or adds one at the end. */
  setText(name: string, xml: string): void {
    const existing = this.byLowerName.get(name.toLowerCase());
    const utf16 = /^<\?xml[^>]*encoding=["']UTF-16/i.test(xml);
    const data = utf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]) : Buffer.from(xml, 'utf8');
    if (existing) {
      existing.data = data;
      return;
    }
    const entry: PackageEntry = { name, data, stored: false, modified: new Date() };
    this.entries.push(entry);
    this.byLowerName.set(name.toLowerCase(), entry);
  }

  /** The archive: entries in their original order, new ones last; stored entries stay stored. */
  write(): Uint8Array {
    const files: Record<string, [Uint8Array, ZipOptions & { mtime: Date }]> = {};
    for (const entry of this.entries) files[entry.name] = [entry.data, { level: entry.stored ? 0 : 6, mtime: entry.modified }];
    return zipSync(files);
  }
}

const RELATIONSHIP_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Reads the Relationship elements of a .rels part. */
class RelationshipsReader implements XmlHandler {
  readonly relationships: Relationship[] = [];

  opentag(tag: SaxesTagPlain): void {
    if (localName(tag.name) !== 'Relationship') return;
    const { Id: id = '', Type: type = '', Target: target = '', TargetMode: mode } = tag.attributes;
    this.relationships.push({ id, type, target, external: mode === 'External' });
  }

  closetag(): void {}
  text(): void {}
}

function parseWith<H extends XmlHandler>(name: string, xml: string, handler: H): H {
  const parser = createPartParser(name, handler);
  parser.write(xml);
  parser.close();
  return handler;
}

/** Inserts XML just before the root element's close tag. */
function insertBeforeRootClose(name: string, xml: string, addition: string): string {
  const close = xml.lastIndexOf('</');
  if (close < 0) throw new LoadError('corrupt', `damaged: ${name} has no root element to add to`);
  return xml.slice(0, close) + addition + xml.slice(close);
}

/**
 * The part a source part relates to by `type` (e.g. comments), resolved
 * from the package root; added to the relationships with a fresh id and
 * `defaultTarget` when there is none.
 */
export function ensureRelationship(docx: DocxPackage, sourcePart: string, type: string, defaultTarget: string): { partName: string; added: boolean } {
  const folder = posix.dirname(sourcePart);
  const relsName = docx.nameOf(`${folder}/_rels/${posix.basename(sourcePart)}.rels`) ?? `${folder}/_rels/${posix.basename(sourcePart)}.rels`;
  const xml = docx.text(relsName) ?? EMPTY_RELATIONSHIPS;
  const { relationships } = parseWith(relsName, xml, new RelationshipsReader());
  const fullType = RELATIONSHIP_TYPE_BASE + type;
  const resolve = (target: string) => (target.startsWith('/') ? posix.normalize(target).slice(1) : posix.normalize(posix.join(folder, target)));
  const existing = relationships.find((r) => !r.external && (r.type === fullType || r.type.endsWith(`/${type}`)));
  if (existing) return { partName: docx.nameOf(resolve(existing.target)) ?? resolve(existing.target), added: false };

  let target = defaultTarget;
  for (let n = 1; docx.has(resolve(target)); n++) target = defaultTarget.replace(/\.xml$/, `${n}.xml`);
  const ids = new Set(relationships.map((r) => r.id));
  let n = relationships.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const rootName = /<([\w.-]+:)?Relationships[\s>]/.exec(xml)?.[1] ?? '';
  const element = `<${rootName}Relationship Id="rId${n}" Type="${escapeAttribute(fullType)}" Target="${escapeAttribute(target)}"/>`;
  docx.setText(relsName, insertBeforeRootClose(relsName, xml, element));
  return { partName: resolve(target), added: true };
}

/** Declares a part's content type in [Content_Types].xml, unless it already is. */
export function ensureContentType(docx: DocxPackage, partName: string, contentType: string): void {
  const name = docx.nameOf('[Content_Types].xml') ?? '[Content_Types].xml';
  const xml = docx.text(name);
  if (xml === undefined) throw new LoadError('not-a-document', 'not a Word document: the archive has no [Content_Types].xml');
  const overrides: string[] = [];
  parseWith(name, xml, {
    opentag(tag: SaxesTagPlain) {
      if (localName(tag.name) === 'Override' && tag.attributes.PartName) overrides.push(tag.attributes.PartName.toLowerCase());
    },
    closetag() {},
    text() {},
  });
  if (overrides.includes(`/${partName}`.toLowerCase())) return;
  const rootName = /<([\w.-]+:)?Types[\s>]/.exec(xml)?.[1] ?? '';
  docx.setText(name, insertBeforeRootClose(name, xml, `<${rootName}Override PartName="/${escapeAttribute(partName)}" ContentType="${escapeAttribute(contentType)}"/>`));
}

/** Loads the bytes again with their sources, and refuses a document that is not theirs (its offsets would be wrong). */
export async function loadMatching(bytes: Uint8Array, document: Document): Promise<{ sources: DocxSources }> {
  const loaded = await loadDocxWithSources(document.path, bytes);
  if (loaded.document.text !== document.text) throw new Error(`${document.path}: the document given does not match the .docx bytes`);
  return loaded;
}

/** Word writes dates without fractions of a second. */
export function wordDate(date?: string): string {
  const parsed = date ? new Date(date) : new Date();
  return (Number.isNaN(parsed.getTime()) ? new Date() : parsed).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
