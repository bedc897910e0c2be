import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDocxWithSources } from '../../src/load/docx.js';
import { loadBytes } from '../../src/load/index.js';
import { buildDocx, paragraph, run } from './docx-helpers.js';

/** Every run child with text, checked against the document text and the XML it points at. */
async function checkSources(name: string, bytes: Uint8Array): Promise<number> {
  const { document, sources } = await loadDocxWithSources(name, bytes);
  expect(document).toEqual(await loadBytes(name, bytes));
  let checked = 0;
  for (const paragraph of sources.paragraphs) {
    const xml = sources.parts.get(paragraph.partName)!.xml;
    expect(xml.slice(paragraph.openEnd - 1, paragraph.openEnd)).toBe('>');
    expect(xml.slice(0, paragraph.closeEnd)).toMatch(/(<\/w:p>|<w:p\b[^>]*\/>)$/);
    for (const run of paragraph.runs) {
      expect(xml.slice(run.start, run.openEnd)).toMatch(/^<w:r[ >]/);
      expect(xml.slice(run.start, run.end)).toMatch(/<\/w:r>$/);
      for (const child of run.children) {
        if (child.kind === 'other') continue;
        const visible = child.text.replace(/\u00ad/g, '');
        expect(document.text.slice(paragraph.textStart + child.offset, paragraph.textStart + child.offset + visible.length)).toBe(visible);
        expect(xml.slice(child.start, child.end)).toMatch(child.kind === 'text' ? /^<w:t[ >][\s\S]*<\/w:t>$/ : /^<w:(tab|br|cr|noBreakHyphen|ptab)\b[^>]*\/>$/);
        checked++;
      }
    }
  }
  return checked;
}

describe('loadDocxWithSources', () => {
  it.each(['council-tax-reduction.docx', 'signoff-mismatch.docx', 'textbox-letter.docx'])('%s: each run’s text is where the source map says, in the text and in the XML', async (name) => {
    expect(await checkSources(name, await readFile(`fixtures/docx/${name}`))).toBeGreaterThan(20);
  });

  it('counts soft hyphens out of offsets, and tabs and breaks in', async () => {
    const bytes = buildDocx(
      paragraph('<w:r><w:t>Our ref:</w:t><w:tab/><w:t>CT/118</w:t><w:br/><w:t>re\u00adassess</w:t></w:r>', run(' your co-operation.', '<w:b/>')),
    );
    expect(await checkSources('a.docx', bytes)).toBe(6);
    const { sources } = await loadDocxWithSources('a.docx', bytes);
    const [first, second] = sources.paragraphs[0]!.runs;
    expect(first!.children.map((c) => [c.kind, c.offset])).toEqual([['text', 0], ['char', 8], ['text', 9], ['char', 15], ['text', 16]]);
    expect(second!.children[0]!.offset).toBe('Our ref:\tCT/118\nreassess'.length);
  });

  it('marks runs inside fields and tracked changes, and records run properties', async () => {
    const bytes = buildDocx(
      paragraph(
        run('Paid on ', '<w:i/>'),
        '<w:fldSimple w:instr=" DATE "><w:r><w:t>3 March 2026</w:t></w:r></w:fldSimple>',
        '<w:ins w:id="1" w:author="Sam Jones"><w:r><w:t> in full</w:t></w:r></w:ins>',
      ),
    );
    const { sources } = await loadDocxWithSources('a.docx', bytes);
    const runs = sources.paragraphs[0]!.runs;
    expect(runs.map((r) => [r.inField, r.inTrackedChange])).toEqual([[false, false], [true, false], [false, true]]);
    const xml = sources.parts.get('word/document.xml')!.xml;
    expect(xml.slice(runs[0]!.properties!.start, runs[0]!.properties!.end)).toBe('<w:rPr><w:i/></w:rPr>');
  });
});
