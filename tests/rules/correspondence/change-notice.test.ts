import changeNotice from '../../../src/rules/correspondence/change-notice.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const WHAT_WHEN = 'From Monday 6 April 2026 your bins will be collected on Thursday instead of Tuesday.';
const WHY = 'We are changing the day because we have added 400 new homes to our rounds.';
const ACTION = 'Please put your bins out by 7am on your new collection day.';
const ASK = 'If you have any questions, call us on 01632 960 300.';
const letter = (...sentences: string[]) => `Dear Resident\n\nYour bin collection day is changing\n\n${sentences.join(' ')}\n\nYours faithfully\n\nWaste and Recycling Team\n`;

runRuleTests(changeNotice, {
  valid: [
    letter(WHAT_WHEN, WHY, ACTION, ASK),
    letter('We are moving the customer service centre to Eastbrook Library from 1 June 2026, so that you can see us six days a week.', 'You do not need to do anything.', 'Questions? Email customerservices@eastbrook.gov.uk.'),
    { name: 'not a change notice', text: 'Dear Resident\n\nThank you for renewing your garden waste subscription. Your first collection is on 4 March.\n\nYours faithfully\n\nWaste and Recycling Team\n' },
  ],
  invalid: [
    { name: 'no date', text: letter('We are changing your collection day to Thursday.', 'This is because we have added 400 new homes to our rounds.', ACTION, ASK), errors: [{ messageId: 'noWhen', excerpt: 'Your bin collection day is changing' }] },
    { name: 'no reason', text: letter(WHAT_WHEN, ACTION, ASK), errors: [{ messageId: 'noWhy' }] },
    { name: 'no action', text: letter(WHAT_WHEN, WHY, ASK), errors: [{ messageId: 'noAction' }] },
    { name: 'no one to ask', text: letter(WHAT_WHEN, WHY, ACTION), errors: [{ messageId: 'noContact' }] },
    {
      name: 'a bare announcement',
      text: 'Dear Resident\n\nWe are closing the customer service centre at Little Marden library.\n\nYours faithfully\n\nCustomer Services\n',
      errors: [{ messageId: 'noWhen' }, { messageId: 'noWhy' }, { messageId: 'noAction' }, { messageId: 'noContact' }],
    },
  ],
});
