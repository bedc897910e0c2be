import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFiles } from '../../src/engine/run.js';
import { LoadError, loadBytes, loadFile } from '../../src/load/index.js';
import { documentXml, minimalDocxParts, writeZip } from '../../scripts/fixture-zip.js';

const BAD = 'fixtures/bad';
const GOOD = 'fixtures/docx/council-tax-reduction.docx';

async function errorOf(load: Promise<unknown>): Promise<LoadError> {
  try {
    await load;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError, but the file loaded');
}

function docx(document: string, extraParts: Array<{ name: string; data: string | Buffer; store?: boolean; crc?: number }> = []): Buffer {
  return writeZip(minimalDocxParts({ document, extraParts }));
}

const LETTER_BODY = '<w:p><w:r><w:t>Dear Mrs Patel</w:t></w:r></w:p><w:p><w:r><w:t>Thank you for your letter.</w:t></w:r></w:p>';

describe('bad .docx fixtures give a LoadError with a code and a one-line reason', () => {
  const cases: Array<[string, string, string]> = [
    ['corrupt.docx', 'corrupt', 'damaged or incomplete: the end of the file is missing (was it saved or downloaded in full?)'],
    ['encrypted.docx', 'encrypted', 'password-protected: remove the password in Word (File › Info › Protect Document) and check again'],
    ['legacy.doc-as.docx', 'not-a-document', 'a Word 97-2003 .doc file: save it as .docx'],
    ['entities.docx', 'unsafe', 'declares XML entities, which Word never writes; refused for safety (word/document.xml)'],
    ['not-a-docx.docx', 'not-a-document', 'not a .docx file (it is not a zip archive)'],
    ['empty.docx', 'empty', 'the file is empty'],
    ['no-document.docx', 'not-a-document', 'not a Word document: the archive has no word/document.xml'],
  ];
  for (const [file, code, message] of cases) {
    it(`${file}: ${code}`, async () => {
      const error = await errorOf(loadFile(`${BAD}/${file}`));
      expect(error.code).toBe(code);
      expect(error.message).toBe(message);
      expect(error.message).not.toContain('\n');
    });
  }
});

describe('damaged and hostile archives built here', () => {
  it('refuses a part whose checksum does not match', async () => {
    const document = documentXml(LETTER_BODY);
    const bytes = writeZip(minimalDocxParts({ document }).map((part) => (part.name === 'word/document.xml' ? { ...part, store: true, crc: 0x12345678 } : part)));
    const error = await errorOf(loadBytes('a.docx', bytes));
    expect([error.code, error.message]).toEqual(['corrupt', 'damaged: word/document.xml fails its checksum']);
  });

  it('refuses compressed data that does not inflate', async () => {
    const bytes = docx(documentXml(LETTER_BODY));
    // Overwrite the start of document.xml's deflate stream with an invalid block type.
    const header = bytes.indexOf(Buffer.from('word/document.xml'));
    const dataStart = header + 'word/document.xml'.length;
    bytes.fill(0xff, dataStart, dataStart + 8);
    const error = await errorOf(loadBytes('a.docx', bytes));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^damaged: cannot inflate word\/document\.xml \(.+\)$/);
  });

  it('calls an entry damaged, not a bomb, when it inflates a little past its declared size', async () => {
    const document = documentXml(LETTER_BODY);
    const bytes = writeZip(minimalDocxParts({ document }).map((part) => (part.name === 'word/document.xml' ? { ...part, declaredSize: document.length - 10 } : part)));
    const error = await errorOf(loadBytes('a.docx', bytes));
    expect([error.code, error.message]).toEqual(['corrupt', 'damaged: word/document.xml is longer than its zip directory says']);
  });

  it('refuses malformed XML with the line where it breaks', async () => {
    const document = documentXml('<w:p><w:r><w:t>Dear Mrs Patel</w:r></w:p>').replace('<w:body>', '\n<w:body>\n');
    const error = await errorOf(loadBytes('a.docx', docx(document)));
    expect([error.code, error.message]).toEqual(['corrupt', 'damaged: word/document.xml is not well-formed XML (line 4: unexpected close tag)']);
  });

  it('refuses an external entity declared in the core properties', async () => {
    const core = '<?xml version="1.0"?><!DOCTYPE cp [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>&xxe;</dc:creator></cp:coreProperties>';
    const error = await errorOf(loadBytes('a.docx', docx(documentXml(LETTER_BODY), [{ name: 'docProps/core.xml', data: core }])));
    expect([error.code, error.message]).toEqual(['unsafe', 'declares XML entities, which Word never writes; refused for safety (docProps/core.xml)']);
  });

  it('refuses an archive with more than 10,000 files before reading any', async () => {
    const parts = minimalDocxParts({ document: documentXml(LETTER_BODY) });
    for (let i = 0; i < 10_001; i++) parts.push({ name: `word/media/image${i}.png`, data: '', store: true } as (typeof parts)[number]);
    const error = await errorOf(loadBytes('a.docx', writeZip(parts)));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10005 files');
  });

  it('reports a document with no text as empty', async () => {
    const error = await errorOf(loadBytes('a.docx', docx(documentXml('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>'))));
    expect([error.code, error.message]).toEqual(['empty', 'the document has no text']);
  });

  it('never throws anything but a LoadError, however the bytes of a real letter are damaged', async () => {
    const good = await readFile(GOOD);
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 20260303;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let refused = 0;
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.from(good);
      if (round % 3 === 0) {
        const cut = Math.floor(next() * bytes.length);
        await loadBytes('a.docx', bytes.subarray(0, cut)).catch((error: unknown) => {
          if (!(error instanceof LoadError)) throw error;
          refused++;
        });
        continue;
      }
      for (let flips = 0; flips < 1 + round % 4; flips++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      await loadBytes('a.docx', bytes).catch((error: unknown) => {
        if (!(error instanceof LoadError)) throw error;
        expect(error.message).not.toContain('\n');
        refused++;
      });
    }
    expect(refused).toBeGreaterThan(100);
  });
});

describe('zip bombs', () => {
  let folder: string;
  /** 60 MB of paragraphs that deflate to about 200 KB. */
  const hugeXml = () => documentXml('<w:p><w:r><w:t>lol</w:t></w:r></w:p>'.repeat((60 * 1024 * 1024) / 36));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cc-check-bomb-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses XML declared over 50 MB without inflating it', async () => {
    const path = join(folder, 'bomb.docx');
    const bytes = docx(hugeXml());
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await writeFile(path, bytes);
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    try {
      const error = await errorOf(loadFile(path));
      expect(error.code).toBe('too-large');
      expect(error.message).toBe('too large: word/document.xml declares 60 MB of XML, over the 50 MB limit; refused as a possible zip bomb');
      // Only the relationships part (a few hundred bytes) was inflated; never the 60 MB.
      for (const [, options] of inflate.mock.calls) expect(options?.maxOutputLength).toBeLessThan(10_000);
    } finally {
      inflate.mockRestore();
    }
  });

  it('stops inflating an entry that lies about its size at the size it declares', async () => {
    const path = join(folder, 'liar.docx');
    const parts = minimalDocxParts({ document: hugeXml() }).map((part) => (part.name === 'word/document.xml' ? { ...part, declaredSize: 4096 } : part));
    await writeFile(path, writeZip(parts));
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    try {
      const error = await errorOf(loadFile(path));
      expect(error.code).toBe('too-large');
      expect(error.message).toBe('too large: word/document.xml expands far beyond the size it declares; refused as a possible zip bomb');
      // Inflation stopped one byte past the declared size, then past a 1 MB probe: never the 60 MB.
      expect(inflate.mock.calls.map(([, options]) => options?.maxOutputLength).slice(-2)).toEqual([4097, 1024 * 1024 + 1]);
    } finally {
      inflate.mockRestore();
    }
  });

  it('counts the parts together: headers that add up past the limit are refused', async () => {
    // One long run of text: cheap to build and parse, and 30 MB all the same.
    const header = `<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>${'Eastbrook '.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p></w:hdr>`;
    const rels =
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>';
    const body = `${LETTER_BODY}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/><w:titlePg/></w:sectPr>`;
    const bytes = writeZip(
      minimalDocxParts({
        document: documentXml(body),
        relationships: rels,
        extraParts: [
          { name: 'word/header1.xml', data: header },
          { name: 'word/header2.xml', data: header.replace('<w:hdr ', '<w:hdr xmlns:w14="x" ') },
        ],
      }),
    );
    const error = await errorOf(loadBytes('a.docx', bytes));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('word/header2.xml declares 30 MB of XML');
  });
});

describe('checkFiles with bad and good files together', () => {
  it('reports the bad file with its error and still checks the good one', async () => {
    const report = await checkFiles([`${BAD}/encrypted.docx`, GOOD, `${BAD}/entities.docx`], { only: [] });
    expect(report.files.map((f) => [f.path, f.error?.code ?? null])).toEqual([
      [`${BAD}/encrypted.docx`, 'encrypted'],
      [GOOD, null],
      [`${BAD}/entities.docx`, 'unsafe'],
    ]);
    const good = report.files[1]!;
    expect(good.score).toEqual(expect.any(Number));
    expect(good.format).toBe('docx');
    expect(report.files[0]).toMatchObject({ score: null, pass: false, findings: [] });
    expect(report.summary).toMatchObject({ files: 3, errors: 2 });
  });
});
