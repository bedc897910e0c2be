import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { LoadError } from './errors.js';

/** A letter holds a few dozen parts; thousands mean a hostile or broken archive. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Uncompressed XML read from one document, across all the parts we read. */
export const MAX_XML_BYTES = 50 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

export const ENCRYPTED_MESSAGE = 'password-protected: remove the password in Word (File › Info › Protect Document) and check again';

/** Counts the uncompressed bytes read from one archive, so a zip bomb stops early. */
export class XmlBudget {
  used = 0;
  constructor(readonly limit = MAX_XML_BYTES) {}

  /** Refuses a part before inflating it when its declared size would break the limit. */
  reserve(name: string, declared: number): void {
    if (this.used + declared > this.limit) {
      throw tooLarge(`${name} declares ${formatMegabytes(declared)} of XML, over the ${this.limit / MEGABYTE} MB limit`);
    }
  }

  /** Counts a part once inflated; never more than reserved, since inflation stops at the declared size. */
  spend(bytes: number): void {
    this.used += bytes;
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(bytes < 10 * MEGABYTE ? 1 : 0)} MB`;
}

function tooLarge(detail: string): LoadError {
  return new LoadError('too-large', `too large: ${detail}; refused as a possible zip bomb`);
}

export interface OpenedZip {
  buffer: Buffer;
  /** Entries by lower-cased name: OPC part names are case-insensitive. */
  entries: Map<string, Entry>;
}

const LOCAL_FILE_HEADER = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Opens a zip held in memory and lists its entries without inflating any.
 * Every failure becomes a LoadError: a file that does not even start like a
 * zip is "not a document"; one that starts like a zip but breaks is corrupt.
 */
export async function openZip(bytes: Uint8Array, notZipMessage: string): Promise<OpenedZip> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const looksLikeZip = startsWith(buffer, LOCAL_FILE_HEADER);
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (error, opened) => (error ? reject(error) : resolve(opened)));
    });
  } catch (error) {
    if (!looksLikeZip) throw new LoadError('not-a-document', notZipMessage);
    const reason = shortReason(error);
    // The zip directory sits at the end, so a cut-short file loses it first.
    if (reason.includes('end of central directory record signature not found')) {
      throw new LoadError('corrupt', 'damaged or incomplete: the end of the file is missing (was it saved or downloaded in full?)');
    }
    throw new LoadError('corrupt', `damaged or incomplete: ${reason}`);
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    throw new LoadError('too-large', `too large: the archive holds ${zip.entryCount} files (a letter has a few dozen), over the limit of ${MAX_ZIP_ENTRIES}`);
  }
  const entries = await new Promise<Map<string, Entry>>((resolve, reject) => {
    const found = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      found.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(found));
    zip.once('error', reject);
    zip.readEntry();
  }).catch((error: unknown) => {
    throw new LoadError('corrupt', `damaged: ${shortReason(error)}`);
  });
  return { buffer, entries };
}

/** yauzl's messages are precise but long; keep the first clause, lower-cased. */
function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message === 'unexpected EOF') return 'the zip directory is cut short';
  const first = message.split(/[.:;]\s/)[0]!.trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}

const crc32 = zlib.crc32 ?? portableCrc32;

let crcTable: Uint32Array | undefined;

/** For Node 20 releases before zlib.crc32 (20.15). */
function portableCrc32(data: string | NodeJS.ArrayBufferView, value = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const bytes = typeof data === 'string' ? Buffer.from(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let crc = ~value >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

const LOCAL_HEADER_SIZE = 30;

/**
 * The compressed bytes of an entry, sliced from the buffer. yauzl has
 * located and validated the entry from the central directory; going through
 * its read stream for these bytes cost more than parsing the XML.
 */
function compressedBytes(buffer: Buffer, entry: Entry): Buffer {
  const start = entry.relativeOffsetOfLocalHeader;
  if (start + LOCAL_HEADER_SIZE > buffer.length || buffer.readUInt32LE(start) !== 0x04034b50) {
    throw new LoadError('corrupt', `damaged: ${entry.fileName} has no valid local header`);
  }
  const dataStart = start + LOCAL_HEADER_SIZE + buffer.readUInt16LE(start + 26) + buffer.readUInt16LE(start + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > buffer.length) throw new LoadError('corrupt', `damaged or incomplete: ${entry.fileName} is cut short`);
  return buffer.subarray(dataStart, dataEnd);
}

const STORED = 0;
const DEFLATED = 8;

/** How far past its declared size an entry may inflate before we call it a bomb rather than damage. */
const OVERRUN_PROBE_BYTES = 1024 * 1024;

/**
 * Reads one entry's text into `onText`. The bytes are inflated synchronously
 * with an output cap of the size the entry declares (within the budget): a
 * streaming inflate on the thread pool made a letter cost 0.9 ms instead of
 * 0.3 ms, and the cap stops a zip bomb at its declared size instead of
 * filling memory. The CRC is checked too (yauzl does not).
 */
export function readEntryText(opened: OpenedZip, entry: Entry, budget: XmlBudget, onText: (text: string) => void): void {
  onText(decodeXml(readEntryBytes(opened, entry, budget)));
}

/** One entry's bytes, inflated and checked as readEntryText does (the writers copy entries with it). */
export function readEntryBytes(opened: OpenedZip, entry: Entry, budget: XmlBudget): Buffer {
  const name = entry.fileName;
  if (entry.isEncrypted()) throw new LoadError('encrypted', ENCRYPTED_MESSAGE);
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw new LoadError('corrupt', `damaged: ${name} uses an unknown compression method (${entry.compressionMethod})`);
  }
  budget.reserve(name, entry.uncompressedSize);
  const packed = compressedBytes(opened.buffer, entry);
  const data = entry.compressionMethod === STORED ? packed : inflateAtMost(name, packed, entry.uncompressedSize, budget);
  if (data.length > entry.uncompressedSize) throw new LoadError('corrupt', `damaged: ${name} is longer than its zip directory says`);
  if (data.length < entry.uncompressedSize) throw new LoadError('corrupt', `damaged: ${name} is shorter than its zip directory says`);
  budget.spend(data.length);
  if (crc32(data) >>> 0 !== entry.crc32 >>> 0) throw new LoadError('corrupt', `damaged: ${name} fails its checksum`);
  return data;
}

/**
 * Inflates up to one byte past the declared size. An entry that overruns is
 * probed once more, a little further: damaged data overruns by a little, a
 * bomb that lies about its size keeps going and is refused as too large.
 */
function inflateAtMost(name: string, packed: Buffer, declared: number, budget: XmlBudget): Buffer {
  const inflate = (limit: number) => zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, limit) });
  try {
    return inflate(declared + 1);
  } catch (error) {
    if (!isOverrun(error)) throw new LoadError('corrupt', `damaged: cannot inflate ${name} (${shortReason(error)})`);
  }
  const probe = Math.min(Math.max(declared * 4, OVERRUN_PROBE_BYTES), budget.limit - budget.used);
  try {
    return inflate(probe + 1);
  } catch (error) {
    if (isOverrun(error)) throw tooLarge(`${name} expands far beyond the size it declares`);
    throw new LoadError('corrupt', `damaged: cannot inflate ${name} (${shortReason(error)})`);
  }
}

function isOverrun(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
}

/** XML parts are UTF-8, or UTF-16 with a byte order mark; TextDecoder drops the mark. */
export function decodeXml(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return data.toString('utf8').replace(/^\uFEFF/, '');
}
