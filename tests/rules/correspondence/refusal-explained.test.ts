import refusalExplained from '../../../src/rules/correspondence/refusal-explained.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const letter = (body: string) => `Dear Mrs Taylor\n\nYour pavement licence application\n\n${body}\n\nYours sincerely\n\nSam Green\nLicensing Officer\n`;
const NO = 'We are unable to grant a pavement licence for The Corner Café.';

runRuleTests(refusalExplained, {
  valid: [
    letter(`${NO} This is because the tables would leave less than 1.5 metres of pavement. You can appeal against this decision within 21 days.`),
    letter('Your application has been refused as the site is in a conservation area. If you change the plans, you can apply again at no cost.'),
    letter(`${NO} The reason is that the pavement is too narrow. If you think we are wrong, you can ask us to review the decision.`),
    { name: 'a yes is not a refusal', text: letter('We have granted your pavement licence for four tables from 1 April.') },
  ],
  invalid: [
    { name: 'no reason', text: letter(`${NO} You can appeal against this decision within 21 days.`), errors: [{ messageId: 'noReason', excerpt: 'Your pavement licence application' }] },
    { name: 'no options', text: letter(`${NO} This is because the tables would leave less than 1.5 metres of pavement.`), errors: [{ messageId: 'noOptions' }] },
    { name: 'neither', text: letter('Your application has been refused.'), errors: [{ messageId: 'noReason' }, { messageId: 'noOptions' }] },
  ],
});
