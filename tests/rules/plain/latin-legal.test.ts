import { runRuleTests } from '../../helpers/rule-tester.js';
import latinLegal from '../../../src/rules/plain/latin-legal.js';

runRuleTests(latinLegal, {
  valid: [
    'Under the regulations, we enclose the bill for the amount you owe each year.',
    'Please bring proof of your income, for example three recent payslips.',
    'The rent is £95 a week, which is £4,940 a year.',
    'We have to see the status of your claim before we can pay it.',
    'Ethel Williams will visit you on Tuesday.',
    'Your new permit is valid from 1 April.',
    'The Per Annum Fund is not open to new applicants.',
  ],
  invalid: [
    {
      text: 'Pursuant to the regulations, we enclose herewith the bill for the sums due per annum.',
      errors: [
        { excerpt: 'Pursuant to', suggestion: 'Under', message: 'Say “Under” instead of “Pursuant to”.' },
        { excerpt: 'herewith', suggestion: 'with this letter' },
        { excerpt: 'per annum', suggestion: 'a year' },
      ],
    },
    {
      name: 'e.g., i.e. and etc. keep the full stop at the end of a sentence',
      text: 'Bring proof, e.g. a bill, i.e. something recent. You can pay by card, cheque, cash etc.',
      errors: [
        { excerpt: 'e.g.', suggestion: 'for example' },
        { excerpt: 'i.e.', suggestion: 'that is' },
        { excerpt: 'etc.', suggestion: 'and so on.' },
      ],
    },
    {
      text: 'Notwithstanding the aforementioned, the licence is null and void and you must leave forthwith.',
      errors: [
        { excerpt: 'Notwithstanding', suggestion: 'Despite' },
        { excerpt: 'aforementioned' },
        { excerpt: 'null and void', suggestion: 'invalid' },
        { excerpt: 'forthwith' },
      ],
    },
    {
      text: 'The payment is ex gratia and is made on a pro rata basis, inter alia to reflect the status quo.',
      errors: [{ excerpt: 'ex gratia', suggestion: 'goodwill' }, { excerpt: 'pro rata' }, { excerpt: 'inter alia' }, { excerpt: 'status quo' }],
    },
  ],
});
