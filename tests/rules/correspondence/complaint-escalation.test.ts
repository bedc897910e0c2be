import complaintEscalation from '../../../src/rules/correspondence/complaint-escalation.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const letter = (body: string) => `Dear Ms Adeyemi\n\nYour complaint about missed collections\n\nThank you for your complaint. I have looked into your complaint and I uphold it. ${body}\n\nYours sincerely\n\nGrace Ellis\nComplaints Officer\n`;

runRuleTests(complaintEscalation, {
  valid: [
    letter('If you are not happy with this reply, you can ask for a stage 2 review within 20 working days.'),
    letter('If you are still unhappy, you can ask the Local Government and Social Care Ombudsman to look at your complaint.'),
    letter('If you remain unhappy, you can contact the Housing Ombudsman on 0300 111 3000.'),
    letter('You can ask for your complaint to be reviewed by our Chief Executive.'),
    { name: 'not a complaint response', text: 'Dear Ms Adeyemi\n\nThank you for your garden waste subscription. Your first collection is on 4 March.\n\nYours sincerely\n\nGrace Ellis\n' },
  ],
  invalid: [
    { text: letter('We have added a week to your subscription.'), errors: [{ messageId: 'noEscalation', excerpt: 'Your complaint about missed collections', message: 'Local Government and Social Care Ombudsman' }] },
    { text: letter('I am sorry for the trouble this caused. Please contact me if you have any questions.'), errors: [{ messageId: 'noEscalation' }] },
  ],
});
