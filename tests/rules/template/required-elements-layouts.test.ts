import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { TEMPLATE_ELEMENTS } from '../../../src/rules/template/required-elements.js';
import type { Finding, Profile, TemplateElement } from '../../../src/types.js';

/** Layouts real council letters use that the plain one-label-a-line letter does not: tab stops, fields, a subject above "Dear". */
const ID = 'template/required-elements';
const ALL: Profile = { organisation: { name: 'Eastbrook District Council' }, template: { required: [...TEMPLATE_ELEMENTS] } };
const only = (...required: TemplateElement[]): Profile => ({ ...ALL, template: { required } });

async function findings(text: string, profile: Profile = ALL, templateMode = false): Promise<Finding[]> {
  const file = (await checkText(text, { only: [ID], path: 'case.txt', format: 'txt', profile, templateMode })).files[0]!;
  if (file.error) throw new Error(file.error.message);
  return file.findings;
}

const TOP = 'Eastbrook District Council\nCouncil Offices, Market Street, Eastbrook EB1 2AA\n\nMrs Anita Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\n';
const BODY = 'Thank you for your letter of 3 March about your Council Tax bill.\n\nWe have checked your account and your bill is right.';
const FOOT = '\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n\nEastbrook District Council, Council Offices, Market Street, Eastbrook EB1 2AA · www.eastbrook.gov.uk';
/** A letter with the given heading lines between the address and "Dear", and the subject after it. */
const letter = (heading: string, { subject = '\n\nYour Council Tax bill', foot = FOOT } = {}) => `${TOP}${heading}\n\nDear Mrs Patel${subject}\n\n${BODY}${foot}`;

const TEMPLATE_TOP = 'Eastbrook District Council\nCouncil Offices, Market Street, Eastbrook EB1 2AA\n\n«Title» «Forename» «Surname»\n«Address1»\n«Address2»\n«Postcode»\n\n';
const TEMPLATE_REST = '\n\nDear «Title» «Surname»\n\nCouncil Tax account «AccountRef»\n\nThank you for your letter of «TheirDate» about your Council Tax bill.\n\nWe have checked your account and your bill is right.\n\nYours sincerely\n\n«OfficerName»\n«JobTitle»\n\nEastbrook District Council, Council Offices, Market Street, Eastbrook EB1 2AA · www.eastbrook.gov.uk';
const template = (heading: string) => `${TEMPLATE_TOP}${heading}${TEMPLATE_REST}`;

const summary = (found: Finding[]) => found.map((f) => `${f.messageId}: ${f.message.split(':')[0]}`);

describe(`${ID}: tabbed heading lines, must not fire`, () => {
  const valid: Array<[string, string]> = [
    ['the date after the references on a tabbed line', 'Our ref: CT/2026/0118\tYour ref: AP/14\tDate: 14 March 2026\nPlease ask for: Sam Jones\tDirect line: 01632 960 123\nEmail: council.tax@eastbrook.gov.uk'],
    ['"Your ref ⇥ Our ref" on one line', 'Your ref: AP/14\tOur ref: CT/2026/0118\nPlease ask for: Sam Jones\tDate: 14 March 2026\nDirect line: 01632 960 123\nEmail: council.tax@eastbrook.gov.uk'],
    ['tab stops turned into spaces', 'Our ref:  CT/2026/0118        Date:  14 March 2026\nPlease ask for:  Sam Jones\nDirect line:  01632 960 123     Email:  council.tax@eastbrook.gov.uk'],
    ['an unlabelled date at the right of the reference line', 'Our ref: CT/2026/0118\t\t14 March 2026\nPlease ask for: Sam Jones\nDirect line: 01632 960 123\nEmail: council.tax@eastbrook.gov.uk'],
  ];
  for (const [name, heading] of valid) {
    it(name, async () => expect(summary(await findings(letter(heading)))).toEqual([]));
  }
});

describe(`${ID}: tabbed heading lines, must fire`, () => {
  it('no date, with "Your ref ⇥ Our ref" on one line', async () => {
    const found = await findings(letter('Your ref: AP/14\tOur ref: CT/2026/0118\nPlease ask for: Sam Jones'), only('date', 'our-reference', 'contact-officer'));
    expect(summary(found)).toEqual(['missing: No date above the salutation']);
  });

  it('"Your ref" on the line of the date is not our reference', async () => {
    const found = await findings(letter('Your ref: AP/14\tDate: 14 March 2026\nPlease ask for: Sam Jones'), only('date', 'our-reference'));
    expect(summary(found)).toEqual(['missing: No reference (“Our ref']);
  });

  it('"Our ref:" left empty before a tab and the date', async () => {
    const found = await findings(letter('Our ref:\t\tDate: 14 March 2026'), only('date', 'our-reference'));
    expect(summary(found)).toEqual(['emptyReference: “Our ref']);
  });
});

describe(`${ID}: phone and email fields judged by their labels`, () => {
  const valid: Array<[string, string]> = [
    ['"Direct line: «DDI»" and "Email: «OfficerMail»"', 'Our ref: «AccountRef»\nPlease ask for: «Officer»\nDirect line: «DDI»\nEmail: «OfficerMail»\n\n«LetterDate»'],
    ['"Direct line: «ContactNumber»"', 'Our ref: «AccountRef»\nPlease ask for: «Officer»\nDirect line: «ContactNumber»\nE-mail: «Mailbox»\n\n«LetterDate»'],
    ['"Tel:", "Telephone number:" and "Mobile:"', 'Our ref: «AccountRef»\nPlease ask for: «Officer»\nTelephone number: «Number»\nEmail address: «Address»\n\n«LetterDate»'],
    ['"DDI:" and a mustache field', 'Our ref: {{ref}}\nPlease ask for: {{officer}}\nDDI: {{line}}\nEmail: {{inbox}}\n\n{{letter_date}}'],
    ['the date as «Today», the field Word users name it', 'Our ref: «AccountRef»\nPlease ask for: «Officer»\nDirect line: «DDI»\nEmail: «OfficerMail»\n\n«Today»'],
    ['fields on one tabbed line with the date', 'Our ref: «AccountRef»\tDate: «LetterDate»\nPlease ask for: «Officer»\nDirect line: «DDI»\tEmail: «OfficerMail»'],
  ];
  for (const [name, heading] of valid) {
    it(name, async () => expect(summary(await findings(template(heading), ALL, true))).toEqual([]));
  }

  it('a field after another label is not a phone number or an email address', async () => {
    const found = await findings(template('Our ref: «AccountRef»\nPlease ask for: «Officer»\nFax: «Fax»\nWebsite: «Site»\n\n«LetterDate»'), only('phone', 'email'), true);
    expect(summary(found)).toEqual(['missing: No phone number in the letter heading or the signature', 'missing: No email address in the letter heading or the signature']);
  });

  it('a labelled field under the signature is in its place; in the body it is not', async () => {
    const signed = template('Our ref: «AccountRef»\n\n«LetterDate»').replace('«JobTitle»', '«JobTitle»\nDirect line: «DDI»');
    expect(summary(await findings(signed, only('phone'), true))).toEqual([]);
    const inBody = template('Our ref: «AccountRef»\n\n«LetterDate»').replace('your bill is right.', 'your bill is right.\n\nDirect line: «DDI»\n\nPlease call if you need help.');
    expect(summary(await findings(inBody, only('phone'), true))).toEqual(['misplaced: The phone number is only in the body of the letter, not in the letter heading or the signature']);
  });

  it('outside template mode, a labelled field is no phone number', async () => {
    const text = letter('Our ref: CT/2026/0118\nDirect line: «DDI»\n\n14 March 2026');
    expect(summary(await findings(text, only('phone'), false))).toEqual(['missing: No phone number in the letter heading or the signature']);
  });
});

describe(`${ID}: subject above the salutation`, () => {
  const heading = 'Our ref: CT/2026/0118\nPlease ask for: Sam Jones\nDirect line: 01632 960 123\nEmail: council.tax@eastbrook.gov.uk\n\n14 March 2026';

  it('a heading set apart above "Dear …" is the subject (UK councils put it above or below)', async () => {
    expect(summary(await findings(letter(`${heading}\n\nYour Council Tax bill for 2026 to 2027`, { subject: '' })))).toEqual([]);
  });

  it('a "Re:" line above "Dear …" is the subject', async () => {
    expect(summary(await findings(letter(`${heading}\n\nRe: Council Tax account CT/2026/0118`, { subject: '' })))).toEqual([]);
  });

  it('"Private and confidential" above "Dear …" is no subject', async () => {
    const found = await findings(letter(`${heading}\n\nPrivate and Confidential`, { subject: '' }), only('subject'));
    expect(summary(found)).toEqual(['missing: No subject line after the salutation']);
  });

  it('no subject anywhere', async () => {
    expect(summary(await findings(letter(heading, { subject: '' }), only('subject')))).toEqual(['missing: No subject line after the salutation']);
  });
});

describe(`${ID}: name and job title on one signature line`, () => {
  const heading = 'Our ref: CT/2026/0118\nPlease ask for: Sam Jones\n\n14 March 2026';
  const signed = (signature: string) => letter(heading, { foot: `\n\nYours sincerely\n\n${signature}\n\nEastbrook District Council, Council Offices, Market Street, Eastbrook EB1 2AA · www.eastbrook.gov.uk` });

  for (const signature of ['Sam Jones, Council Tax Officer', 'Sam Jones – Council Tax Officer', 'Sam Jones, BSc (Hons), Council Tax Officer']) {
    it(`accepts "${signature}"`, async () => expect(summary(await findings(signed(signature), only('signature-job-title')))).toEqual([]));
  }

  for (const signature of ['Sam Jones, MRTPI', 'Sam Jones, Eastbrook District Council', 'Sam Jones']) {
    it(`reports "${signature}": no job title`, async () => {
      expect(summary(await findings(signed(signature), only('signature-job-title')))).toEqual(['noJobTitle: The signature has no job title']);
    });
  }

  it('names the signer found on the one line', async () => {
    const found = await findings(signed('Sam Jones, MRTPI'), only('signature-job-title'));
    expect(found[0]!.message).toContain('“Sam Jones, MRTPI”');
  });
});
