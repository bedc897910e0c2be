import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyDocxFixes } from '../../src/docx-write/tracked-fixes.js';
import { checkDocument } from '../../src/engine/check.js';
import { loadBytes } from '../../src/load/index.js';
import type { Document, Fix } from '../../src/types.js';
import { buildDocx, entriesOf, paragraph, propertiesOfRunWith, run } from './docx-helpers.js';
import { councilTaxLetter } from './letter.js';

const OPTIONS = { author: 'cc-check', date: '2026-03-03T10:00:00Z' };

/** What the text reads once the fixes are accepted. */
function accepted(text: string, fixes: Fix[]): string {
  return [...fixes].sort((a, b) => b.start - a.start).reduce((out, fix) => out.slice(0, fix.start) + fix.text + out.slice(fix.end), text);
}

function fixOf(document: Document, phrase: string, text: string, occurrence = 0): Fix {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = document.text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" is not in the letter`);
  return { start, end: start + phrase.length, text };
}

/** The w:ins and w:del elements of a part: kind, id, author and date. */
function changesIn(xml: string): Array<{ kind: string; id: string; author: string; date: string }> {
  return [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">/g)].map((m) => ({ kind: m[1]!, id: m[2]!, author: m[3]!, date: m[4]! }));
}

describe('applyDocxFixes on a council tax letter with mixed formatting', async () => {
  const bytes = councilTaxLetter();
  const document = await loadBytes('letter.docx', bytes);
  const fixes = checkDocument(document).findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const result = await applyDocxFixes(bytes, document, fixes, OPTIONS);
  const before = await entriesOf(bytes);
  const after = await entriesOf(result.bytes);
  const xml = after.get('word/document.xml')!.toString();

  it('applies every fix the rules offer: jargon in the body and in a text box, waffle across two runs, the sign-off', () => {
    expect(fixes.map((f) => document.text.slice(f.start, f.end))).toEqual(['utilise', 'utilise', 'in order to', 'Yours Sincerely']);
    expect(result.applied).toEqual(fixes);
    expect(result.skipped).toEqual([]);
  });

  it('reads back as the letter with the changes accepted, and the rules no longer report them', async () => {
    const again = await loadBytes('letter.fixed.docx', result.bytes);
    expect(again.text).toBe(accepted(document.text, fixes));
    expect(again.text).toContain('We will use your meter reading to check your bill');
    expect(again.text).toContain('We have looked at your account to work out the discount');
    expect(again.text).toContain('Yours sincerely');
    const ruleIds = checkDocument(again).findings.map((f) => f.ruleId);
    expect(ruleIds).not.toContain('plain/jargon');
    expect(ruleIds).not.toContain('plain/waffle');
    expect(ruleIds).not.toContain('courtesy/signoff-format');
  });

  it('keeps a change inside one bold run bold, both what is deleted and what is inserted', () => {
    expect(propertiesOfRunWith(xml, 'utilise', 'delText')).toBe('<w:rPr><w:b/></w:rPr>');
    expect(xml).toContain('<w:ins w:id="0" w:author="cc-check" w:date="2026-03-03T10:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">use</w:t></w:r></w:ins>');
    expect(propertiesOfRunWith(xml, 'We will ')).toBe('<w:rPr><w:b/></w:rPr>');
    expect(propertiesOfRunWith(xml, ' your meter reading')).toBe('<w:rPr><w:b/></w:rPr>');
  });

  it('deletes each piece of a change across two runs in its own formatting, and inserts in the first piece’s', () => {
    expect(propertiesOfRunWith(xml, 'in order', 'delText')).toBe('');
    expect(propertiesOfRunWith(xml, ' to', 'delText')).toBe('<w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>');
    expect(xml).toMatch(/<w:delText xml:space="preserve"> to<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" [^>]*><w:r><w:t xml:space="preserve">to<\/w:t><\/w:r><\/w:ins>/);
    expect(propertiesOfRunWith(xml, ' work out the discount you can have.')).toBe('<w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>');
  });

  it('authors every change cc-check, dated, with ids of its own', () => {
    const changes = changesIn(xml);
    expect(changes.filter((c) => c.kind === 'del')).toHaveLength(5);
    expect(changes.filter((c) => c.kind === 'ins')).toHaveLength(4);
    for (const change of changes) expect(change).toMatchObject({ author: 'cc-check', date: '2026-03-03T10:00:00Z' });
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
  });

  it('changes the body part only: every other entry is copied byte for byte', () => {
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before) if (name !== 'word/document.xml') expect(after.get(name), name).toEqual(data);
  });
});

describe('applyDocxFixes on the sign-off fixture', () => {
  it('turns “Yours faithfully” into “Yours sincerely” as a tracked change in the run’s own formatting', async () => {
    const bytes = await readFile('fixtures/docx/signoff-mismatch.docx');
    const document = await loadBytes('signoff-mismatch.docx', bytes);
    const finding = checkDocument(document).findings.find((f) => f.ruleId === 'courtesy/signoff-mismatch')!;
    const result = await applyDocxFixes(bytes, document, [finding.fix!], OPTIONS);
    expect(result.skipped).toEqual([]);
    const again = await loadBytes('signoff-mismatch.docx', result.bytes);
    expect(again.text).toBe(accepted(document.text, [finding.fix!]));
    expect(checkDocument(again).findings.map((f) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');

    const original = (await entriesOf(bytes)).get('word/document.xml')!.toString();
    const written = (await entriesOf(result.bytes)).get('word/document.xml')!.toString();
    const originalRun = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t[^>]*>[^<]*Yours faithfully/.exec(original)!;
    const deletedRun = /<w:del [^>]*><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:delText[^>]*>([^<]*)<\/w:delText>/.exec(written)!;
    expect(deletedRun[1]).toBe(originalRun[1]);
    expect(finding.fix!.text.endsWith(deletedRun[2]!.replace('faithfully', 'sincerely'))).toBe(true);
  });
});

describe('applyDocxFixes refuses what it cannot write safely', async () => {
  const bytes = buildDocx(
    paragraph(run('Dear Mrs Patel')) +
      paragraph(run('We will utilise the refund')) +
      paragraph(run('Your payment date: '), '<w:fldSimple w:instr=" MERGEFIELD PaymentDate "><w:r><w:t>utilise</w:t></w:r></w:fldSimple>') +
      paragraph(
        run('Amount: '),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF Amount </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run('£45 in order to settle'),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      ) +
      paragraph(run('We checked it '), '<w:ins w:id="7" w:author="Sam Jones" w:date="2026-03-02T09:00:00Z"><w:r><w:t>in order to</w:t></w:r></w:ins>', run(' be sure.')) +
      paragraph('<w:r><w:t>Our ref:</w:t><w:tab/><w:t>CT/118</w:t></w:r>') +
      paragraph(run('Read our '), '<w:hyperlink r:id="rId9"><w:r><w:t>guidance on discounts</w:t></w:r></w:hyperlink>', run(' online.')) +
      paragraph(run('We will commence the work.')),
  );

  it('skips fixes across paragraphs, in fields, in tracked changes, across tabs and link edges, and overlapping ones, and applies the rest', async () => {
    const document = await loadBytes('a.docx', bytes);
    const crossing = { start: document.text.indexOf('Patel'), end: document.text.indexOf('We will utilise') + 2, text: 'Patel, we' };
    const simpleField = fixOf(document, 'utilise', 'use', 1);
    const complexField = fixOf(document, 'in order to', 'to', 0);
    const tracked = fixOf(document, 'in order to', 'to', 1);
    const tab = fixOf(document, 'ref:\tCT', 'ref: CT');
    const link = fixOf(document, 'our guidance', 'the guidance');
    const good = fixOf(document, 'utilise', 'use', 0);
    const overlapping = fixOf(document, 'utilise the', 'use the');
    const commence = fixOf(document, 'commence', 'start');
    const result = await applyDocxFixes(bytes, document, [crossing, simpleField, complexField, tracked, tab, link, good, overlapping, commence], OPTIONS);
    expect(result.applied).toEqual([good, commence]);
    expect(result.skipped).toEqual([
      { fix: crossing, reason: 'it crosses paragraphs' },
      { fix: overlapping, reason: 'it overlaps another fix' },
      { fix: simpleField, reason: 'it is inside a field, which Word would recompute' },
      { fix: complexField, reason: 'it is inside a field, which Word would recompute' },
      { fix: tracked, reason: 'it is inside a change already tracked' },
      { fix: tab, reason: 'it crosses a tab or line break' },
      { fix: link, reason: 'it crosses the edge of a link or content control' },
    ]);
    const again = await loadBytes('a.docx', result.bytes);
    expect(again.text).toBe(accepted(document.text, [good, commence]));
  });

  it('writes a pure insertion and a pure deletion', async () => {
    const document = await loadBytes('a.docx', bytes);
    const insertion = { start: document.text.indexOf(' the refund'), end: document.text.indexOf(' the refund'), text: ' all of' };
    const deletion = fixOf(document, ' online', '');
    const result = await applyDocxFixes(bytes, document, [insertion, deletion], OPTIONS);
    expect(result.skipped).toEqual([]);
    const xml = (await entriesOf(result.bytes)).get('word/document.xml')!.toString();
    expect(changesIn(xml).filter((c) => c.author === 'cc-check').map((c) => c.kind)).toEqual(['ins', 'del']);
    expect((await loadBytes('a.docx', result.bytes)).text).toBe(accepted(document.text, [insertion, deletion]));
  });
});
