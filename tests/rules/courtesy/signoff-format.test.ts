import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/courtesy/signoff-format.js';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import { letter } from './letters.js';

const occupier = { addressee: 'The Occupier', salutation: 'Dear Sir or Madam' };

runRuleTests(rule, {
  valid: [
    { name: 'standard letter', text: letter() },
    { name: 'signoff=Yours sincerely,', text: letter({ signoff: 'Yours sincerely,' }) },
    { name: 'The Occupier, Dear Sir or Madam / signoff=Yours faithfully', text: letter({ ...occupier, signoff: 'Yours faithfully' }) },
    { name: 'signoff=Kind regards', text: letter({ signoff: 'Kind regards' }) },
    { name: 'signoff=Best wishes,', text: letter({ signoff: 'Best wishes,' }) },
    { name: 'signoff=Many thanks', text: letter({ signoff: 'Many thanks' }) },
    { name: 'the wrong close for the greeting is signoff-mismatch’s finding', text: letter({ signoff: 'Yours Faithfully' }) },
    { name: 'no sign-off', text: letter({ signoff: null }) },
  ],
  invalid: [
    {
      text: letter({ signoff: 'Yours Sincerely' }),
      errors: [{ messageId: 'capitals', message: '“Yours Sincerely” has the wrong capitals: write “Yours sincerely”.', line: 22, column: 1, excerpt: 'Yours Sincerely', suggestion: 'Yours sincerely', severity: 'warning' }],
    },
    { name: 'The Occupier, Dear Sir or Madam / signoff=Yours Faithfully,', text: letter({ ...occupier, signoff: 'Yours Faithfully,' }), errors: [{ messageId: 'capitals', excerpt: 'Yours Faithfully', suggestion: 'Yours faithfully' }] },
    { name: 'signoff=yours sincerely', text: letter({ signoff: 'yours sincerely' }), errors: [{ messageId: 'capitals', suggestion: 'Yours sincerely' }] },
    { name: 'signoff=YOURS SINCERELY', text: letter({ signoff: 'YOURS SINCERELY' }), errors: [{ messageId: 'capitals', suggestion: 'Yours sincerely' }] },
    { name: 'The Occupier, Dear Sir or Madam / signoff=Your\'s faithfully', text: letter({ ...occupier, signoff: "Your's faithfully" }), errors: [{ messageId: 'spelling', message: '“Your\'s faithfully” is misspelt: write “Yours faithfully”.' }] },
    { name: 'The Occupier, Dear Sir or Madam / signoff=Your’s faithfully,', text: letter({ ...occupier, signoff: 'Your’s faithfully,' }), errors: [{ messageId: 'spelling', excerpt: 'Your’s faithfully', suggestion: 'Yours faithfully' }] },
    { name: 'signoff=Yours sincerly', text: letter({ signoff: 'Yours sincerly' }), errors: [{ messageId: 'spelling', suggestion: 'Yours sincerely' }] },
    { name: 'signoff=Yours sincerley', text: letter({ signoff: 'Yours sincerley' }), errors: [{ messageId: 'spelling', suggestion: 'Yours sincerely' }] },
    { name: 'The Occupier, Dear Sir or Madam / signoff=Yours faithfuly', text: letter({ ...occupier, signoff: 'Yours faithfuly' }), errors: [{ messageId: 'spelling', suggestion: 'Yours faithfully' }] },
    { name: 'signoff=Sincerely yours', text: letter({ signoff: 'Sincerely yours' }), errors: [{ messageId: 'american', message: '“Sincerely yours” is the American form: write “Yours sincerely”.' }] },
    { name: 'signoff=Sincerely,', text: letter({ signoff: 'Sincerely,' }), errors: [{ messageId: 'american', excerpt: 'Sincerely', suggestion: 'Yours sincerely' }] },
    { name: 'The Occupier, Dear Sir or Madam / signoff=Yours truly', text: letter({ ...occupier, signoff: 'Yours truly' }), errors: [{ messageId: 'american', suggestion: 'Yours faithfully' }] },
    { name: 'signoff=Yours truly,', text: letter({ signoff: 'Yours truly,' }), errors: [{ messageId: 'american', suggestion: 'Yours sincerely' }] },
  ],
});

describe('courtesy/signoff-format fix', () => {
  it('rewrites the phrase and keeps the comma', async () => {
    const text = letter({ ...occupier, signoff: 'Your’s faithfully,' });
    const [finding] = await findingsOf(rule, text);
    const fixed = text.slice(0, finding!.fix!.start) + finding!.fix!.text + text.slice(finding!.fix!.end);
    expect(fixed).toBe(letter({ ...occupier, signoff: 'Yours faithfully,' }));
  });
});
