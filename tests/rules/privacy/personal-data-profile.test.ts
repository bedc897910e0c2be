import { describe, expect, it } from 'vitest';
import personalData from '../../../src/rules/privacy/personal-data.js';
import type { Profile } from '../../../src/types.js';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';

const letter = (body: string) => `Dear Mr Khan\n\n${body}\n\nYours sincerely\n\nPriya Shah\nRevenues Officer\n`;

const profile: Profile = {
  organisation: {
    name: 'Shepway District Council',
    aliases: ['SDC'],
    phonePatterns: ['\\+44 300 123 \\d{4}'],
    addressPatterns: ['Business Reply Licence [\\d ]+'],
  },
};

// Written in the international format, the council's number has the shape of a valid NHS number.
const PHONE = 'From abroad, call us on +44 300 123 0002.';
const ADDRESS = 'Send the form to Business Reply Licence 401 234 5672, Folkestone.';
const PAY_US = 'Please pay Shepway District Council by bank transfer: sort code 20-30-40, account number 41926817.';
const PAY_US_ALIAS = 'Account name: SDC. Sort code 20-30-40, account number 41926817.';
const REFUND = 'Shepway District Council will pay the refund into your account, sort code 40-11-62, account number 31926819.';

runRuleTests(personalData, {
  valid: [
    { name: 'the organisation’s own phone number', text: letter(PHONE), profile },
    { name: 'an address of the organisation', text: letter(ADDRESS), profile },
    { name: 'the organisation’s bank account, to pay it', text: letter(PAY_US), profile },
    { name: 'the organisation’s bank account, by an alias', text: letter(PAY_US_ALIAS), profile },
  ],
  invalid: [
    { name: 'the phone number without the profile', text: letter(PHONE), errors: [{ message: 'an NHS number' }] },
    { name: 'the address without the profile', text: letter(ADDRESS), errors: [{ message: 'an NHS number' }] },
    { name: 'paying the organisation, without its name in the profile', text: letter(PAY_US), errors: [{ message: 'a sort code and account number' }] },
    { name: 'the reader’s own account, even next to the organisation’s name', text: letter(REFUND), profile, errors: [{ message: 'a sort code and account number' }] },
    {
      name: 'personal data beside the organisation’s details is still found',
      text: letter(`${PHONE} We have your NHS number as 401 234 5680.`),
      profile,
      errors: [{ message: 'an NHS number', excerpt: '••• ••• ••••' }],
    },
    {
      name: 'the organisation’s name alone spares nothing but its bank account',
      text: letter('Shepway District Council has your National Insurance number as JT 65 43 21 B.'),
      profile,
      errors: [{ message: 'a National Insurance number' }],
    },
  ],
});

describe('privacy/personal-data and a malformed profile', () => {
  it('says which pattern is broken', async () => {
    await expect(findingsOf(personalData, letter(PHONE), { profile: { organisation: { phonePatterns: ['+44 (300'] } } })).rejects.toThrow(
      'privacy/personal-data: organisation.phonePatterns "+44 (300" is not a valid regular expression',
    );
  });
});
