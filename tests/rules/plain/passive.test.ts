import { runRuleTests } from '../../helpers/rule-tester.js';
import passive from '../../../src/rules/plain/passive.js';

runRuleTests(passive, {
  valid: [
    'We will review your claim and write to you by 14 March.',
    'I am pleased to tell you that you are entitled to a single person discount.',
    'We are committed to answering every letter within 10 working days.',
    'The office is located in the Civic Centre on Castle Hill Avenue.',
    'Our depot is based in Hythe.',
    'If you are interested in the scheme, please call us.',
    'We know you are concerned about the damp in your bathroom.',
    'I am sorry you were upset by the way our officer spoke to you.',
    'The property is unoccupied and unfurnished.',
    'A copy of our decision is enclosed.',
    'We need your payslips to work out your claim.',
    'You are still registered for the garden waste service.',
    'The drain is blocked and the house is overcrowded.',
  ],
  invalid: [
    {
      name: 'retext-passive misses regular participles: "was rejected"',
      text: 'Your application was rejected.',
      errors: [{ messageId: 'passive', excerpt: 'was rejected', severity: 'info', message: '“was rejected” is passive' }],
    },
    {
      text: 'Your application was rejected by the panel.',
      errors: [{ messageId: 'byAgent', excerpt: 'was rejected by the panel', message: '(“the panel …”)' }],
    },
    {
      name: 'irregular participles come from retext-passive, widened to the verb "be"',
      text: 'A decision will be sent to you and the bill was paid by us.',
      errors: [{ excerpt: 'be sent' }, { messageId: 'byAgent', excerpt: 'was paid by us', message: '(“we …”)' }],
    },
    {
      name: 'adverbs between "be" and the participle',
      text: 'Your claim is currently being processed. The fence was not repaired.',
      errors: [{ excerpt: 'is currently being processed' }, { excerpt: 'was not repaired' }],
    },
    {
      text: 'You are required to pay the full amount. Your benefit has been suspended and your overpayment was withheld.',
      errors: [{ excerpt: 'are required' }, { excerpt: 'been suspended' }, { excerpt: 'was withheld' }],
    },
  ],
});
