import { runRuleTests } from '../../helpers/rule-tester.js';
import jargon from '../../../src/rules/plain/jargon.js';

runRuleTests(jargon, {
  valid: [
    'We will use the money to start the repairs on Monday 12 May.',
    'Thank you for your letter of 3 March about your council tax bill.',
    'You can apply for help with your rent from the Local Welfare Assistance Scheme.',
    'Please tell us if anyone moves into or out of your home.',
    'Our housing officer will talk to your landlord about the damp in the bathroom.',
    'The contractor finished the work on 4 April and the scaffolding has been taken down.',
    'We cannot pay a grant for work that has already started.',
    'Your furnished flat is exempt from council tax while it is empty.',
    'Call us on 01303 853000 if you need help filling in the form.',
  ],
  invalid: [
    {
      text: 'We will utilise the funds to commence the repairs.',
      errors: [
        { messageId: 'replace', excerpt: 'utilise', suggestion: 'use', message: 'Say “use” instead of “utilise”.', severity: 'warning' },
        { excerpt: 'commence', suggestion: 'start' },
      ],
    },
    {
      name: 'keeps the capital of a sentence-initial word',
      text: 'Utilise the enclosed form. Works commenced on 3 June.',
      errors: [
        { excerpt: 'Utilise', suggestion: 'Use' },
        { excerpt: 'commenced', suggestion: 'started' },
      ],
    },
    {
      name: 'several replacements: suggested, no single fix',
      text: 'Our team will liaise with your landlord and facilitate a visit.',
      errors: [
        { excerpt: 'liaise with', suggestion: 'work with', message: 'Say “work with” or “talk to” instead of “liaise with”.' },
        { excerpt: 'facilitate', suggestion: 'help' },
      ],
    },
    {
      name: 'management speak and council jargon',
      text: 'Service users in receipt of Housing Benefit will be signposted to partners going forward. We will touch base with stakeholders about the void property.',
      errors: [
        { excerpt: 'Service users', suggestion: 'Customers' },
        { excerpt: 'in receipt of', suggestion: 'receiving' },
        { excerpt: 'signposted to', suggestion: 'referred to' },
        { excerpt: 'touch base with', suggestion: 'contact' },
        { excerpt: 'stakeholders' },
        { excerpt: 'void property', suggestion: 'empty property' },
      ],
    },
    {
      name: 'a phrase broken across a line',
      text: 'We have received your\nremittance of £120 and will ascertain\nwhether it clears the arrears.',
      errors: [{ excerpt: 'remittance', suggestion: 'payment' }, { excerpt: 'ascertain' }],
    },
  ],
});
