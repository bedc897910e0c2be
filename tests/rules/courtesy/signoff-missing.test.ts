import rule from '../../../src/rules/courtesy/signoff-missing.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { letter } from './letters.js';

runRuleTests(rule, {
  valid: [
    { name: 'standard letter', text: letter() },
    { name: 'signoff=Kind regards', text: letter({ signoff: 'Kind regards' }) },
    { name: 'signoff=Yours Sincerely', text: letter({ signoff: 'Yours Sincerely' }) },
    { name: 'addressee=The Occupier / salutation=Dear Sir or Madam / signoff=Yours faithfully,', text: letter({ addressee: 'The Occupier', salutation: 'Dear Sir or Madam', signoff: 'Yours faithfully,' }) },
    { name: 'a thank-you close followed by the name', text: 'Dear Anita\n\nThe hall is booked for Saturday 5 July.\n\nThank you\n\nSam Jones\nBookings Officer\n' },
    { name: 'no salutation: not this rule’s business', text: letter({ salutation: null, signoff: null }) },
    {
      name: 'an informal email opening "Hello …" that ends on its signature',
      format: 'eml',
      text: 'From: Sam Jones <sam.jones@eastbrook.gov.uk>\nTo: Jaya Patel <jaya@example.com>\nSubject: Your bin\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\nHello Mrs Patel,\n\nYour new bin will come on Friday.\n\n-- \nSam Jones\nWaste Officer\nEastbrook District Council\n01632 960 610\n',
    },
    { name: 'a leaflet', text: 'We collect garden waste every two weeks from March to November.\n\nThe service costs £45 a year.' },
  ],
  invalid: [
    {
      name: 'a letter that stops after its last paragraph',
      text: letter({ signoff: null }),
      errors: [{ messageId: 'missing', message: 'The letter opens “Dear Mrs Patel” but has no sign-off: end it with “Yours sincerely”, then your name and job title.', line: 20, column: 1, suggestion: 'Yours sincerely', severity: 'error' }],
    },
    {
      name: 'name and job title typed with no closing phrase',
      text: 'Dear Mrs Patel\n\nThank you for your letter about your bin.\n\nSam Jones\nWaste Services Officer\n',
      errors: [{ line: 6, excerpt: 'Waste Services Officer', suggestion: 'Yours sincerely' }],
    },
    {
      name: 'Sir or Madam needs faithfully',
      text: letter({ addressee: 'The Occupier', salutation: 'Dear Sir or Madam', signoff: null }),
      errors: [{ message: 'end it with “Yours faithfully”', suggestion: 'Yours faithfully' }],
    },
    {
      name: 'a closing "Thank you." sentence is not a sign-off',
      text: 'Dear Mr Hughes\n\nOur joiner will visit on Tuesday 8 April.\n\nThank you.\n',
      errors: [{ line: 5, excerpt: 'Thank you.' }],
    },
  ],
});
