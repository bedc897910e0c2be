import { describe, expect, it } from 'vitest';
import { applyFixes, fixesOf } from '../../../src/fix/apply.js';
import vocabulary, { EXAMPLE_VOCABULARY } from '../../../src/rules/plain/vocabulary.js';
import type { Profile } from '../../../src/types.js';
import { findingsOf, type InvalidCase, type ValidCase } from '../../helpers/rule-tester.js';

const letter = (body: string) => `Dear Mr Hughes\n\n${body}\n\nYours sincerely\n\nPriya Shah\nWaste Officer\n`;
const profile: Profile = { vocabulary: { reject: { customer: ['resident'], dustmen: ['waste crew', 'collection crew'], 'going forward': ['from now on'], 'service user': [], utilise: ['use'], 'refuse collection': ['bin collection'] } } };
const summary = (findings: Array<{ message: string; excerpt: string }>) => findings.map((f) => `${f.message} [${f.excerpt}]`);

// The rule reads its words from the profile, so every case carries one (rule-tester's runRuleTests would run the examples without it).
const valid: ValidCase[] = [
  { name: 'no profile: quiet', text: letter('Thank you for being a customer.') },
  { name: 'a profile without a reject list: quiet', text: letter('Thank you for being a customer.'), profile: { vocabulary: { accept: ['customer'] } } },
  { name: 'an empty reject list: quiet', text: letter('Thank you for being a customer.'), profile: { vocabulary: { reject: {} } } },
  { name: 'the preferred word', text: letter('Thank you for being a resident.'), profile },
  { name: 'part of a longer word', text: letter('We will customerise the form.'), profile },
  { name: 'a capitalised name mid-sentence', text: letter('Please call Customer Services on 01303 853000.'), profile },
  { name: 'a capitalised name at the start of a sentence', text: letter('Customer Services will call you on Monday.'), profile },
  { name: 'the address and signature are not prose', text: 'Customer Relations\nCivic Centre\n\nDear Mr Hughes\n\nThank you.\n\nYours sincerely\n\nPriya Shah\nCustomer Officer\n', profile },
  { name: 'a built-in list already gives the same advice', text: letter('We will utilise the fund going forward.'), profile },
];

const invalid: InvalidCase[] = [
  {
    name: 'a rejected word, with its replacement',
    text: letter('Thank you for being a customer.'),
    profile,
    errors: [{ messageId: 'replace', message: 'Write “resident” instead of “customer”: our house style avoids “customer”.', suggestion: 'resident', line: 3, column: 23 }],
  },
  { name: 'a capital at the start of a sentence is kept', text: letter('Customer feedback helps us.'), profile, errors: [{ suggestion: 'Resident', excerpt: 'Customer' }] },
  { name: 'capitals stay capitals', text: letter('CUSTOMER feedback helps us.'), profile, errors: [{ suggestion: 'RESIDENT', excerpt: 'CUSTOMER' }] },
  { name: 'a phrase across a line break', text: letter('Your refuse\ncollection is on Tuesday.'), profile, errors: [{ suggestion: 'bin collection' }] },
  { name: 'several replacements are all named', text: letter('The dustmen will call on Tuesday.'), profile, errors: [{ message: 'Write “waste crew” or “collection crew” instead of “dustmen”: our house style avoids “dustmen”.', suggestion: 'waste crew' }] },
  { name: 'a word with no replacement', text: letter('Every service user gets a letter.'), profile, errors: [{ messageId: 'avoid', message: 'Our house style avoids “service user”: reword this.' }] },
  { name: 'the subject line too', text: 'Dear Mr Hughes\n\nRe: Your refuse collection\n\nIt will be on Tuesday.\n\nYours sincerely\n', profile, errors: [{ line: 3 }] },
  {
    name: 'the organisation’s advice differs from the built-in list’s: both are shown',
    text: letter('We will utilise the fund.'),
    profile: { vocabulary: { reject: { utilise: ['spend'] } } },
    errors: [{ suggestion: 'spend' }],
  },
  { name: 'the documented bad example, with the reject list it assumes', text: vocabulary.meta.examples.bad[0]!, profile: { vocabulary: EXAMPLE_VOCABULARY }, errors: [{ excerpt: 'refuse collection' }, { excerpt: 'customer' }] },
];

describe('plain/vocabulary', () => {
  describe('valid', () => {
    for (const c of valid) it(c.name!, async () => expect(summary(await findingsOf(vocabulary, c.text, c))).toEqual([]));
    for (const good of vocabulary.meta.examples.good) {
      it('documented good example, with the reject list it assumes', async () => expect(await findingsOf(vocabulary, good, { profile: { vocabulary: EXAMPLE_VOCABULARY } })).toEqual([]));
    }
  });

  describe('invalid', () => {
    for (const c of invalid) {
      it(c.name!, async () => {
        const findings = await findingsOf(vocabulary, c.text, c);
        expect(findings.length, summary(findings).join('\n')).toBe(c.errors.length);
        c.errors.forEach((expected, i) => expect(findings[i]).toMatchObject(expected));
      });
    }
  });

  it('fixes a word with one replacement, and leaves a choice to the writer', async () => {
    const text = letter('Customer feedback helps the dustmen. Thank you, customer.');
    const findings = await findingsOf(vocabulary, text, { profile });
    expect(findings).toHaveLength(3);
    expect(applyFixes(text, fixesOf(findings))).toBe(letter('Resident feedback helps the dustmen. Thank you, resident.'));
  });

  it('offers no fix when the replacement is itself rejected', async () => {
    const [finding] = await findingsOf(vocabulary, letter('Thank you, client.'), { profile: { vocabulary: { reject: { client: ['customer'], customer: ['resident'] } } } });
    expect(finding).toMatchObject({ suggestion: 'customer' });
    expect(finding!.fix).toBeUndefined();
  });

  it('refuses a reject list that is not a map of words to replacements', async () => {
    const bad = { vocabulary: { reject: ['customer'] as unknown as Record<string, string[]> } };
    await expect(findingsOf(vocabulary, letter('Thank you.'), { profile: bad })).rejects.toThrow('plain/vocabulary: vocabulary.reject in the profile must map each word to a list of replacements');
  });
});
