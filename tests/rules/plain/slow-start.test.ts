import { runRuleTests } from '../../helpers/rule-tester.js';
import slowStart from '../../../src/rules/plain/slow-start.js';

runRuleTests(slowStart, {
  valid: [
    'Dear Mrs Patel\n\nThank you for your letter of 3 March about your council tax bill. We have checked it and it is correct.',
    'Dear Mr Khan\n\nWe have approved your application for a parking permit.',
    'Dear Ms Lee\n\nYour bin will be collected on Tuesday. Further to your call on Monday, we have also ordered a new lid.',
    'Dear Mr Evans\n\nWe have received your complaint. I refer to your letter of 3 May in which you asked about the fence.',
    'Dear Mrs Patel\n\nWe are sorry that your bin was missed. Please note that collections are on Tuesdays.',
  ],
  invalid: [
    {
      text: 'Dear Mr Khan\n\nI am writing to inform you that your application for a parking permit has been approved.',
      errors: [
        {
          messageId: 'slowStart',
          excerpt: 'I am writing to inform you that',
          line: 3,
          column: 1,
          suggestion: 'Your application for a parking permit has been approved.',
          message: 'The letter opens with “I am writing to inform you that”',
        },
      ],
    },
    {
      text: 'Dear Mrs Patel\n\nWith reference to your letter of 3 March, your bill is correct.',
      errors: [{ excerpt: 'With reference to your' }],
    },
    {
      text: 'Dear Mrs Patel\n\nFurther to your email, we have booked a bulky waste collection.',
      errors: [{ excerpt: 'Further to your' }],
    },
    {
      text: 'Dear Sir or Madam\n\nPlease be advised that the car park will close on 1 June.',
      errors: [{ excerpt: 'Please be advised that', suggestion: 'The car park will close on 1 June.' }],
    },
    {
      text: 'Dear Mr Evans\n\nThis letter is to inform you that we will inspect the property on 3 June.',
      errors: [{ excerpt: 'This letter is to inform you that' }],
    },
    {
      text: 'Dear Mr Evans\n\nI refer to your application for a house in multiple occupation licence.',
      errors: [{ excerpt: 'I refer to your' }],
    },
  ],
});
