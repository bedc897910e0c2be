import rule from '../../../src/rules/courtesy/salutation-impersonal.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { letter } from './letters.js';

runRuleTests(rule, {
  valid: [
    { name: 'standard letter', text: letter() },
    { name: 'The Occupier', text: letter({ addressee: 'The Occupier', salutation: 'Dear Sir or Madam', signoff: 'Yours faithfully' }) },
    { name: 'The Resident', text: letter({ addressee: 'The Resident', salutation: 'Dear Resident', signoff: 'Yours faithfully' }) },
    { name: 'no addressee block', text: letter({ addressee: null, salutation: 'Dear Sir/Madam', signoff: 'Yours faithfully' }) },
    { name: 'an unfilled addressee merge field names no one', text: letter({ addressee: '«Title» «Surname»', salutation: 'Dear Sir or Madam', signoff: 'Yours faithfully' }) },
    { name: 'salutation=Dear Mr and Mrs Patel / addressee=Mr and Mrs A Patel', text: letter({ salutation: 'Dear Mr and Mrs Patel', addressee: 'Mr and Mrs A Patel' }) },
    { name: 'salutation=Dear Anita', text: letter({ salutation: 'Dear Anita' }) },
  ],
  invalid: [
    {
      name: 'Dear Sir/Madam to a named addressee',
      text: letter({ salutation: 'Dear Sir/Madam', signoff: 'Yours faithfully' }),
      errors: [{ messageId: 'impersonal', message: '“Dear Sir/Madam” is impersonal, and the letter is addressed to Mrs A Patel: write “Dear Mrs Patel”.', line: 16, column: 1, excerpt: 'Dear Sir/Madam', suggestion: 'Dear Mrs Patel', severity: 'warning' }],
    },
    { name: 'salutation=Dear Sir or Madam, / signoff=Yours faithfully,', text: letter({ salutation: 'Dear Sir or Madam,', signoff: 'Yours faithfully,' }), errors: [{ excerpt: 'Dear Sir or Madam', suggestion: 'Dear Mrs Patel' }] },
    { name: 'addressee=Dr K Okafor / salutation=Dear Customer', text: letter({ addressee: 'Dr K Okafor', salutation: 'Dear Customer' }), errors: [{ excerpt: 'Dear Customer', suggestion: 'Dear Dr Okafor' }] },
    { name: 'addressee=Mr P O’Brien / salutation=Dear Resident', text: letter({ addressee: 'Mr P O’Brien', salutation: 'Dear Resident' }), errors: [{ suggestion: 'Dear Mr O’Brien' }] },
    { name: 'addressee=Ms J Smith-Jones / salutation=Dear Occupier', text: letter({ addressee: 'Ms J Smith-Jones', salutation: 'Dear Occupier' }), errors: [{ suggestion: 'Dear Ms Smith-Jones' }] },
    { name: 'addressee=Mr T Okonkwo / salutation=Dear Tenant', text: letter({ addressee: 'Mr T Okonkwo', salutation: 'Dear Tenant' }), errors: [{ suggestion: 'Dear Mr Okonkwo' }] },
    { name: 'addressee=Miss R Campbell / salutation=Dear Householder', text: letter({ addressee: 'Miss R Campbell', salutation: 'Dear Householder' }), errors: [{ suggestion: 'Dear Miss Campbell' }] },
    { name: 'addressee=Mr and Mrs J Smith / salutation=Dear Customer/Resident/Occupier', text: letter({ addressee: 'Mr and Mrs J Smith', salutation: 'Dear Customer/Resident/Occupier' }), errors: [{ excerpt: 'Dear Customer/Resident/Occupier', suggestion: 'Dear Mr and Mrs Smith' }] },
    { name: 'addressee=Anita Patel / salutation=To whom it may concern', text: letter({ addressee: 'Anita Patel', salutation: 'To whom it may concern' }), errors: [{ excerpt: 'To whom it may concern', suggestion: 'Dear Anita Patel' }] },
    { name: 'addressee=Mrs A Smith Jones / salutation=Dear Sir or Madam', text: letter({ addressee: 'Mrs A Smith Jones', salutation: 'Dear Sir or Madam' }), errors: [{ suggestion: 'Dear Mrs Smith Jones' }] },
  ],
});
