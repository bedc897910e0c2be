import visitAppointment from '../../../src/rules/correspondence/visit-appointment.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const VISIT = 'Our surveyor, Tom Baker, will visit you on Wednesday 25 March between 9am and 11am to inspect the damp in your bedroom.';
const BADGE = 'Tom will show you his council identity badge before he comes into your home.';
const PASSWORD = 'If you would like us to use a password when we visit, please call me and we will agree one.';
const REARRANGE = 'If this time does not suit you, please call me on 01632 960 245.';
const letter = (...sentences: string[]) => `Dear Miss Lewis\n\nVisit to your home\n\n${sentences.join(' ')}\n\nYours sincerely\n\nPriya Shah\nRepairs Coordinator\n`;

runRuleTests(visitAppointment, {
  valid: [
    letter(VISIT, BADGE, PASSWORD, REARRANGE),
    letter('Lee Morgan will visit your home on Monday 16 March at 10am for your annual gas safety check.', 'He will carry his ID card and show it to you.', 'You can ask for a password to be used.', 'To rearrange, call 01632 960 245.'),
    { name: 'not a visit letter', text: letter('Thank you for your rent payment of £120.') },
  ],
  invalid: [
    { name: 'no time', text: letter('Our surveyor, Tom Baker, will visit you on Wednesday 25 March to inspect the damp in your bedroom.', BADGE, PASSWORD, REARRANGE), errors: [{ messageId: 'noDateTime', excerpt: 'Visit to your home' }] },
    { name: 'no purpose', text: letter('Our surveyor, Tom Baker, will visit you on Wednesday 25 March between 9am and 11am.', BADGE, PASSWORD, REARRANGE), errors: [{ messageId: 'noPurpose' }] },
    { name: 'no officer named', text: letter('Our surveyor will visit you on Wednesday 25 March between 9am and 11am to inspect the damp in your bedroom.', 'The surveyor will show you a council identity badge.', PASSWORD, REARRANGE), errors: [{ messageId: 'noOfficer' }] },
    { name: 'the customer’s own name is not an officer', text: letter('We will visit you, Miss Lewis, on Wednesday 25 March between 9am and 11am to inspect the damp.', 'Our officer will show you a council identity badge.', PASSWORD, REARRANGE), errors: [{ messageId: 'noOfficer' }] },
    { name: 'no badge', text: letter(VISIT, PASSWORD, REARRANGE), errors: [{ messageId: 'noBadge' }] },
    { name: 'no password', text: letter(VISIT, BADGE, REARRANGE), errors: [{ messageId: 'noPassword' }] },
    { name: 'no way to rearrange', text: letter(VISIT, BADGE, PASSWORD), errors: [{ messageId: 'noRearrange' }] },
    {
      name: 'bare notice: every element missing',
      text: letter('An officer will visit the property next week.'),
      errors: [{ messageId: 'noDateTime' }, { messageId: 'noPurpose' }, { messageId: 'noOfficer' }, { messageId: 'noBadge' }, { messageId: 'noPassword' }, { messageId: 'noRearrange' }],
    },
  ],
});
