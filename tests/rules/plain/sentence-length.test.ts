import { runRuleTests } from '../../helpers/rule-tester.js';
import sentenceLength from '../../../src/rules/plain/sentence-length.js';

const LONG_26 =
  'We have looked again at your claim for Council Tax Reduction and found that your income from your part-time job was counted twice in our sums.';
const LONG_40 =
  'We have received your application for a Discretionary Housing Payment and will now assess it against the criteria set out in our policy, after which we will write to you with our decision and the reasons for it.';

runRuleTests(sentenceLength, {
  valid: [
    'We have received your application. We will decide within 10 working days.',
    {
      name: 'an address block is not one long sentence',
      text: 'Mrs Aisha Patel\nFlat 2, Seabrook Court\n14 High Street\nSandgate\nFolkestone\nKent\nCT20 2QY\n\nDear Mrs Patel\n\nThank you for your letter.',
    },
    {
      name: 'a bulleted list is counted item by item',
      text: 'Please send us these papers with your form so that we can work out your claim:\n- your last three payslips from every job you have had since April\n- bank statements for all your accounts for the last two months\n- a letter from your landlord showing the rent you pay each month\n- proof of any other money coming into your household each week',
    },
    {
      name: 'a colon and semicolon list is counted item by item',
      text: 'To apply, send us: your last three payslips from every job; your bank statements for two months; a letter from your landlord about the rent; and proof of any benefits.',
    },
    { name: 'the limit can be raised', text: LONG_26, options: { max: 30 } },
    'Our ref: ENV/2024/0113 Your ref: HB123456 Date: 3 March 2025',
  ],
  invalid: [
    {
      text: LONG_26,
      errors: [{ messageId: 'long', severity: 'warning', message: 'This sentence has 26 words', line: 1, column: 1 }],
    },
    {
      text: `Thank you for your letter. ${LONG_40}`,
      errors: [{ messageId: 'tooLong', severity: 'error', message: 'This sentence has 38 words', column: 28 }],
    },
    {
      name: 'prose wrapped at a fixed width is still one sentence',
      text: 'We have looked again at your claim for Council Tax\nReduction and found that your income from your part-time\njob was counted twice in our sums, so your bill was too high.',
      errors: [{ messageId: 'long', message: '32 words' }],
    },
    {
      name: 'the limits are options',
      text: 'Your bin will be collected on Tuesday mornings from the kerb outside your home.',
      options: { max: 10, maxError: 12 },
      errors: [{ messageId: 'tooLong', severity: 'error', message: '14 words' }],
    },
  ],
});
