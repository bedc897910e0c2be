import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import personalData from '../../../src/rules/privacy/personal-data.js';
import { checkDocuments, checkFiles, checkText, formatJson, formatStylish, loadBytes } from '../../../src/index.js';
import { formatCsv } from '../../../src/format/csv.js';
import { formatSarif } from '../../../src/format/sarif.js';
import { formatJunit } from '../../../src/format/junit.js';
import { formatHtml } from '../../../src/format/html.js';

const letter = (body: string) => `Dear Mr Khan\n\n${body}\n\nYours sincerely\n\n\nSam Jones\nBenefits Officer`;

runRuleTests(personalData, {
  valid: [
    letter('Please quote your reference CT/2025/0118 when you call us on 01632 960 123.'),
    letter('Our office is at Council Offices, Station Road, Eastbrook EB1 4XY.'),
    letter('Your bill for 2025 to 2026 is £1,843.27. The first instalment of £184.33 is due on 1 April 2025.'),
    letter('Please pay invoice 4539 1488 0343 6468 by 14 April 2025.'),
    letter('Your Council Tax account number is 60012345. Please quote it when you pay.'),
    letter('Pay by bank transfer to Eastbrook District Council, sort code 20-00-00.'),
    letter('We received your form on 12/03/2025 and your birth certificate on 14 March 2025.'),
    letter('The leaflet explains how the council supports people living with dementia in the district.'),
    letter('I am sorry this has caused you anxiety, and I apologise for the delay.'),
    letter('We will fit a mobility aid and replace the hearing aids loop in the reception area.'),
    letter('Please call our Textphone on 0800 123 4567 or 01632 960000.'),
    letter('Your claim number is 1234567890 and your tenancy reference is HSG/45/2210.'),
    letter('We have paid your Housing Benefit into the bank account ending 78.'),
    letter('Your NI number prefix must not be shared. Reference TN 12 34 56 C is a temporary one.'),
  ],
  invalid: [
    {
      name: 'National Insurance number, spaced and unspaced',
      text: letter('We have your National Insurance number as JT 12 34 56 C. Your partner’s is AB123456D.'),
      errors: [
        { excerpt: 'JT •• •• •• C', message: 'a National Insurance number' },
        { excerpt: 'AB••••••D' },
      ],
    },
    {
      name: 'NHS number with a valid check digit',
      text: letter('Your NHS number is 943 476 5919 and your GP has written to us.'),
      errors: [{ excerpt: '••• ••• ••••', message: 'an NHS number' }],
    },
    {
      name: 'payment card with Luhn, last four kept',
      text: letter('We took the payment from the card 4539 1488 0343 6467 on 3 March.'),
      errors: [{ excerpt: '•••• •••• •••• 6467', message: 'a payment card number' }],
    },
    {
      name: 'sort code and account number together',
      text: letter('We will pay the refund to sort code 40-11-62, account number 31926819.'),
      errors: [{ excerpt: '••-••-••, account number ••••••19', message: 'a sort code and account number' }],
    },
    {
      name: 'dates of birth in several forms',
      text: letter('We have your date of birth as 04/07/1968. Your son (DOB: 12 March 2009) was born on 12 March 2009.'),
      errors: [
        { excerpt: 'date of birth as ••/••/••••', message: 'a date of birth' },
        { excerpt: 'DOB: •• ••••• ••••' },
        { excerpt: 'born on •• ••••• ••••' },
      ],
    },
    {
      name: 'health details',
      text: letter('As your wife was diagnosed with multiple sclerosis in May, and you are receiving chemotherapy, we have moved you up the list.'),
      errors: [
        { excerpt: 'diagnosed with •••••••• •••••••••', message: 'details of someone’s health' },
        { excerpt: 'receiving ••••••••••••' },
      ],
    },
    {
      name: 'depression after a clinical cue',
      text: letter('Your GP says you are being treated for severe depression.'),
      errors: [{ excerpt: 'treated for severe ••••••••••' }],
    },
  ],
});

describe('privacy/personal-data in reports', () => {
  it('never repeats the raw value in the message', async () => {
    const findings = await findingsOf(personalData, letter('Your NI number is JT 12 34 56 C and card 4539148803436467.'));
    expect(findings).toHaveLength(2);
    for (const f of findings) {
      expect(f.message).not.toMatch(/12 34 56|4539/);
      expect(f.excerpt).not.toMatch(/12 34 56|4539/);
    }
  });

  it('masks the excerpt of any other rule’s finding that contains personal data', async () => {
    const long = letter(
      'Because your National Insurance number JT 12 34 56 C was not on the form we received from you last month, we were not able at that time to work out whether you would be entitled to any Council Tax Reduction for the year.',
    );
    const report = await checkText(long, { only: ['plain/sentence-length'] });
    const [finding] = report.files[0]!.findings;
    expect(finding?.excerpt).toContain('JT •• •• •• C');
    expect(JSON.stringify(report)).not.toContain('12 34 56');
  });

  it('hides the values in every text report format, the HTML letter view included', async () => {
    const text = letter('Your NI number is JT 12 34 56 C, your NHS number 943 476 5919 and your date of birth 04/07/1968. In order to pay, we used card 4539 1488 0343 6467.');
    const document = await loadBytes('khan.txt', new TextEncoder().encode(text), 'txt');
    const report = checkDocuments([document]);
    report.documents = [document];
    expect(report.files[0]!.findings.filter((f) => f.ruleId === 'privacy/personal-data')).toHaveLength(4);
    const outputs = [formatJson(report), formatStylish(report), formatCsv(report), formatSarif(report), formatJunit(report), formatHtml(report)];
    for (const output of outputs) {
      for (const raw of ['12 34 56', '943 476 5919', '04/07/1968', '4539 1488 0343']) expect(output).not.toContain(raw);
    }
    expect(formatHtml(report)).toContain('JT •• •• •• C');
  });

  it('stays quiet on the shipped clean letters', async () => {
    const clean = [
      ...readdirSync('fixtures/letters').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/letters/${n}`),
      ...readdirSync('fixtures/kinds').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/kinds/${n}`),
      'fixtures/docx/council-tax-reduction.docx',
    ];
    const report = await checkFiles(clean, { only: ['privacy/personal-data'] });
    expect(report.files.flatMap((file) => file.findings.map((x) => `${file.path}: ${x.message} [${x.excerpt}]`))).toEqual([]);
    expect(report.files.filter((file) => file.error)).toEqual([]);
  });
});
