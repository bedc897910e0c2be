import rule from '../../../src/rules/courtesy/salutation-missing.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { letter } from './letters.js';

runRuleTests(rule, {
  valid: [
    { name: 'standard letter', text: letter() },
    { name: 'salutation=Dear Mrs Patel,', text: letter({ salutation: 'Dear Mrs Patel,' }) },
    { name: 'addressee=The Occupier / salutation=To whom it may concern / signoff=Yours faithfully', text: letter({ addressee: 'The Occupier', salutation: 'To whom it may concern', signoff: 'Yours faithfully' }) },
    {
      name: 'a leaflet is not a letter',
      text: 'Garden waste collections\n\nWe collect garden waste every two weeks from March to November. You can put grass and leaves in your brown bin.\n\nThe service costs £45 a year.',
    },
    {
      name: 'a leaflet with a contact address at the end',
      text: 'We collect garden waste every two weeks from March to November, on your usual bin day.\n\nEastbrook District Council\nCouncil Offices\nStation Road\nEastbrook\nEB1 4XY',
    },
    { name: 'a short note with no letter parts', text: 'Meeting moved to Thursday at 2pm in the Council Chamber.' },
  ],
  invalid: [
    {
      name: 'addressee block and sign-off, no salutation: points at the subject line',
      text: letter({ salutation: null }),
      errors: [{ messageId: 'missingNamed', message: 'This letter has no salutation: open it with “Dear Mrs Patel”.', line: 16, column: 1, excerpt: 'Your Council Tax bill', suggestion: 'Dear Mrs Patel', severity: 'error' }],
    },
    {
      name: 'no subject either: points at the first paragraph',
      text: letter({ salutation: null, subject: null, addressee: 'Mr and Mrs J Smith' }),
      errors: [{ line: 16, suggestion: 'Dear Mr and Mrs Smith', excerpt: 'Thank you for your letter of 3 March. We have changed your bill and a new one is on its way.' }],
    },
    {
      name: 'The Occupier: no name to suggest',
      text: letter({ salutation: null, addressee: 'The Occupier', signoff: 'Yours faithfully' }),
      errors: [{ messageId: 'missing', message: 'open it with “Dear” and the reader’s name' }],
    },
    {
      name: 'only a date and references above the body',
      text: 'Our ref: PL/25/0312\nYour ref: KL/1\n\n22 May 2025\n\nWe have approved your planning application. Your decision notice is with this letter.\n',
      errors: [{ messageId: 'missing', line: 6 }],
    },
    {
      name: 'body and sign-off only',
      text: 'We have approved your planning application. Your decision notice is with this letter.\n\nYours sincerely\n\n\nDaniel Carter\nPlanning Officer\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});
