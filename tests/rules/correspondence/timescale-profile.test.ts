import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import timescale from '../../../src/rules/correspondence/timescale.js';
import type { DocumentKind, Profile } from '../../../src/types.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

const TIMESCALES = { 'complaint-response': 10, acknowledgement: 3, planning: 15, 'council-tax': 5, default: 10 };
const profile: Profile = { timescales: TIMESCALES };
const letter = (body: string, subject = 'Your garden waste collection', refs = '') =>
  `${refs}Dear Mrs Brown\n\n${subject}\n\n${body}\n\nYours sincerely\n\nPriya Shah\nCustomer Services Officer\n`;

// Promises of a reply longer than the organisation's timescale (`timescales` in its config).
runRuleTests(timescale, {
  valid: [
    { name: 'nothing configured: any timescale goes', text: letter('We will reply within 30 working days.') },
    { name: 'within the default', text: letter('We will reply within 10 working days.'), profile },
    { name: 'a date, not a length of time, is not compared', text: letter('We will write to you by 30 June.'), profile },
    { name: 'a service with a longer timescale named in the subject', text: letter('We will write to you within 15 working days.', 'Planning application 25/0312 at 7 Church Lane'), profile },
    { name: 'the service named in a reference line', text: letter('We will write to you within 15 working days.', 'Your rear extension at 7 Church Lane', 'Our ref: PL/25/0312\nDealt with by: Planning Services\n\n'), profile },
    { name: 'calendar days are scaled down, never over-counted', text: letter('We will contact you within 14 days.'), profile },
    { name: 'a statutory period for a decision is not a reply timescale', text: letter('We will decide your application within 8 weeks.', 'Planning application 25/0312'), profile },
    { name: 'a conditional promise is left alone', text: letter('If we need a site visit, we will reply within 20 working days.'), profile },
    { name: 'so is one whose condition follows the time', text: letter('We will reply within 20 working days if we need to check with your bank.'), profile },
    { name: 'a service is matched as whole words only', text: letter('We will reply within 12 working days.', 'Your replanning request'), profile: { timescales: { planning: 15 } } },
    { name: 'with no default and no matching service or kind, nothing applies', text: letter('We will reply within 30 working days.'), profile: { timescales: { planning: 15 } } },
  ],
  invalid: [
    {
      name: 'longer than the default',
      text: letter('We will reply within 20 working days.'),
      profile,
      errors: [{ messageId: 'tooLong', message: '“within 20 working days” is longer than our timescale for replies, which is 10 working days', excerpt: 'within 20 working days', line: 5, column: 15 }],
    },
    { name: 'weeks count as five working days', text: letter('You will receive a full response within three weeks.'), profile, errors: [{ messageId: 'tooLong', message: 'our timescale for replies, which is 10 working days' }] },
    { name: 'a month counts as twenty working days', text: letter('We aim to respond within a month.'), profile, errors: [{ excerpt: 'within a month' }] },
    {
      name: 'a service with a shorter timescale named in the subject (hyphen as a space)',
      text: letter('We will write to you within 10 working days.', 'Your Council Tax bill for 2026'),
      profile,
      errors: [{ message: 'our timescale for council tax, which is 5 working days' }],
    },
    { name: 'the planning timescale', text: letter('We will write to you within 20 working days.', 'Planning application 25/0312'), profile, errors: [{ message: 'for planning, which is 15 working days' }] },
  ],
});

describe('correspondence/timescale by document kind', () => {
  const findings = async (text: string, kind: DocumentKind, withProfile: Profile = profile) =>
    (await checkText(text, { kind, only: ['correspondence/timescale'], profile: withProfile })).files[0]!.findings;

  it('holds a complaint response to the complaint-response timescale (the example of the issue)', async () => {
    const [finding] = await findings(letter('We will write to you again within 20 working days.', 'Your complaint about missed collections'), 'complaint-response');
    expect(finding!.message).toBe(
      '“within 20 working days” is longer than our timescale for complaint responses, which is 10 working days: promise a reply within 10 working days, or explain why it will take longer.',
    );
  });

  it('takes the longest of the kind’s and a named service’s timescales, never the stricter guess', async () => {
    const text = letter('We will write to you again within 15 working days.', 'Your complaint about a planning decision');
    expect(await findings(text, 'complaint-response')).toEqual([]);
    expect(await findings(letter('We will write to you again within 16 working days.', 'Your complaint about a planning decision'), 'complaint-response')).toHaveLength(1);
  });

  it('leaves an acknowledgement’s promised full reply to correspondence/acknowledgement', async () => {
    expect(await findings(letter('I will send you a full reply within 30 working days.', 'Your complaint'), 'acknowledgement')).toEqual([]);
  });

  it('refuses a timescale that is not a number of working days', async () => {
    // The library holds a profile to the config schema before the rule sees it.
    await expect(findings(letter('We will reply within 5 working days.'), 'letter', { timescales: { planning: 'fifteen' as unknown as number } })).rejects.toThrow(/^profile: timescales\.planning: expected a number/);
  });
});
