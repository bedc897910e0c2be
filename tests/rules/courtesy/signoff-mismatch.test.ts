import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/courtesy/signoff-mismatch.js';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import { letter } from './letters.js';

runRuleTests(rule, {
  valid: [
    { name: 'standard letter', text: letter() },
    { name: 'salutation=Dear Mrs Patel, / signoff=Yours sincerely,', text: letter({ salutation: 'Dear Mrs Patel,', signoff: 'Yours sincerely,' }) },
    { name: 'salutation=Dear Mrs. Patel / signoff=Yours sincerely', text: letter({ salutation: 'Dear Mrs. Patel', signoff: 'Yours sincerely' }) },
    { name: 'addressee=The Occupier / salutation=Dear Sir or Madam / signoff=Yours faithfully', text: letter({ addressee: 'The Occupier', salutation: 'Dear Sir or Madam', signoff: 'Yours faithfully' }) },
    { name: 'addressee=The Occupier / salutation=Dear Sir/Madam / signoff=Yours faithfully', text: letter({ addressee: 'The Occupier', salutation: 'Dear Sir/Madam', signoff: 'Yours faithfully' }) },
    { name: 'addressee=The Occupier / salutation=To whom it may concern / signoff=Yours faithfully', text: letter({ addressee: 'The Occupier', salutation: 'To whom it may concern', signoff: 'Yours faithfully' }) },
    { name: 'addressee=The Occupier / salutation=Dear Resident / signoff=Yours faithfully', text: letter({ addressee: 'The Occupier', salutation: 'Dear Resident', signoff: 'Yours faithfully' }) },
    { name: 'informal close after a named salutation', text: letter({ salutation: 'Dear Anita', signoff: 'Kind regards' }) },
    { name: 'informal close after Sir or Madam', text: letter({ salutation: 'Dear Sir or Madam', signoff: 'Best wishes' }) },
    { name: 'team greeting: no rule for the close', text: letter({ salutation: 'Dear Planning Team', signoff: 'Yours faithfully' }) },
    { name: 'no sign-off at all is signoff-missing, not a mismatch', text: letter({ signoff: null }) },
    { name: 'no salutation at all', text: letter({ salutation: null, signoff: 'Yours faithfully' }) },
    { name: 'US form is signoff-format’s finding', text: letter({ signoff: 'Sincerely yours' }) },
  ],
  invalid: [
    {
      name: 'Dear Mrs Patel … Yours faithfully',
      text: letter({ signoff: 'Yours faithfully' }),
      errors: [{ messageId: 'mismatch', message: '“Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”.', line: 22, column: 1, excerpt: 'Yours faithfully', suggestion: 'Yours sincerely', severity: 'error' }],
    },
    {
      name: 'comma after the close stays out of the finding',
      text: letter({ salutation: 'Dear Mrs Patel,', signoff: 'Yours faithfully,' }),
      errors: [{ line: 22, column: 1, excerpt: 'Yours faithfully', message: '“Dear Mrs Patel” needs “Yours sincerely”, not “Yours faithfully”.' }],
    },
    {
      name: 'Dear Sir/Madam … Yours sincerely',
      text: letter({ addressee: 'The Occupier', salutation: 'Dear Sir/Madam', signoff: 'Yours sincerely' }),
      errors: [{ message: '“Dear Sir/Madam” needs “Yours faithfully”, not “Yours sincerely”.', line: 22, excerpt: 'Yours sincerely', suggestion: 'Yours faithfully' }],
    },
    {
      name: 'To whom it may concern … Yours sincerely',
      text: letter({ addressee: null, salutation: 'To whom it may concern', signoff: 'Yours sincerely' }),
      errors: [{ message: '“To whom it may concern” needs “Yours faithfully”', line: 17 }],
    },
    {
      name: 'first name only still needs sincerely',
      text: letter({ salutation: 'Dear John', signoff: 'Yours faithfully' }),
      errors: [{ suggestion: 'Yours sincerely', line: 22 }],
    },
    {
      name: 'misspelt faithfully after a name',
      text: letter({ salutation: 'Dear Dr Okafor', signoff: 'Yours faithfuly' }),
      errors: [{ message: '“Dear Dr Okafor” needs “Yours sincerely”, not “Yours faithfuly”.', suggestion: 'Yours sincerely' }],
    },
  ],
});

describe('courtesy/signoff-mismatch fix', () => {
  it('replaces the phrase and keeps the trailing comma', async () => {
    const text = letter({ salutation: 'Dear Mrs Patel,', signoff: 'Yours faithfully,' });
    const [finding] = await findingsOf(rule, text);
    const fixed = text.slice(0, finding!.fix!.start) + finding!.fix!.text + text.slice(finding!.fix!.end);
    expect(fixed).toBe(letter({ salutation: 'Dear Mrs Patel,', signoff: 'Yours sincerely,' }));
  });
});
