import { expect, it } from 'vitest';
import acknowledgement from '../../../src/rules/correspondence/acknowledgement.js';
import { checkText } from '../../../src/index.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const letter = (body: string, signature = 'Priya Shah\nBenefits Officer') => `Dear Mr Singh\n\nYour Housing Benefit claim\n\n${body}\n\nYours sincerely\n\n${signature}\n`;
const DELAYED = 'I am sorry that we have not yet been able to give you a full reply.';
const PROGRESS = 'We have checked your income and savings.';
const REASON = 'It is taking longer because your landlord has not yet confirmed your rent.';
const TIMESCALE = 'I will send you a full reply by 27 March.';
const CONTACT = 'If you have any questions, please call me on 01632 960 245.';

runRuleTests(acknowledgement, {
  valid: [
    letter([DELAYED, PROGRESS, REASON, TIMESCALE, CONTACT].join(' ')),
    { name: 'contact named in the body with an email address', text: letter([DELAYED, PROGRESS, REASON, TIMESCALE, 'Please email Priya Shah at benefits@eastbrook.gov.uk.'].join(' '), 'Revenues and Benefits') },
    {
      name: 'a first acknowledgement in time owes no progress or reason for delay',
      text: 'Dear Ms Adeyemi\n\nYour complaint\n\nThank you for your complaint about your missed bin collections, which we received on 3 March. I will send you a full response by 17 March. If you need to talk to me before then, please call me on 01632 960 402.\n\nYours sincerely\n\nGrace Ellis\nComplaints Officer\n',
    },
    { name: 'not a holding reply: the rule stays quiet', text: letter('Thank you for your claim. Your benefit will be £96.40 a week from 2 March.') },
  ],
  invalid: [
    { name: 'no progress', text: letter([DELAYED, REASON, TIMESCALE, CONTACT].join(' ')), errors: [{ messageId: 'noProgress', excerpt: 'Your Housing Benefit claim' }] },
    { name: 'no reason for the delay', text: letter([DELAYED, PROGRESS, TIMESCALE, CONTACT].join(' ')), errors: [{ messageId: 'noReason' }] },
    { name: 'no named contact', text: letter([DELAYED, PROGRESS, REASON, TIMESCALE, CONTACT].join(' '), 'Revenues and Benefits') , errors: [{ messageId: 'noContact' }] },
    { name: 'named but no phone or email', text: letter([DELAYED, PROGRESS, REASON, TIMESCALE].join(' ')), errors: [{ messageId: 'noContact' }] },
    { name: 'no new timescale', text: letter([DELAYED, PROGRESS, REASON, CONTACT].join(' ')), errors: [{ messageId: 'noTimescale' }] },
    {
      name: 'nothing but the apology: each element once',
      text: letter(DELAYED, 'Revenues and Benefits'),
      errors: [{ messageId: 'noProgress' }, { messageId: 'noReason' }, { messageId: 'noContact' }, { messageId: 'noTimescale' }],
    },
  ],
});

it('runs on any letter checked with --kind acknowledgement', async () => {
  const report = await checkText(letter('Thank you for your claim. I am sorry it is taking longer than usual.'), { kind: 'acknowledgement', only: ['correspondence/acknowledgement'] });
  expect(report.files[0]!.findings.map((f) => f.messageId)).toEqual(['noProgress', 'noReason', 'noContact', 'noTimescale']);
});
