import { runRuleTests } from '../../helpers/rule-tester.js';
import abbreviation from '../../../src/rules/plain/abbreviation.js';

runRuleTests(abbreviation, {
  valid: [
    'Your National Insurance number is JT 58 23 91 C, so we can check your benefits.',
    'You may be able to get Council Tax Reduction (CTR). To apply for CTR, fill in the enclosed form.',
    'A Discretionary Housing Payment (DHP) can help with rent. We pay a DHP for up to 13 weeks.',
    'Your house in multiple occupation needs an HMO (house in multiple occupation) licence. The HMO licence lasts five years.',
    'Please ask your GP for a letter. You can also call NHS 111 or contact HMRC about your tax credits.',
    'We will add VAT to the invoice. Please send a PDF copy of your ID by email.',
    'Our ref: ENV/2024/0113\nYour ref: HB123456\n\nThank you for your letter.',
    'Flat 2, 14 High Street, Folkestone CT20 2QY',
    'The works are set out in Part IV of the notice and Schedule XII.',
    'Your collection day moves to Tuesday 3RD June.',
    'COUNCIL TAX REDUCTION REVIEW\n\nThank you for sending your payslips.',
    'Please PAY NOW to avoid further action.',
    { name: 'the organisation can allow its own', text: 'Call the CSC on 01303 853000.', options: { allow: ['CSC'] } },
    'The office is open from 9 AM to 5 PM.',
  ],
  invalid: [
    {
      text: 'You may be able to get CTR. Please fill in the enclosed form to apply for CTR.',
      errors: [{ messageId: 'unexplained', excerpt: 'CTR', column: 24, severity: 'warning', message: '“CTR” is not explained' }],
    },
    {
      name: 'explained only after the first use',
      text: 'Your HMO licence has expired. A house in multiple occupation (HMO) needs a licence.',
      errors: [{ excerpt: 'HMO', column: 6 }],
    },
    {
      name: 'each acronym once',
      text: 'We have paid your DHP. The DHP covers your rent shortfall and the LHA rate for your area.',
      errors: [{ excerpt: 'DHP', message: '“DHP”' }, { excerpt: 'LHA' }],
    },
    {
      name: 'plural acronyms',
      text: 'We license HMOs in the district.',
      errors: [{ excerpt: 'HMOs', message: '“HMO”' }],
    },
  ],
});
