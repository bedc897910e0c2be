import { runRuleTests } from '../../helpers/rule-tester.js';
import vague from '../../../src/rules/plain/vague.js';

runRuleTests(vague, {
  valid: [
    'We will contact you by 14 March to arrange the repair.',
    'We will decide within 10 working days of receiving your form.',
    'Our officer will arrive shortly after 10am.',
    'Please read the enclosed leaflet about your bin collection day.',
    'If you want to pay sooner, you can pay the full amount online.',
  ],
  invalid: [
    {
      text: 'We will contact you in due course to arrange the repair.',
      errors: [{ messageId: 'vague', excerpt: 'in due course', message: 'give a date or a number of working days', severity: 'warning' }],
    },
    {
      text: 'We will endeavour to reply as soon as possible and will visit in the near future.',
      errors: [{ excerpt: 'We will endeavour to' }, { excerpt: 'as soon as possible' }, { excerpt: 'in the near future' }],
    },
    {
      text: 'A decision will be made shortly. We will write to you at a later date.',
      errors: [{ excerpt: 'shortly' }, { excerpt: 'at a later date' }],
    },
    {
      text: 'Please reply at your earliest convenience.',
      errors: [{ excerpt: 'at your earliest convenience' }],
    },
  ],
});
