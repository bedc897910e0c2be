// Wording of the .docx fixture letters (fictional Eastbrook District Council).
// Each letter is data: the build script lays it out in Word, and the clean
// letter is also written as plain text so peers without a .docx reader can use it.

export const COUNCIL = {
  name: 'Eastbrook District Council',
  address: 'Council Offices, Market Street, Eastbrook EB1 2AA',
  footer: 'www.eastbrook.gov.uk · 01632 960 400 · Monday to Friday, 9am to 5pm',
};

const ADDRESSEE = ['Mrs Anita Patel', '14 Willow Close', 'Eastbrook', 'EB4 7QT'];

/** A clean, well-written letter: short sentences, active voice, named contact, formats offered. */
export const councilTaxReduction = {
  file: 'council-tax-reduction',
  title: 'Your Council Tax Reduction from 1 April 2026',
  addressee: ADDRESSEE,
  date: '3 March 2026',
  references: [
    ['Our ref', '04417-2026'],
    ['Your ref', 'Online form 88213'],
    ['Contact', 'Sam Jones, 01632 960 418'],
  ],
  salutation: 'Dear Mrs Patel',
  subject: 'Your Council Tax Reduction from 1 April 2026',
  paragraphs: [
    'Thank you for applying for Council Tax Reduction on 12 February 2026.',
    'We have awarded you a reduction of £612.40 for the year from 1 April 2026 to 31 March 2027. Your Council Tax bill for the year is now £1,224.80 instead of £1,837.20.',
    'You will pay £122.48 a month in 10 instalments, starting on 1 April 2026. Your new bill is with this letter.',
    'Please tell us within 21 days if your income, savings or household changes. A change can affect how much help you get. You can tell us online at www.eastbrook.gov.uk/council-tax or by phone.',
    'If you think our decision is wrong, you can ask us to look at it again. Write to us or email us within one month of the date of this letter and tell us why.',
    'If you have any questions, please contact me. My direct line is 01632 960 418 and my email address is sam.jones@eastbrook.gov.uk.',
    'We can send this letter in large print, in Braille, on audio or in another language. Please call 01632 960 400 to ask for a copy.',
  ],
  signoff: 'Yours sincerely',
  signature: ['Sam Jones', 'Benefits Officer', 'Revenues and Benefits Service'],
};

/** Named salutation but the sign-off for an unnamed reader: courtesy/signoff-mismatch. */
export const signoffMismatch = {
  file: 'signoff-mismatch',
  title: 'Your missed garden waste collection',
  addressee: ADDRESSEE,
  date: '9 March 2026',
  references: [
    ['Our ref', 'GW-55120'],
    ['Contact', 'Tom Reed, 01632 960 233'],
  ],
  salutation: 'Dear Mrs Patel',
  subject: 'Your missed garden waste collection',
  paragraphs: [
    'Thank you for telling us that we missed your garden waste collection on 5 March 2026.',
    'I am sorry that this happened. Our crew will collect your brown bin on Thursday 12 March 2026.',
    'Please leave the bin at the edge of your property by 7am on that day.',
    'If you have any questions, please call me on 01632 960 233 or email tom.reed@eastbrook.gov.uk.',
    'We can send this letter in large print, in Braille or in another language. Please call 01632 960 400 to ask for a copy.',
  ],
  signoff: 'Yours faithfully',
  signature: ['Tom Reed', 'Waste Services Officer'],
};

/** A visit letter whose key sentence is in a text box, with tracked changes left in. */
export const textboxLetter = {
  file: 'textbox-letter',
  title: 'Your home visit',
  addressee: ADDRESSEE,
  date: '16 March 2026',
  references: [
    ['Our ref', 'HV-30871'],
    ['Contact', 'Priya Shah, 01632 960 515'],
  ],
  salutation: 'Dear Mrs Patel',
  subject: 'Your home visit',
  textBox: ['Your appointment', 'Priya Shah will visit you at home on Tuesday 14 April 2026 at 10am.'],
  /** Paragraph with a tracked change: [before, deleted, inserted, after]. */
  trackedChange: ['Please have your ', 'tenancy agreement', 'rent card', ' ready when she visits.'],
  paragraphs: [
    'Priya will show you her council identity badge. You can ask her for the password you agree with us on the phone.',
    'If this time does not suit you, please call Priya on 01632 960 515 and we will find another time.',
    'We can send this letter in large print, in Braille or in another language. Please call 01632 960 400 to ask for a copy.',
  ],
  signoff: 'Yours sincerely',
  signature: ['Priya Shah', 'Housing Officer'],
};

/** The clean letter as plain text, in the same wording and order as the .docx. */
export function letterAsText(letter) {
  const lines = [
    COUNCIL.name,
    COUNCIL.address,
    '',
    ...letter.addressee,
    '',
    letter.date,
    '',
    ...letter.references.map(([label, value]) => `${label}: ${value}`),
    '',
    letter.salutation,
    '',
    letter.subject,
    '',
  ];
  for (const paragraph of letter.paragraphs) lines.push(paragraph, '');
  lines.push(letter.signoff, '', '', ...letter.signature, '', COUNCIL.footer);
  return `${lines.join('\n')}\n`;
}
