import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/load/txt.js';
import { segmentLetter } from '../../src/segment/index.js';
import { labelledCells } from '../../src/segment/patterns.js';
import type { Block, Document, LetterParts } from '../../src/types.js';

/** The text of each label/value pair labelledCells finds, or undefined. */
const cells = (line: string) => labelledCells(line)?.map((c) => line.slice(c.start, c.end));

const segment = (text: string, templateMode = false): LetterParts => segmentLetter(textDocument('letter.txt', text), { templateMode });

/** A .docx-shaped document: one line per paragraph, no blank lines between them. */
function docx(paragraphs: string[]): Document {
  const blocks: Block[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, n) => {
    if (paragraph) blocks.push({ start: offset, end: offset + paragraph.length, paragraph: n + 1, part: 'body' });
    offset += paragraph.length + 1;
  });
  return { path: 'letter.docx', format: 'docx', text: paragraphs.join('\n'), blocks, metadata: {} };
}

const ADDRESS = 'Eastbrook District Council\nCouncil Offices, Market Street, Eastbrook EB1 2AA\n\nMrs Anita Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\n';
const REST = '\n\nDear Mrs Patel\n\nYour Council Tax bill\n\nThank you for your letter of 3 March about your bill.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n';
const letter = (heading: string) => `${ADDRESS}${heading}${REST}`;

describe('labelledCells: several label/value pairs on one line', () => {
  const split: Array<[string, string[]]> = [
    ['Our ref: CT/2026/0118\tDate: 14 March 2026', ['Our ref: CT/2026/0118', 'Date: 14 March 2026']],
    ['Your ref: AP/14\tOur ref: CT/2026/0118', ['Your ref: AP/14', 'Our ref: CT/2026/0118']],
    ['Please ask for: Sam Jones\t\tDate: 14 March 2026', ['Please ask for: Sam Jones', 'Date: 14 March 2026']],
    ['Our ref: CT/118\tYour ref: AP/14\tDate: 14 March 2026', ['Our ref: CT/118', 'Your ref: AP/14', 'Date: 14 March 2026']],
    // Text copied from Word or a PDF: the tab stops become runs of spaces.
    ['Our ref:  CT/118      Date:  14 March 2026', ['Our ref:  CT/118', 'Date:  14 March 2026']],
    // Label and value in their own cells: "Our ref:⇥CT/118⇥Date:⇥14 March 2026".
    ['Our ref:\tCT/118\tDate:\t14 March 2026', ['Our ref:\tCT/118', 'Date:\t14 March 2026']],
    ['Our ref\tCT/118\tDate\t14 March 2026', ['Our ref\tCT/118', 'Date\t14 March 2026']],
    // The date right-aligned on the reference line, without a label.
    ['Our ref: CT/118\t14 March 2026', ['Our ref: CT/118', '14 March 2026']],
    ['Our ref: CT/118 Date: 14 March 2026', ['Our ref: CT/118', 'Date: 14 March 2026']],
    ['Tel: 01632 960 123   Email: council.tax@eastbrook.gov.uk', ['Tel: 01632 960 123', 'Email: council.tax@eastbrook.gov.uk']],
    ['Our ref «OurRef»\tDate: «LetterDate»', ['Our ref «OurRef»', 'Date: «LetterDate»']],
    ['Date: 14 March 2026\tOur ref: CT/118', ['Date: 14 March 2026', 'Our ref: CT/118']],
    ['14 March 2026\tOur ref: CT/118', ['14 March 2026', 'Our ref: CT/118']],
    ['Phone\t01632 960 123\tEmail\tcouncil.tax@eastbrook.gov.uk', ['Phone\t01632 960 123', 'Email\tcouncil.tax@eastbrook.gov.uk']],
  ];
  for (const [line, expected] of split) it(`splits ${JSON.stringify(line)}`, () => expect(cells(line)).toEqual(expected));

  const whole = [
    'Our ref: CT/2026/0118',
    'Date:\t14 March 2026',
    'Our ref:\tCT/118',
    'Our ref:  CT/118',
    // Double spaces inside a value are not a second pair.
    'Direct line:  01632  960  123',
    'Please ask for: Sam Jones, Council Tax  Officer',
    // Prose, and lines that do not start with a label.
    'We will visit on 14 March 2026.  Please call us if the time does not suit you.',
    'Eastbrook District Council\tCouncil Offices',
    'Mrs Anita Patel\tOur ref: CT/118',
    'Payment due:  14 March 2026\tAmount: £120',
    '',
  ];
  for (const line of whole) it(`leaves ${JSON.stringify(line)} whole`, () => expect(labelledCells(line)).toBeUndefined());
});

describe('segmentLetter: a date on the reference line', () => {
  it('finds the date after the references on a tabbed line, and each reference apart', () => {
    const parts = segment(letter('Our ref: CT/2026/0118\tYour ref: AP/14\tDate: 14 March 2026\nPlease ask for: Sam Jones\tDirect line: 01632 960 123\nEmail: council.tax@eastbrook.gov.uk'));
    expect(parts.date?.text).toBe('Date: 14 March 2026');
    expect(parts.references?.map((r) => [r.label, r.value])).toEqual([
      ['Our ref', 'CT/2026/0118'],
      ['Your ref', 'AP/14'],
      ['Please ask for', 'Sam Jones'],
      ['Direct line', '01632 960 123'],
      ['Email', 'council.tax@eastbrook.gov.uk'],
    ]);
    expect(parts.segments.map((s) => s.type)).toEqual(['letterhead', 'addressee', 'references', 'date', 'references', 'salutation', 'subject', 'body', 'signoff', 'signature', 'footer'].filter((t) => t !== 'footer'));
    expect(parts.salutation?.surname).toBe('Patel');
  });

  it('finds "Date:" on the line of "Please ask for:"', () => {
    const parts = segment(letter('Our ref: CT/2026/0118\nPlease ask for: Sam Jones\tDate: 3/4/2026'));
    expect(parts.date?.text).toBe('Date: 3/4/2026');
    expect(parts.references?.map((r) => r.value)).toEqual(['CT/2026/0118', 'Sam Jones']);
  });

  it('finds an unlabelled date at the right of the reference line', () => {
    const parts = segment(letter('Our ref: CT/2026/0118\t\t\t14 March 2026'));
    expect(parts.date?.text).toBe('14 March 2026');
    expect(parts.references?.map((r) => r.value)).toEqual(['CT/2026/0118']);
  });

  it('reads "Your ref ⇥ Our ref" on one line as two references, with no date', () => {
    const parts = segment(letter('Your ref: AP/14\tOur ref: CT/2026/0118'));
    expect(parts.date).toBeUndefined();
    expect(parts.references?.map((r) => [r.label, r.value])).toEqual([
      ['Your ref', 'AP/14'],
      ['Our ref', 'CT/2026/0118'],
    ]);
  });

  it('does the same in a .docx paragraph with a tab stop', () => {
    const parts = segmentLetter(docx(['Eastbrook District Council', '', 'Mrs Anita Patel', '12 Orchard Close', 'Eastbrook', 'EB3 7QT', '', 'Our ref: CT/2026/0118\tDate: 14 March 2026', 'Your ref: AP/14', '', 'Dear Mrs Patel', '', 'Thank you for your letter.', '', 'Yours sincerely', '', 'Sam Jones', 'Council Tax Officer']));
    expect(parts.date?.text).toBe('Date: 14 March 2026');
    expect(parts.references?.map((r) => r.value)).toEqual(['CT/2026/0118', 'AP/14']);
  });

  it('leaves a tabbed line in the body alone', () => {
    const parts = segment(letter('Our ref: CT/2026/0118\n\n14 March 2026').replace('Thank you for your letter of 3 March about your bill.', 'Amount due:\t£120\nDue on:\t1 April 2026\n\nThank you for your letter of 3 March about your bill.'));
    expect(parts.date?.text).toBe('14 March 2026');
    expect(parts.body?.text).toContain('Amount due:\t£120');
  });
});

describe('segmentLetter: a subject above the salutation', () => {
  it('takes a heading set apart just above "Dear …" for the subject', () => {
    const parts = segment(`${ADDRESS}Our ref: CT/2026/0118\n\n14 March 2026\n\nYour Council Tax bill for 2026 to 2027\n\nDear Mrs Patel\n\nThank you for your letter of 3 March.\n\nWe have checked your bill and it is right.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n`);
    expect(parts.subject?.text).toBe('Your Council Tax bill for 2026 to 2027');
    expect(parts.date?.text).toBe('14 March 2026');
    expect(parts.letterhead?.text).toBe('Eastbrook District Council\nCouncil Offices, Market Street, Eastbrook EB1 2AA');
  });

  it('does so in a .docx, a paragraph right under the date', () => {
    const parts = segmentLetter(docx(['Eastbrook District Council', 'Mrs Anita Patel', '12 Orchard Close', 'Eastbrook', 'EB3 7QT', 'Our ref: CT/2026/0118', '14 March 2026', 'Housing Benefit overpayment', 'Dear Mrs Patel', 'Thank you for your letter.', 'We have checked your claim.', 'Yours sincerely', 'Sam Jones', 'Benefits Officer']));
    expect(parts.subject?.text).toBe('Housing Benefit overpayment');
  });

  it('takes a planning application heading with its number', () => {
    const parts = segment(`${ADDRESS}Our ref: PL/2026/00123\n\n14 March 2026\n\nPlanning application 26/00123/FUL – 12 High Street, Eastbrook\n\nDear Mrs Patel\n\nWe have decided your application.\n\nPermission is granted.\n\nYours sincerely\n\nSam Jones\nPlanning Officer\n`);
    expect(parts.subject?.text).toBe('Planning application 26/00123/FUL – 12 High Street, Eastbrook');
  });

  const notSubjects: Array<[string, string]> = [
    ['a phone number', 'Call us on 01632 960 123'],
    ['a "Private and confidential" note', 'Private and Confidential'],
    ['"By email only"', 'By email only'],
    ['a "Sent by" note', 'Sent by first class post'],
    ['the sender’s department', 'Revenues and Benefits Services'],
    ['a one-line address naming the reader', 'Anita Patel'],
    ['an email address', 'anita.patel@example.com'],
    ['a single word', 'Eastbrook'],
  ];
  for (const [name, line] of notSubjects) {
    it(`does not take ${name} for the subject`, () => {
      const parts = segment(`Eastbrook District Council\n\nOur ref: CT/2026/0118\n\n14 March 2026\n\n${line}\n\nDear Mrs Patel\n\nThank you for your letter of 3 March.\n\nWe have checked your bill and it is right.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n`);
      expect(parts.subject).toBeUndefined();
    });
  }

  it('does not take the last line of an address without a postcode', () => {
    const parts = segment('Eastbrook District Council\n\n14 March 2026\n\nAnita Patel\n12 Orchard Close\nEastbrook Village\n\nDear Anita\n\nThank you for your letter.\n\nWe have checked your bill.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n');
    expect(parts.subject).toBeUndefined();
  });

  it('does not take the letterhead when nothing of the heading comes before the line', () => {
    const parts = segment('Eastbrook District Council\n\nRevenues Office at the Town Hall\n\nDear Mrs Patel\n\nThank you for your letter.\n\nWe have checked your bill.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n');
    expect(parts.subject).toBeUndefined();
  });

  it('in a .docx, does not take a line that runs on from the letterhead', () => {
    const parts = segmentLetter(docx(['Eastbrook District Council', '14 March 2026', 'Anita Jane Bloggs', 'Rose Cottage', 'Little Eastbrook', 'Dear Sir or Madam', 'Thank you for your letter.', 'We have checked your claim.', 'Yours faithfully', 'Sam Jones', 'Benefits Officer']));
    expect(parts.subject).toBeUndefined();
  });
});

describe('segmentLetter: name and job title on one signature line', () => {
  const signed = (signature: string) => `${ADDRESS}Our ref: CT/118\n\n14 March 2026\n\nDear Mrs Patel\n\nYour bill\n\nThank you for your letter.\n\nWe have checked your bill.\n\nYours sincerely\n\n${signature}\n`;
  const cases: Array<[string, { name?: string; jobTitle?: string }]> = [
    ['Sam Jones, Council Tax Officer', { name: 'Sam Jones', jobTitle: 'Council Tax Officer' }],
    ['Sam Jones - Council Tax Officer', { name: 'Sam Jones', jobTitle: 'Council Tax Officer' }],
    ['Sam Jones – Head of Revenues and Benefits', { name: 'Sam Jones', jobTitle: 'Head of Revenues and Benefits' }],
    ['Sam Jones | Council Tax Officer', { name: 'Sam Jones', jobTitle: 'Council Tax Officer' }],
    ['Mrs Priya Shah, Planning Officer', { name: 'Mrs Priya Shah', jobTitle: 'Planning Officer' }],
    ['Sam Jones, CEO', { name: 'Sam Jones', jobTitle: 'CEO' }],
    ['Sam Jones, BSc (Hons), Planning Officer', { name: 'Sam Jones, BSc (Hons)', jobTitle: 'Planning Officer' }],
    ['Sam Jones, MRTPI\nPrincipal Planning Officer', { name: 'Sam Jones, MRTPI', jobTitle: 'Principal Planning Officer' }],
    // Not a job title: qualifications, an organisation, a phone number.
    ['Sam Jones, MRTPI', { name: 'Sam Jones, MRTPI' }],
    ['Sam Jones, Eastbrook District Council', { name: 'Sam Jones' }],
    ['Sam Jones - 01632 960 123', { name: 'Sam Jones' }],
  ];
  for (const [signature, expected] of cases) {
    it(JSON.stringify(signature), () => {
      const found = segment(signed(signature)).signature;
      expect({ name: found?.name, jobTitle: found?.jobTitle }).toEqual({ name: expected.name, jobTitle: expected.jobTitle });
    });
  }

  it('a sentence after the sign-off is not read as a name and a title', () => {
    const found = segment(signed('For and on behalf of the Council, with thanks')).signature;
    expect(found?.name).toBeUndefined();
    expect(found?.jobTitle).toBeUndefined();
  });

  it('merge fields in template mode: «OfficerName», «JobTitle»', () => {
    const found = segment(signed('«OfficerName», «JobTitle»'), true).signature;
    expect(found).toMatchObject({ name: '«OfficerName»', jobTitle: '«JobTitle»' });
  });
});
