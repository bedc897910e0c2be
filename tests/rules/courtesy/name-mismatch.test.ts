import rule from '../../../src/rules/courtesy/name-mismatch.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { letter } from './letters.js';

const pair = (addressee: string, salutation: string) => ({ name: `${addressee} ↔ ${salutation}`, text: letter({ addressee, salutation }) });

runRuleTests(rule, {
  valid: [
    pair('Mrs A Patel', 'Dear Mrs Patel'),
    pair('Mrs A Patel', 'Dear Mrs. Patel,'),
    pair('Mrs Anita Patel', 'Dear Mrs Patel'),
    pair('MRS A PATEL', 'Dear Mrs Patel'),
    pair('Mr John Smith', 'Dear Mr Smith'),
    pair('Mr John Smith', 'Dear John'),
    pair('Mr J Smith', 'Dear John'),
    pair('Mr Jonathan Smith', 'Dear Jon'),
    pair('Mr and Mrs J Smith', 'Dear Mr and Mrs Smith'),
    pair('Mr & Mrs J Smith', 'Dear Mr and Mrs Smith'),
    pair('Mr and Mrs J Smith', 'Dear Mrs Smith'),
    pair('Ms J Smith-Jones', 'Dear Ms Smith-Jones'),
    pair('Ms J Smith Jones', 'Dear Ms Smith-Jones'),
    pair('Mrs A Smith-Jones', 'Dear Mrs Jones'),
    pair('Dr K Okafor', 'Dear Dr Okafor'),
    pair('Dr K Okafor', 'Dear Mr Okafor'),
    pair('Cllr P Brown', 'Dear Councillor Brown'),
    pair('Cllr P Brown', 'Dear Cllr Brown'),
    pair("Mr P O'Brien", 'Dear Mr O’Brien'),
    pair('Mr P OBrien', "Dear Mr O'Brien"),
    pair('Anita Patel', 'Dear Mrs Patel'),
    pair('Mr Jan van der Berg', 'Dear Mr van der Berg'),
    pair('Cllr P Brown MBE', 'Dear Cllr Brown'),
    { name: 'The Occupier', text: letter({ addressee: 'The Occupier', salutation: 'Dear Mr Patel' }) },
    { name: 'impersonal salutation is another rule’s', text: letter({ salutation: 'Dear Sir or Madam' }) },
    { name: 'no addressee block', text: letter({ addressee: null, salutation: 'Dear Mr Shah' }) },
  ],
  invalid: [
    {
      name: 'surname left over from another letter',
      text: letter({ salutation: 'Dear Mrs Shah' }),
      errors: [{ messageId: 'surname', message: '“Dear Mrs Shah” does not match the name in the address, “Mrs A Patel”: write “Dear Mrs Patel”.', line: 16, column: 6, excerpt: 'Mrs Shah', suggestion: 'Dear Mrs Patel', severity: 'error' }],
    },
    {
      name: 'Mr for Mrs',
      text: letter({ salutation: 'Dear Mr Patel' }),
      errors: [{ messageId: 'title', message: '“Dear Mr Patel” uses a different title from the address, “Mrs A Patel”: write “Dear Mrs Patel”.', excerpt: 'Mr Patel' }],
    },
    { name: 'addressee=Mr T Okonkwo / salutation=Dear Mrs Okonkwo', text: letter({ addressee: 'Mr T Okonkwo', salutation: 'Dear Mrs Okonkwo' }), errors: [{ messageId: 'title', suggestion: 'Dear Mr Okonkwo' }] },
    { name: 'addressee=Miss R Campbell / salutation=Dear Mrs Campbell,', text: letter({ addressee: 'Miss R Campbell', salutation: 'Dear Mrs Campbell,' }), errors: [{ messageId: 'title', excerpt: 'Mrs Campbell' }] },
    { name: 'addressee=Ms J Smith-Jones / salutation=Dear Ms Smith', text: letter({ addressee: 'Ms J Smith-Jones', salutation: 'Dear Ms Smith' }), errors: [{ messageId: 'surname', suggestion: 'Dear Ms Smith-Jones' }] },
    { name: 'addressee=Mr and Mrs J Smith / salutation=Dear Mr and Mrs Smyth', text: letter({ addressee: 'Mr and Mrs J Smith', salutation: 'Dear Mr and Mrs Smyth' }), errors: [{ messageId: 'surname', suggestion: 'Dear Mr and Mrs Smith' }] },
    { name: 'addressee=Dr K Okafor / salutation=Dear Dr Okoro', text: letter({ addressee: 'Dr K Okafor', salutation: 'Dear Dr Okoro' }), errors: [{ messageId: 'surname', suggestion: 'Dear Dr Okafor' }] },
    { name: 'addressee=Mr John Smith / salutation=Dear Peter', text: letter({ addressee: 'Mr John Smith', salutation: 'Dear Peter' }), errors: [{ messageId: 'forename', excerpt: 'Peter' }] },
    { name: 'addressee=Mr J Smith / salutation=Dear Peter', text: letter({ addressee: 'Mr J Smith', salutation: 'Dear Peter' }), errors: [{ messageId: 'forename' }] },
  ],
});
