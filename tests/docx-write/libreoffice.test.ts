import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/docx-write/annotate.js';
import { applyDocxFixes } from '../../src/docx-write/tracked-fixes.js';
import { checkDocument } from '../../src/engine/check.js';
import { loadBytes } from '../../src/load/index.js';
import type { Finding } from '../../src/types.js';
import { entriesOf } from './docx-helpers.js';
import { councilTaxLetter } from './letter.js';

/** LibreOffice's command, when installed; CI does not install it, so the test says why it is skipped. */
function findLibreOffice(): string | undefined {
  for (const command of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on the PATH
    }
  }
  return undefined;
}

const libreOffice = findLibreOffice();
if (!libreOffice) console.warn('LibreOffice (soffice) is not installed: the check that annotated and fixed copies open in LibreOffice is skipped.');

describe.skipIf(!libreOffice)('annotated and fixed copies open in LibreOffice', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'cc-check-lo-'));
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const bytes = councilTaxLetter();
  const document = await loadBytes('letter.docx', bytes);
  const findings = checkDocument(document).findings;
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  await writeFile(join(folder, 'annotated.docx'), await annotateDocx(bytes, document, findings));
  await writeFile(join(folder, 'fixed.docx'), (await applyDocxFixes(bytes, document, fixes, { author: 'cc-check', date: '2026-03-03T10:00:00Z' })).bytes);
  // The fixture letters too, with a comment on the first word of every paragraph (text boxes and tables included).
  const fixtureNames = (await readdir('fixtures/docx')).filter((name) => name.endsWith('.docx'));
  const fixtureComments = new Map<string, number>();
  for (const name of fixtureNames) {
    const fixtureBytes = await readFile(`fixtures/docx/${name}`);
    const fixture = await loadBytes(name, fixtureBytes);
    const wordFindings = fixture.blocks
      .filter((b) => b.part !== 'header' && b.part !== 'footer')
      .map((b): Finding => {
        const word = /^\S+/.exec(fixture.text.slice(b.start, b.end))![0];
        return { ruleId: 'plain/jargon', severity: 'warning', message: `Check “${word}”.`, line: 1, column: 1, endLine: 1, endColumn: 1, excerpt: word, standard: 'Shepway 12', start: b.start, end: b.start + word.length };
      });
    fixtureComments.set(name.replace(/\.docx$/, '.annotated'), wordFindings.length);
    await writeFile(join(folder, name.replace(/\.docx$/, '.annotated.docx')), await annotateDocx(fixtureBytes, fixture, wordFindings));
  }
  const inputs = ['annotated.docx', 'fixed.docx', ...[...fixtureComments.keys()].map((base) => `${base}.docx`)].map((name) => join(folder, name));

  /** Converts both copies in one LibreOffice run, with a profile of its own so parallel runs do not collide. */
  async function convert(format: 'pdf' | 'odt'): Promise<void> {
    const profile = pathToFileURL(join(folder, `profile-${format}`)).href;
    await promisify(execFile)(libreOffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', folder, ...inputs], {
      timeout: 120_000,
    });
  }

  it('converts both to PDF', { timeout: 130_000 }, async () => {
    await convert('pdf');
    for (const name of inputs.map((input) => input.replace(/\.docx$/, '.pdf'))) {
      const pdf = await readFile(name);
      expect(pdf.subarray(0, 5).toString(), name).toBe('%PDF-');
      expect((await stat(name)).size).toBeGreaterThan(1000);
    }
  });

  it('reads every comment, by cc-check, and every tracked change', { timeout: 130_000 }, async () => {
    await convert('odt');
    const annotated = (await entriesOf(await readFile(join(folder, 'annotated.odt')))).get('content.xml')!.toString();
    const annotations = [...annotated.matchAll(/<office:annotation [^>]*><dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => m[1]);
    expect(annotations).toEqual(findings.map(() => 'cc-check'));
    expect(annotated).toContain('<text:p>Write instead: Yours sincerely</text:p>');
    for (const [base, count] of fixtureComments) {
      const content = (await entriesOf(await readFile(join(folder, `${base}.odt`)))).get('content.xml')!.toString();
      expect(content.match(/<office:annotation [^>]*><dc:creator>cc-check</g), base).toHaveLength(count);
    }

    const fixed = (await entriesOf(await readFile(join(folder, 'fixed.odt')))).get('content.xml')!.toString();
    const changes = [...fixed.matchAll(/<text:(insertion|deletion)><office:change-info><dc:creator>([^<]*)<\/dc:creator>.*?<\/office:change-info>(.*?)<\/text:\1>/g)];
    expect(changes.every((m) => m[2] === 'cc-check')).toBe(true);
    expect(changes.filter((m) => m[1] === 'insertion')).toHaveLength(fixes.length);
    // LibreOffice joins the deleted pieces of one fix (two runs of “in order to”) into one region.
    const deleted = changes.filter((m) => m[1] === 'deletion').map((m) => m[3]!.replace(/<[^>]*>/g, ''));
    expect(deleted.sort()).toEqual(fixes.map((f) => document.text.slice(f.start, f.end)).sort());
  });
});
