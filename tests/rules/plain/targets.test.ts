import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import targets, { allowedSentences, DEFAULT_TARGETS, resolveTargets } from '../../../src/rules/plain/targets.js';
import type { Profile } from '../../../src/types.js';

const ACTIVE = targets.meta.examples.good[0]!;
const PASSIVE = targets.meta.examples.bad[0]!;

/** Ordinary short active sentences, to pad a letter past the 100 words a rate needs. */
const PLAIN = [
  'Thank you for your letter of 3 March about your bin collections.',
  'We collect your green bin every other Tuesday.',
  'Please put it out by 7am on the day.',
  'If we miss your bin, tell us within two working days and we will come back.',
  'You can tell us online or call our team on 01632 961 000.',
  'We are open Monday to Friday, from 9am to 5pm.',
  'We can send this letter in large print or another language.',
  'Just ask our team and we will arrange it for you.',
  'We are sorry that we missed your street last week.',
  'Our crew will now check your road at the end of each round.',
];

const LONG =
  'Because the crew that normally covers your street moved to another round at short notice last week, nobody emptied your bins on the usual day and nobody told you in advance, which should not have happened.';
const LONG_2 =
  'We have now spoken to the round supervisor, who has agreed to add your street to the checklist that the crew goes through before they return to the depot at the end of every working day.';

const letter = (...sentences: string[]) => `Dear Mrs Patel\n\n${sentences.join(' ')}\n\nYours sincerely\n\nSam Jones\nWaste Services Officer`;

runRuleTests(targets, {
  valid: [
    { name: 'a plain letter with no passive and no long sentence', text: letter(...PLAIN) },
    { name: 'one passive sentence in a letter of 11 sentences rounds up to the one allowed', text: letter(...PLAIN, 'Your complaint was passed to the round supervisor.') },
    { name: 'one long sentence in a letter of 11 sentences', text: letter(...PLAIN, LONG) },
    {
      name: 'too short for a rate to mean anything (under 100 words), however passive',
      text: letter('Your claim was received.', 'It was checked by our team.', 'A decision will be sent to you.', 'The form is enclosed.'),
    },
    { name: 'a higher passive target in the rule options', text: PASSIVE, options: { maxPassivePercent: 50 } },
    { name: 'a higher passive target in the profile', text: PASSIVE, profile: { targets: { maxPassivePercent: 50 } } },
    { name: 'a lower long-sentence threshold does not touch passive', text: letter(...PLAIN), profile: { targets: { longSentenceWords: 15 } } },
  ],
  invalid: [
    {
      name: 'three of ten sentences passive: once, on the first',
      text: PASSIVE,
      errors: [{ messageId: 'passive', message: '3 of 10 sentences are in the passive voice (30%; the target is at most 4%)', line: 3, column: 1, severity: 'warning' }],
    },
    {
      name: 'two long sentences of twelve',
      text: letter(...PLAIN, LONG, LONG_2),
      errors: [{ messageId: 'long', message: '2 of 12 sentences are over 25 words long (16.7%; the target is at most 5%)', excerpt: `${LONG.slice(0, 119)}…` }],
    },
    {
      name: 'both targets missed: one finding each',
      text: letter(...PLAIN, LONG, LONG_2, 'Your bin was missed.', 'The crew was moved.'),
      errors: [{ messageId: 'long' }, { messageId: 'passive' }],
    },
    {
      name: 'the rule options win over the profile',
      text: PASSIVE,
      options: { maxPassivePercent: 4 },
      profile: { targets: { maxPassivePercent: 50 } },
      errors: [{ messageId: 'passive' }],
    },
    {
      name: 'a target of 0% allows no passive sentence',
      text: letter(...PLAIN, 'Your complaint was passed to the round supervisor.'),
      profile: { targets: { maxPassivePercent: 0 } },
      errors: [{ messageId: 'passive', message: '1 of 11 sentences is in the passive voice (9.1%; the target is at most 0%)' }],
    },
    {
      name: 'a shorter long-sentence threshold from the profile',
      text: letter(...PLAIN),
      profile: { targets: { longSentenceWords: 12, maxLongSentencePercent: 5 } },
      errors: [{ messageId: 'long', message: 'sentences are over 12 words long' }],
    },
  ],
});

describe('plain/targets settings', () => {
  it('takes each target from the options, then the profile, then the defaults', () => {
    const profile: Profile = { targets: { maxPassivePercent: 10, minReadingEase: 50 } };
    expect(resolveTargets({ options: {}, profile: {} }, 'plain/targets')).toEqual(DEFAULT_TARGETS);
    expect(DEFAULT_TARGETS).toEqual({ minReadingEase: 60, maxReadingAge: 14, maxPassivePercent: 4, maxLongSentencePercent: 5, longSentenceWords: 25 });
    expect(resolveTargets({ options: { maxPassivePercent: 2 }, profile }, 'plain/targets')).toEqual({ ...DEFAULT_TARGETS, maxPassivePercent: 2, minReadingEase: 50 });
  });

  it('refuses a target of the wrong kind with a one-line message naming it', async () => {
    await expect(findingsOf(targets, PASSIVE, { options: { maxPassivePercent: 'four' } })).rejects.toThrow('plain/targets: option "maxPassivePercent" must be a number from 0 to 100');
    await expect(findingsOf(targets, PASSIVE, { profile: { targets: { longSentenceWords: 2.5 } } })).rejects.toThrow('targets: "longSentenceWords" must be a whole number above 0');
    await expect(findingsOf(targets, PASSIVE, { profile: { targets: { maxLongSentencePercent: 120 } } })).rejects.toThrow('must be a number from 0 to 100');
  });

  it('rounds a percentage of a short letter up to whole sentences', () => {
    expect(allowedSentences(20, 4)).toBe(1);
    expect(allowedSentences(25, 4)).toBe(1);
    expect(allowedSentences(26, 4)).toBe(2);
    expect(allowedSentences(20, 5)).toBe(1);
    expect(allowedSentences(20, 0)).toBe(0);
    expect(allowedSentences(100, 5)).toBe(5);
  });

  it('documents a good example that passes every target', async () => {
    expect(await findingsOf(targets, ACTIVE)).toEqual([]);
  });
});

describe('plain/targets on the shipped letters', () => {
  const folder = new URL('../../../fixtures/letters/', import.meta.url);
  const clean = readdirSync(folder).filter((name) => /-clean\.txt$/.test(name));

  it.each(clean)('%s meets every target', async (name) => {
    const report = await checkText(readFileSync(new URL(name, folder), 'utf8'), { only: ['plain/targets'], path: name });
    expect(report.files[0]!.findings.map((f) => f.message)).toEqual([]);
  });

  it('the wordy letter misses the passive target', async () => {
    const report = await checkText(readFileSync(new URL('noise-nuisance-wordy.txt', folder), 'utf8'), { only: ['plain/targets'] });
    expect(report.files[0]!.findings.map((f) => f.messageId)).toEqual(['passive']);
  });
});
