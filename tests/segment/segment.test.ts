import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../src/load/index.js';
import { textDocument } from '../../src/load/txt.js';
import { segmentLetter } from '../../src/segment/index.js';
import type { Block, Document, DocumentPart, LetterParts, SegmentType } from '../../src/types.js';

function segment(text: string): LetterParts {
  return segmentLetter(textDocument('letter.txt', text));
}

/** The text of every segment of one type, in order. */
function textsOf(parts: LetterParts, type: SegmentType): string[] {
  return parts.segments.filter((s) => s.type === type).map((s) => s.text.trim());
}

/** A document shaped like the .docx loader's: header part, blank line, body, blank line, footer part. */
function docxDocument(parts: Array<[DocumentPart, string[]]>): Document {
  const lines: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let body = 0;
  for (const [part, paragraphs] of parts) {
    if (lines.length > 0 && lines[lines.length - 1] !== '') {
      lines.push('');
      offset += 1;
    }
    let number = 0;
    for (const paragraph of paragraphs) {
      if (paragraph) blocks.push({ start: offset, end: offset + paragraph.length, paragraph: part === 'body' ? ++body : ++number, part });
      lines.push(paragraph);
      offset += paragraph.length + 1;
    }
  }
  return { path: 'letter.docx', format: 'docx', text: lines.join('\n'), blocks, metadata: {} };
}

const LETTER = `Eastbrook District Council
Council Offices, Station Road
Eastbrook
EB1 4XY

Mrs A Patel
12 Orchard Close
Eastbrook
EB3 7QT

Our ref: CT/2025/0118
Your ref: AP/14
Please ask for: Sam Jones
Direct line: 01632 960 123
Email: council.tax@eastbrook.gov.uk

14 March 2025

Dear Mrs Patel

Your Council Tax bill for 2025 to 2026

Thank you for your letter of 3 March about your Council Tax bill.

You can pay in 10 or 12 monthly instalments. Call me on 01632 960 123 to change.

Yours sincerely



Sam Jones
Council Tax Officer
Revenues and Benefits
Tel: 01632 960 123
Email: council.tax@eastbrook.gov.uk

Eastbrook District Council, Council Offices, Station Road, Eastbrook EB1 4XY
www.eastbrook.gov.uk`;

/** A short letter with a salutation and a sign-off to vary. */
function letterWith(salutation: string, signoff = 'Yours sincerely'): string {
  return `Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\n${salutation}\n\nThank you for your letter about your bin.\n\n${signoff}\n\n\nSam Jones\nWaste Services Officer`;
}

describe('segmentLetter on a full council letter', () => {
  const parts = segment(LETTER);

  it('finds every part in order', () => {
    expect(parts.segments.map((s) => s.type)).toEqual([
      'letterhead',
      'addressee',
      'references',
      'date',
      'salutation',
      'subject',
      'body',
      'signoff',
      'signature',
      'footer',
    ]);
    expect(parts.isLetter).toBe(true);
  });

  it('gives each part its text', () => {
    expect(textsOf(parts, 'letterhead')).toEqual(['Eastbrook District Council\nCouncil Offices, Station Road\nEastbrook\nEB1 4XY']);
    expect(parts.addressee?.text).toBe('Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT');
    expect(parts.date?.text).toBe('14 March 2025');
    expect(parts.salutation?.text).toBe('Dear Mrs Patel');
    expect(parts.subject?.text).toBe('Your Council Tax bill for 2025 to 2026');
    expect(parts.signoff?.text).toBe('Yours sincerely');
    expect(parts.signature?.text).toBe('Sam Jones\nCouncil Tax Officer\nRevenues and Benefits\nTel: 01632 960 123\nEmail: council.tax@eastbrook.gov.uk');
    expect(parts.footer?.text).toBe('Eastbrook District Council, Council Offices, Station Road, Eastbrook EB1 4XY\nwww.eastbrook.gov.uk');
  });

  it('reads the reference lines as label and value', () => {
    expect(parts.references?.map((r) => [r.label, r.value])).toEqual([
      ['Our ref', 'CT/2025/0118'],
      ['Your ref', 'AP/14'],
      ['Please ask for', 'Sam Jones'],
      ['Direct line', '01632 960 123'],
      ['Email', 'council.tax@eastbrook.gov.uk'],
    ]);
  });

  it('keeps the body to the prose between the subject and the sign-off', () => {
    expect(parts.body?.text).toBe(
      'Thank you for your letter of 3 March about your Council Tax bill.\n\nYou can pay in 10 or 12 monthly instalments. Call me on 01632 960 123 to change.',
    );
  });

  it('parses the names of addressee, salutation and signature', () => {
    expect(parts.addressee).toMatchObject({ name: 'Mrs A Patel', title: 'Mrs', surname: 'Patel', forename: 'A', named: true });
    expect(parts.salutation).toMatchObject({ name: 'Mrs Patel', title: 'Mrs', surname: 'Patel', impersonal: false });
    expect(parts.signature).toMatchObject({ name: 'Sam Jones', jobTitle: 'Council Tax Officer' });
  });

  it('gives offsets that slice back to each segment text', () => {
    const text = LETTER;
    for (const s of parts.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    const salutation = parts.salutation!;
    expect(text.slice(salutation.nameStart, salutation.nameEnd)).toBe('Mrs Patel');
    expect(text.slice(parts.signoff!.start, parts.signoff!.phraseEnd)).toBe('Yours sincerely');
  });
});

describe('salutations', () => {
  it.each([
    ['Dear Mrs Patel,', { title: 'Mrs', surname: 'Patel', impersonal: false }],
    ['Dear Mrs Patel', { title: 'Mrs', surname: 'Patel', impersonal: false }],
    ['Dear Mrs. Patel', { title: 'Mrs', surname: 'Patel', impersonal: false }],
    ['Dear Mr and Mrs Patel', { title: 'Mr and Mrs', surname: 'Patel', impersonal: false }],
    ['Dear Mr & Mrs Patel,', { title: 'Mr and Mrs', surname: 'Patel', impersonal: false }],
    ['Dear Dr Okafor', { title: 'Dr', surname: 'Okafor', impersonal: false }],
    ['Dear Ms Smith-Jones', { title: 'Ms', surname: 'Smith-Jones', impersonal: false }],
    ['Dear Cllr Brown', { title: 'Cllr', surname: 'Brown', impersonal: false }],
    ['Dear John', { forename: 'John', impersonal: false }],
    ['Dear John Smith,', { forename: 'John', surname: 'Smith', impersonal: false }],
  ])('"%s" greets a person', (line, expected) => {
    const parts = segment(letterWith(line));
    expect(parts.salutation?.text).toBe(line);
    expect(parts.salutation).toMatchObject(expected);
  });

  it.each(['Dear Sir or Madam', 'Dear Sir/Madam,', 'Dear Sir', 'Dear Madam', 'To whom it may concern', 'To whom it may concern:', 'Dear Customer', 'Dear Resident', 'Dear Customer/Resident/Occupier', 'Dear Resident or Occupier', 'Dear Valued Customer', 'Dear Council Tax Payer'])(
    '"%s" is impersonal',
    (line) => {
      const parts = segment(letterWith(line, 'Yours faithfully'));
      expect(parts.salutation?.text).toBe(line);
      expect(parts.salutation?.impersonal).toBe(true);
      expect(parts.salutation?.surname).toBeUndefined();
    },
  );

  it('does not take a sentence starting "Dear" in the body as a second salutation', () => {
    const parts = segment('Dear Mrs Patel\n\nDear as the repair was, we will pay for it in full.\n\nYours sincerely\n\nSam Jones');
    expect(textsOf(parts, 'salutation')).toEqual(['Dear Mrs Patel']);
    expect(parts.body?.text).toBe('Dear as the repair was, we will pay for it in full.');
  });

  it('does not treat "Dear Planning Team" as a person', () => {
    const parts = segment('Dear Planning Team\n\nPlease find my comments below on the plan for the new houses.\n\nKind regards\n\nAnita Patel');
    expect(parts.salutation).toMatchObject({ name: 'Planning Team', impersonal: false });
    expect(parts.salutation?.surname).toBeUndefined();
  });
});

describe('sign-offs and signatures', () => {
  it.each(['Yours sincerely', 'Yours sincerely,', 'Yours faithfully', 'Yours Faithfully,', 'Kind regards', 'Best wishes', 'Regards,', 'Many thanks', 'Yours sincerly', "Your's faithfully", 'Sincerely yours'])(
    '"%s" then a gap for a wet signature, then the name',
    (signoff) => {
      const parts = segment(letterWith('Dear Mrs Patel', signoff));
      expect(parts.signoff?.text).toBe(signoff);
      expect(parts.signature?.text).toBe('Sam Jones\nWaste Services Officer');
      expect(parts.signature).toMatchObject({ name: 'Sam Jones', jobTitle: 'Waste Services Officer' });
      expect(parts.body?.text).toBe('Thank you for your letter about your bin.');
    },
  );

  it('takes the signature straight after the sign-off when there is no gap', () => {
    const parts = segment('Dear Mr Hughes\n\nYour repair is booked for 8 April.\n\nYours sincerely\nPriya Shah\nRepairs Coordinator');
    expect(parts.signature?.text).toBe('Priya Shah\nRepairs Coordinator');
    expect(parts.signature?.jobTitle).toBe('Repairs Coordinator');
  });

  it('puts what follows the signature after a blank line in the footer', () => {
    const parts = segment(`${letterWith('Dear Mrs Patel')}\n\nEnc: your new bill\n\nEastbrook District Council, Station Road, Eastbrook EB1 4XY`);
    expect(textsOf(parts, 'footer')).toEqual(['Enc: your new bill\n\nEastbrook District Council, Station Road, Eastbrook EB1 4XY']);
    expect(parts.signature?.text).toBe('Sam Jones\nWaste Services Officer');
  });

  it('does not take "Many thanks for your help." or a closing "Thank you." as the sign-off', () => {
    const parts = segment('Dear Mrs Patel\n\nWe have fixed the lights.\n\nMany thanks for your help.\n\nThank you.');
    expect(parts.signoff).toBeUndefined();
    expect(parts.body?.text).toBe('We have fixed the lights.\n\nMany thanks for your help.\n\nThank you.');
  });

  it('takes the last closing phrase when the body also has a short thank-you line', () => {
    const parts = segment('Dear Sir or Madam\n\nThank you.\n\nYours faithfully\n\nSam Jones');
    expect(parts.signoff?.text).toBe('Yours faithfully');
    expect(parts.body?.text).toBe('Thank you.');
  });

  it('accepts "Thank you" as a sign-off only when a name follows it', () => {
    const parts = segment('Dear Anita\n\nThe hall is booked for Saturday 5 July.\n\nThank you\n\nSam Jones\nBookings Officer');
    expect(parts.signoff?.text).toBe('Thank you');
    expect(parts.signature?.name).toBe('Sam Jones');
  });
});

describe('headers', () => {
  it('reads "Re:" before the salutation as the subject', () => {
    const parts = segment('Mr D Hughes\n1 High Street\nEastbrook\nEB1 1AA\n\n2 April 2025\n\nRe: Your kitchen window\n\nDear Mr Hughes\n\nOur joiner will visit on 8 April.\n\nYours sincerely\n\nPriya Shah');
    expect(parts.subject?.text).toBe('Re: Your kitchen window');
    expect(parts.body?.text).toBe('Our joiner will visit on 8 April.');
  });

  it('reads "Subject:" after the salutation as the subject', () => {
    const parts = segment('Dear Mr Hughes,\nSubject: Your kitchen window\n\nOur joiner will visit on 8 April.\n\nYours sincerely\n\nPriya Shah');
    expect(parts.subject?.text).toBe('Subject: Your kitchen window');
  });

  it('does not take a first paragraph ending in a full stop as the subject', () => {
    const parts = segment('Dear Mr Hughes\n\nThank you for your call.\n\nOur joiner will visit on 8 April.\n\nYours sincerely\n\nPriya Shah');
    expect(parts.subject).toBeUndefined();
    expect(parts.body?.text).toBe('Thank you for your call.\n\nOur joiner will visit on 8 April.');
  });

  it.each(['Date: 14/03/2025', 'Monday 3rd March 2025', '3 Mar 2025', '14.03.2025', 'March 14, 2025'])('reads "%s" as the date', (date) => {
    const parts = segment(`Our ref: HR/1\n${date}\n\nDear Mr Hughes\n\nOur joiner will visit on 8 April.\n\nYours sincerely\n\nPriya Shah`);
    expect(parts.date?.text).toBe(date);
    expect(parts.references?.map((r) => r.value)).toEqual(['HR/1']);
  });

  it('finds an addressee block that has no title but ends in a postcode', () => {
    const parts = segment('Eastbrook District Council\nStation Road\nEastbrook\nEB1 4XY\n\nAnita Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Anita\n\nYour bin will be emptied on Monday.\n\nKind regards\n\nSam Jones');
    expect(parts.letterhead?.text).toBe('Eastbrook District Council\nStation Road\nEastbrook\nEB1 4XY');
    expect(parts.addressee).toMatchObject({ text: 'Anita Patel\n12 Orchard Close\nEastbrook\nEB3 7QT', name: 'Anita Patel', forename: 'Anita', surname: 'Patel' });
  });

  it('skips "Private and confidential" and a name in the letterhead to find the addressee', () => {
    const parts = segment(
      'Eastbrook District Council\nChief Executive: Mr J Wood\nMr J Wood\nStation Road, Eastbrook EB1 4XY\n\nPRIVATE AND CONFIDENTIAL\nMrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Mrs Patel\n\nYour claim has been decided.\n\nYours sincerely\n\nSam Jones',
    );
    expect(parts.addressee?.text).toBe('Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT');
    expect(parts.letterhead?.text.startsWith('Eastbrook District Council')).toBe(true);
  });

  it('does not take a company address as a named addressee', () => {
    const parts = segment('Eastbrook Garage Ltd\n1 High Street\nEastbrook\nEB1 1AA\n\nDear Sir or Madam\n\nYour licence is ready.\n\nYours faithfully\n\nOmar Farouk');
    expect(parts.addressee).toBeUndefined();
    expect(parts.salutation?.impersonal).toBe(true);
  });

  it('reads the name from a salutation that runs on into the first sentence', () => {
    const parts = segment('Dear Mrs Patel, thank you for your letter.\n\nWe have fixed the lights.\n\nYours sincerely\n\nSam Jones');
    expect(parts.salutation).toMatchObject({ name: 'Mrs Patel', title: 'Mrs', surname: 'Patel' });
  });

  it('knows "The Occupier" names no one', () => {
    const parts = segment('The Occupier\n26 Mill Lane\nEastbrook\nEB2 5RT\n\nDear Sir or Madam\n\nYour bin day is changing.\n\nYours faithfully\n\nChloe Evans');
    expect(parts.addressee?.text).toBe('The Occupier\n26 Mill Lane\nEastbrook\nEB2 5RT');
    expect(parts.addressee?.named).toBe(false);
    expect(parts.addressee?.name).toBeUndefined();
  });

  it.each([
    ['Mr and Mrs J Smith', { title: 'Mr and Mrs', surname: 'Smith', forename: 'J' }],
    ['Ms J. Smith-Jones', { title: 'Ms', surname: 'Smith-Jones', forename: 'J.' }],
    ['Dr Kemi Okafor', { title: 'Dr', surname: 'Okafor', forename: 'Kemi' }],
    ['Cllr P Brown MBE', { title: 'Cllr', surname: 'Brown', forename: 'P' }],
    ['MRS A PATEL', { title: 'Mrs', surname: 'PATEL', forename: 'A' }],
  ])('parses the addressee "%s"', (name, expected) => {
    const parts = segment(`${name}\n12 Orchard Close\nEastbrook\nEB3 7QT\n\nDear Sir or Madam\n\nThank you.\n\nYours faithfully\n\nSam Jones`);
    expect(parts.addressee).toMatchObject({ named: true, ...expected });
  });
});

describe('robust to real files', () => {
  it('copes with extra blank lines, trailing spaces and CRLF line ends', () => {
    const messy = LETTER.replace(/\n\n/g, '\n\n\n').replace(/Dear Mrs Patel/, 'Dear Mrs Patel,   ').replace(/\n/g, '\r\n');
    const parts = segment(messy);
    expect(parts.salutation?.text).toBe('Dear Mrs Patel,');
    expect(parts.subject?.text).toBe('Your Council Tax bill for 2025 to 2026');
    expect(parts.signature?.name).toBe('Sam Jones');
    expect(parts.body?.text).not.toMatch(/Our ref|Tel:|Yours/);
  });

  it('finds the parts of a letter with no salutation, from its addressee block', () => {
    const parts = segment(LETTER.replace('Dear Mrs Patel\n\n', ''));
    expect(parts.isLetter).toBe(true);
    expect(parts.salutation).toBeUndefined();
    expect(parts.addressee?.name).toBe('Mrs A Patel');
    expect(parts.subject?.text).toBe('Your Council Tax bill for 2025 to 2026');
    expect(parts.body?.text.startsWith('Thank you for your letter of 3 March')).toBe(true);
    expect(parts.signoff?.text).toBe('Yours sincerely');
  });

  it('treats a leaflet as all body, with no letter parts', () => {
    const leaflet =
      'Garden waste collections\n\nWe collect garden waste every two weeks from March to November. You can put grass, leaves, hedge cuttings and small branches in your brown bin.\n\nThe service costs £45 a year. You can sign up online at www.eastbrook.gov.uk/garden.';
    const parts = segment(leaflet);
    expect(parts.isLetter).toBe(false);
    expect(parts.segments.map((s) => s.type)).toEqual(['body']);
    expect(parts.body?.text).toBe(leaflet);
    expect(parts.salutation ?? parts.signoff ?? parts.addressee ?? parts.subject).toBeUndefined();
  });

  it('does not take a "contact us" address at the end of a leaflet as an addressee', () => {
    const leaflet =
      'We collect garden waste every two weeks from March to November, on the same day as your other bins.\n\nEastbrook District Council\nCouncil Offices\nStation Road\nEastbrook\nEB1 4XY';
    const parts = segment(leaflet);
    expect(parts.isLetter).toBe(false);
    expect(parts.body?.text).toBe(leaflet);
  });

  it('reads a .docx shaped document: Word header and footer parts, one paragraph a line, no blank lines', () => {
    const document = docxDocument([
      ['header', ['Eastbrook District Council', 'Council Offices, Station Road, Eastbrook EB1 4XY']],
      [
        'body',
        [
          'Mrs A Patel',
          '12 Orchard Close',
          'Eastbrook',
          'EB3 7QT',
          'Our ref: CT/2025/0204',
          'Please ask for: Sam Jones',
          '28 April 2025',
          'Dear Mrs Patel',
          'Your single person discount',
          'Thank you for telling us that you now live alone.',
          'We have added a 25 per cent discount to your Council Tax from 1 April 2025.',
          'Yours faithfully',
          '',
          '',
          'Sam Jones',
          'Council Tax Officer',
        ],
      ],
      ['footer', ['Eastbrook District Council · www.eastbrook.gov.uk']],
    ]);
    const parts = segmentLetter(document);
    expect(parts.segments.map((s) => s.type)).toEqual(['letterhead', 'addressee', 'references', 'date', 'salutation', 'subject', 'body', 'signoff', 'signature', 'footer']);
    expect(parts.letterhead?.text).toBe('Eastbrook District Council\nCouncil Offices, Station Road, Eastbrook EB1 4XY');
    expect(parts.addressee?.text).toBe('Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT');
    expect(parts.subject?.text).toBe('Your single person discount');
    expect(parts.body?.text).toBe(
      'Thank you for telling us that you now live alone.\nWe have added a 25 per cent discount to your Council Tax from 1 April 2025.',
    );
    expect(parts.signature).toMatchObject({ name: 'Sam Jones', jobTitle: 'Council Tax Officer' });
    expect(parts.footer?.text).toBe('Eastbrook District Council · www.eastbrook.gov.uk');
  });

  it('reads references laid out in a two-column Word table, label and value in separate cells', () => {
    const document = docxDocument([
      ['header', ['Eastbrook District Council']],
      ['body', ['Mrs Anita Patel', '14 Willow Close', 'Eastbrook', 'EB4 7QT', '', '3 March 2026', 'Our ref:', '04417-2026', 'Contact:', 'Sam Jones, 01632 960 418', '', 'Dear Mrs Patel', 'We have approved your claim.', 'Yours sincerely', 'Sam Jones', 'Benefits Officer']],
    ]);
    const parts = segmentLetter(document);
    expect(parts.references?.map((r) => [r.label, r.value, r.text])).toEqual([
      ['Our ref', '04417-2026', 'Our ref:\n04417-2026'],
      ['Contact', 'Sam Jones, 01632 960 418', 'Contact:\nSam Jones, 01632 960 418'],
    ]);
    expect(textsOf(parts, 'letterhead')).toEqual(['Eastbrook District Council']);
    expect(parts.body?.text).toBe('We have approved your claim.');
  });

  it('reads a Markdown letter whose subject is a heading above the salutation', async () => {
    const markdown = '# Your repairs appointment\n\n**Our reference:** HR/2026/0412\n\n12 March 2026\n\nDear Mr Okafor\n\nA plumber will visit your home on **Tuesday 24 March 2026**.\n\nYours sincerely\n\nSam Carter  \nRepairs Officer\n';
    const document = await loadBytes('letter.md', new TextEncoder().encode(markdown), 'md');
    const parts = segmentLetter(document);
    expect(parts.subject?.text.trim()).toBe('Your repairs appointment');
    expect(parts.date?.text).toBe('12 March 2026');
    expect(parts.salutation?.surname).toBe('Okafor');
    expect(parts.body?.text.replace(/\s+/g, ' ')).toBe('A plumber will visit your home on Tuesday 24 March 2026 .');
    expect(parts.signature?.name).toBe('Sam Carter');
  });

  it('segments every shipped .txt letter with its salutation parsed and no header line in the body', () => {
    for (const name of ['council-tax-clean', 'housing-repair-clean', 'planning-decision-clean', 'waste-collection-clean', 'parking-permit-clean', 'licensing-clean']) {
      const text = readFileSync(new URL(`../../fixtures/letters/${name}.txt`, import.meta.url), 'utf8');
      const parts = segment(text);
      expect(parts.salutation?.surname, name).toBeDefined();
      expect(parts.signature?.jobTitle, name).toBeDefined();
      expect(parts.body?.text, name).not.toMatch(/Our ref|Yours sincerely|Tel:|EB\d \d[A-Z]{2}$/m);
    }
  });
});
