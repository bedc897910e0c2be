import { describe, expect, it } from 'vitest';
import spelling from '../../../src/rules/plain/spelling.js';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';

const letter = (body: string) => `Dear Mrs Patel\n\n${body}\n\nYours sincerely\n\nPriya Shah\nWaste Officer\n`;
const profile = { vocabulary: { accept: ['ecobox', 'ecoboxes', 'Shepwaycard-Plus', 'greenway scheme'] } };

// The organisation's accepted words (vocabulary.accept in the config) are spelt right.
runRuleTests(spelling, {
  valid: [
    { name: 'an accepted word', text: letter('Please put your ecobox out by 7am.'), profile },
    { name: 'in capitals at the start of a sentence too', text: letter('Ecoboxes go out on Tuesdays.'), profile },
    { name: 'each part of an accepted hyphenated word', text: letter('Bring your shepwaycard to the tip.'), profile },
    { name: 'each word of an accepted phrase', text: letter('The greenway route is open.'), profile },
    { name: 'with the accept option as well', text: letter('Please put your ecobox out. Your estovers are due.'), profile, options: { accept: ['estovers'] } },
  ],
  invalid: [
    { name: 'the word is not accepted without the profile', text: letter('Please put your ecobox out by 7am.'), errors: [{ excerpt: 'ecobox' }] },
    { name: 'the unaccepted words, without the profile', text: letter('Ecoboxes go out on Tuesdays. The greenway route is open. Bring your shepwaycard.'), errors: [{ excerpt: 'Ecoboxes' }, { excerpt: 'greenway' }, { excerpt: 'shepwaycard' }] },
    { name: 'other words are still checked', text: letter('Please put your ecobox out by 7am. We have recieved your form.'), profile, errors: [{ excerpt: 'recieved', suggestion: 'received' }] },
    { name: 'an empty profile accepts nothing new', text: letter('Please put your ecobox out by 7am.'), profile: {}, errors: [{ excerpt: 'ecobox' }] },
  ],
});

describe('plain/spelling and a malformed profile', () => {
  it('refuses a vocabulary.accept that is not a list of words', async () => {
    await expect(findingsOf(spelling, letter('Thank you.'), { profile: { vocabulary: { accept: 'ecobox' as unknown as string[] } } })).rejects.toThrow(
      'plain/spelling: vocabulary.accept in the profile must be a list of words',
    );
  });
});
