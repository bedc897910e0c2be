import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkFiles, checkText } from '../../../src/index.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import shouting from '../../../src/rules/courtesy/shouting.js';

const letter = (body: string, subject = 'Your Council Tax bill') => `Dear Mr Green\n\n${subject}\n\n${body}\n\nYours sincerely\n\n\nSam Jones\nCouncil Tax Officer`;

runRuleTests(shouting, {
  valid: [
    letter('Please pay the £120 you owe by 1 April. If you cannot, call us and we will help.'),
    letter('Please quote CT/2025/0118 and your NI number when you write to HMRC, DWP or the VOA.'),
    letter('Thank you for your letter.', 'YOUR COUNCIL TAX BILL FOR 2025 TO 2026'),
    letter('PRIVATE AND CONFIDENTIAL\n\nThank you for your letter about your tenancy.'),
    letter('URGENT\n\nYour gas safety check is due. Please call us to book a visit.'),
    letter('HOW TO PAY\n\nYou can pay online at www.eastbrook.gov.uk/pay or by Direct Debit.'),
    letter('Please send it to Revenues, PO BOX 12, EASTBROOK EB1 4XY by 1 April.'),
    letter('Congratulations! Your application for a Blue Badge has been approved.'),
    letter('Thank you for recycling! Your street recycled more than any other in March.'),
  ],
  invalid: [
    {
      name: 'a whole sentence in capitals',
      text: letter('YOU MUST PAY THE AMOUNT YOU OWE BY 1 APRIL. If you cannot, call us.'),
      errors: [{ messageId: 'capitals', excerpt: 'YOU MUST PAY THE AMOUNT YOU OWE BY 1 APRIL', message: '“YOU MUST PAY THE AMOUNT YOU …” is in capitals' }],
    },
    {
      name: 'a run of capitals in an ordinary sentence',
      text: letter('Your bins will NOT BE EMPTIED AGAIN unless you use the right bin.'),
      errors: [{ messageId: 'capitals', excerpt: 'NOT BE EMPTIED AGAIN' }],
    },
    {
      name: 'repeated exclamation marks',
      text: letter('This is your final reminder!! Please pay now.'),
      errors: [{ messageId: 'repeated', excerpt: '!!', suggestion: '.' }],
    },
    {
      name: 'several exclamation marks in one letter',
      text: letter('Your rent is late! We wrote to you last month! Please pay today! We can help.'),
      errors: [{ messageId: 'many', message: 'This letter has 3 exclamation marks' }],
    },
  ],
});

describe('courtesy/shouting on the shipped clean letters', () => {
  it('reports nothing at warning or error', async () => {
    const clean = [
      ...readdirSync('fixtures/letters').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/letters/${n}`),
      ...readdirSync('fixtures/kinds').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/kinds/${n}`),
      'fixtures/docx/council-tax-reduction.docx',
    ];
    const report = await checkFiles(clean, { only: [shouting.meta.id] });
    const found = report.files.flatMap((file) => file.findings.filter((x) => x.severity !== 'info').map((x) => `${file.path}: ${x.message}`));
    expect(found).toEqual([]);
    expect(report.files.filter((file) => file.error)).toEqual([]);
  });
});

describe('courtesy/shouting and personal data', () => {
  it('quotes a shouted sentence with its personal data hidden', async () => {
    const result = await checkText(letter('YOUR NI NUMBER JT 12 34 56 C IS WRONG ON THE FORM. Please call us.'), { only: ['courtesy/shouting'] });
    const [finding] = result.files[0]!.findings;
    expect(finding?.message).toContain('“YOUR NI NUMBER JT •• •• …”');
    expect(finding?.excerpt).toBe('YOUR NI NUMBER JT •• •• •• C IS WRONG ON THE FORM');
  });
});
