import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../src/load/errors.js';
import { loadCorporateTemplate } from '../../src/template/corporate.js';
import { p, style, styledDocx } from '../../scripts/fixture-styles.js';
import { minimalDocxParts, writeZip } from '../../scripts/fixture-zip.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cc-check-template-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function write(name: string, data: string | Buffer): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, data);
  return path;
}

async function failure(path: string): Promise<LoadError> {
  const error = await loadCorporateTemplate(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

describe('loadCorporateTemplate', () => {
  it('reads the corporate .dotx: Normal in Arial 12 pt through the theme, and its styles with heading levels', async () => {
    const template = await loadCorporateTemplate('fixtures/styles/corporate.dotx');
    expect(template.path).toBe('fixtures/styles/corporate.dotx');
    expect(template.bodyFont).toBe('Arial');
    expect(template.bodySizePt).toBe(12);
    const byId = new Map(template.styles.map((s) => [s.id, s]));
    expect(byId.get('Normal')).toEqual({ id: 'Normal', name: 'Normal', font: 'Arial', sizePt: 12 });
    expect(byId.get('Heading1')).toEqual({ id: 'Heading1', name: 'heading 1', font: 'Arial', sizePt: 16, headingLevel: 1 });
    expect(byId.get('Heading2')).toEqual({ id: 'Heading2', name: 'heading 2', font: 'Arial', sizePt: 14, headingLevel: 2 });
    expect(byId.get('BodyText')).toMatchObject({ name: 'Body Text', font: 'Arial', sizePt: 12 });
    expect(byId.get('Hyperlink')).toMatchObject({ name: 'Hyperlink' });
    // Table styles shape tables, not text: not listed.
    expect(byId.has('TableNormal')).toBe(false);
  });

  it('reads a .docx used as the template just the same', async () => {
    const template = await loadCorporateTemplate('fixtures/styles/compliant.docx');
    expect([template.bodyFont, template.bodySizePt]).toEqual(['Arial', 12]);
  });

  it('resolves an explicit Normal font over the theme, through w:basedOn', async () => {
    const path = await write(
      'explicit.dotx',
      styledDocx({
        template: true,
        theme: { major: 'Georgia', minor: 'Calibri' },
        styles: {
          styles: {
            Normal: style('paragraph', 'Normal', 'Normal', '<w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:sz w:val="26"/></w:rPr>', ' w:default="1"'),
            Quote: style('paragraph', 'Quote', 'Quote', '<w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr>'),
          },
        },
        body: p('«Body»'),
      }),
    );
    const template = await loadCorporateTemplate(path);
    expect([template.bodyFont, template.bodySizePt]).toEqual(['Verdana', 13]);
    expect(template.styles.find((s) => s.id === 'Quote')).toEqual({ id: 'Quote', name: 'Quote', font: 'Verdana', sizePt: 13 });
    // Heading 1 takes the theme's major font.
    expect(template.styles.find((s) => s.id === 'Heading1')).toMatchObject({ font: 'Georgia', headingLevel: 1 });
  });

  it('refuses a missing file, a folder, an empty file and a file that is not a zip, naming the template', async () => {
    const missing = await failure(join(folder, 'nowhere.dotx'));
    expect([missing.code, missing.message]).toEqual(['not-found', `corporate template ${join(folder, 'nowhere.dotx')}: file not found`]);
    expect((await failure(folder)).code).toBe('unreadable');
    expect((await failure(await write('empty.dotx', ''))).message).toMatch(/: the file is empty$/);
    const text = await failure(await write('text.dotx', 'Dear Sir or Madam'));
    expect([text.code, text.message]).toEqual(['not-a-document', `corporate template ${join(folder, 'text.dotx')}: not a Word template (.dotx) or document (.docx): it is not a zip archive`]);
  });

  it('refuses a zip with no Word document in it, and a Word 97-2003 or encrypted file', async () => {
    const sheet = writeZip([{ name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' }]);
    expect((await failure(await write('sheet.dotx', sheet))).message).toMatch(/not a Word template or document: it has no main document part$/);
    expect((await failure('fixtures/bad/legacy.doc-as.docx')).message).toMatch(/\.doc file: save it as \.docx$/);
    expect((await failure('fixtures/bad/encrypted.docx')).code).toBe('encrypted');
  });

  it('refuses a styles part that declares entities, as the loader does', async () => {
    const styles = '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    const path = await write('entities.dotx', styledDocx({ template: true, styles, body: p('x') }));
    const error = await failure(path);
    expect(error.code).toBe('unsafe');
    expect(error.message).toContain('word/styles.xml');
  });

  it('refuses a zip bomb: a part inflating beyond the size it declares', async () => {
    const parts = minimalDocxParts({ document: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>', relationships: '<Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' });
    parts.push({ name: 'word/styles.xml', data: `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${' '.repeat(20 * 1024 * 1024)}</w:styles>`, declaredSize: 100 } as never);
    expect((await failure(await write('bomb.dotx', writeZip(parts)))).code).toBe('too-large');
  });
});
