import timescale from '../../../src/rules/correspondence/timescale.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const letter = (body: string) => `Dear Mrs Brown\n\n${body}\n\nYours sincerely\n\nPriya Shah\nBenefits Officer\n`;

runRuleTests(timescale, {
  valid: [
    letter('We will contact you by 14 March to arrange the repair.'),
    letter('We will write to you again within 10 working days with your new bill.'),
    letter('We will let you know our decision. You will hear from us by Friday 20 March.'),
    letter('I will call you next week to talk about the quote.'),
    letter('We will get back to you in 5 working days.'),
    { name: 'a conditional promise needs no date', text: letter('If we need anything else from you, we will contact you.') },
    { name: 'let you know if …', text: letter('We will let you know if your circumstances mean you can get more help.') },
    { name: 'vague timing is plain/vague’s finding, not this rule’s', text: letter('We will contact you in due course to arrange the repair.') },
    { name: 'the date in the sentence before', text: letter('We will decide your application by 27 November 2026. We will write to you with our decision.') },
    { name: 'no promise at all', text: letter('Thank you for your payment of £120, which reached us on 2 March.') },
  ],
  invalid: [
    { text: letter('We will contact you to arrange the repair.'), errors: [{ messageId: 'noTimescale', excerpt: 'We will contact you', line: 3, column: 1 }] },
    { text: letter('Thank you for your letter. We’ll be in touch about the noise.'), errors: [{ messageId: 'noTimescale', excerpt: 'We’ll be in touch' }] },
    { text: letter('I will get back to you about the missed collection. Thank you for your patience.'), errors: [{ messageId: 'noTimescale', message: '“I will get back to you” does not say when' }] },
    {
      name: 'a date in another paragraph does not answer the promise',
      text: letter('We will decide your application by 27 November 2026.\n\nWe will write to you about the fence.'),
      errors: [{ excerpt: 'We will write to you' }],
    },
    {
      name: 'two promises, two findings',
      text: letter('We will contact you about your Council Tax Reduction. We will let you know how much you need to pay.'),
      errors: [{ excerpt: 'We will contact you' }, { excerpt: 'We will let you know' }],
    },
  ],
});
