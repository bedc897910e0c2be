import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/engine/check.js';
import { loadBytes } from '../../src/load/index.js';
import { documentXml, minimalDocxParts, writeZip } from '../../scripts/fixture-zip.js';

/** A Word MERGEFIELD as Word saves it: the instruction (skipped by the loader), then the «Field» result. */
const mergeField = (name: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD ${name} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>«${name}»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const text = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

function templateDocx(signoff: string): Buffer {
  const body = [
    paragraph(mergeField('Title'), text(' '), mergeField('Forename'), text(' '), mergeField('Surname')),
    paragraph(mergeField('Address1')),
    paragraph(text('EB4 7QT')),
    paragraph(text('3 March 2026')),
    paragraph(text('Dear '), mergeField('Title'), text(' '), mergeField('Surname')),
    paragraph(text('Your council tax bill for '), mergeField('Year'), text(' is enclosed. Please pay it by 1 April 2026.')),
    paragraph(text(signoff)),
    paragraph(text('Sam Jones')),
    paragraph(text('Revenues Officer')),
  ].join('');
  return writeZip(minimalDocxParts({ document: documentXml(body) }));
}

describe('Word MERGEFIELDs in template mode', () => {
  const only = ['correspondence/placeholder', 'courtesy/signoff-mismatch', 'courtesy/name-mismatch'];

  it('accepts the «Field» results and reads the salutation as named', async () => {
    const document = await loadBytes('templates/bill.docx', templateDocx('Yours sincerely'), 'docx');
    expect(document.text).not.toContain('MERGEFIELD');
    expect(checkDocument(document, { only }).findings).toEqual([]);
  });

  it('wants “Yours sincerely” after “Dear «Title» «Surname»”', async () => {
    const document = await loadBytes('templates/bill.docx', templateDocx('Yours faithfully'), 'docx');
    const findings = checkDocument(document, { only }).findings;
    expect(findings.map((f) => [f.ruleId, f.excerpt, f.paragraph])).toEqual([['courtesy/signoff-mismatch', 'Yours faithfully', 7]]);
  });

  it('reports the unfilled fields when the same file is checked as a sent letter', async () => {
    const document = await loadBytes('sent/bill.docx', templateDocx('Yours sincerely'), 'docx');
    const placeholders = checkDocument(document, { only }).findings.filter((f) => f.ruleId === 'correspondence/placeholder');
    expect(placeholders.map((f) => f.excerpt)).toContain('«Year»');
  });
});
