import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkFiles } from '../../../src/index.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import tone from '../../../src/rules/courtesy/tone.js';

const letter = (body: string) => `Dear Mr Green\n\n${body}\n\nYours sincerely\n\n\nSam Jones\nIncome Officer`;

runRuleTests(tone, {
  valid: [
    letter('You must tell us within 21 days if your circumstances change, because the law says we have to check your claim.'),
    letter('If you do not pay by 1 April, we will have to apply to the magistrates’ court for a summons.'),
    letter('As I explained in my letter of 3 March, your rent account is £312.40 in arrears.'),
    letter('Just call us on 01632 960 000 and we will arrange a visit.'),
    letter('Please tell us about any change. You are responsible for keeping the garden tidy.'),
    letter('We cannot accept abuse of our staff, and we may end the call if it happens.'),
    letter('Thank you for telling us about the leak. We have asked a plumber to call.'),
    letter('The Failure To Thrive Project runs on Tuesdays at the community centre.'),
  ],
  invalid: [
    {
      text: letter('As previously stated, failure to pay will lead to a summons.'),
      errors: [
        { messageId: 'replace', excerpt: 'As previously stated', suggestion: 'As I explained', message: '“As previously stated” can read as patronising or aggressive: try “As I explained”.' },
        { excerpt: 'failure to', suggestion: 'if you do not' },
      ],
    },
    {
      text: letter('You have ignored our letters, despite repeated reminders. We will not tolerate further delay.'),
      errors: [{ excerpt: 'You have ignored' }, { excerpt: 'despite repeated reminders' }, { excerpt: 'We will not tolerate', suggestion: 'We cannot accept' }],
    },
    {
      name: 'phrases with nothing to put in their place',
      text: letter('Obviously the bin must be at the kerb by 7am. Simply fill in the form online.'),
      errors: [
        { messageId: 'omit', excerpt: 'Obviously', message: '“Obviously” can read as patronising or aggressive: leave it out.' },
        { messageId: 'omit', excerpt: 'Simply' },
      ],
    },
    {
      text: letter('As you should know, it is your responsibility to report repairs.'),
      errors: [{ messageId: 'omit', excerpt: 'As you should know' }, { excerpt: 'it is your responsibility to', suggestion: 'you need to' }],
    },
  ],
});

describe('courtesy/tone on the shipped clean letters', () => {
  it('reports nothing at warning or error', async () => {
    const clean = [
      ...readdirSync('fixtures/letters').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/letters/${n}`),
      ...readdirSync('fixtures/kinds').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/kinds/${n}`),
      'fixtures/docx/council-tax-reduction.docx',
    ];
    const report = await checkFiles(clean, { only: [tone.meta.id] });
    const found = report.files.flatMap((file) => file.findings.filter((x) => x.severity !== 'info').map((x) => `${file.path}: ${x.message}`));
    expect(found).toEqual([]);
    expect(report.files.filter((file) => file.error)).toEqual([]);
  });
});
