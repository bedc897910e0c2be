import { describe, expect, it } from 'vitest';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import readability from '../../../src/rules/plain/readability.js';

const HARD_LETTER = readability.meta.examples.bad[0]!;
const PLAIN_LETTER = readability.meta.examples.good[0]!;

runRuleTests(readability, {
  valid: [
    { name: 'too short to score: no finding', text: 'Notwithstanding the aforementioned considerations, eligibility determination necessitates verification.' },
    'Your application was rejected by the panel.',
    'We have approved your application for a Discretionary Housing Payment.',
    'Our environmental health officer inspected the premises and found several hygiene problems.',
    'If you disagree with our decision, you can ask the Local Government and Social Care Ombudsman to investigate.',
    'The licensing committee considered your application for a house in multiple occupation licence.',
    PLAIN_LETTER,
  ],
  invalid: [
    {
      name: 'a hard letter: once for the document, and its very hard sentences',
      text: HARD_LETTER,
      errors: [
        { messageId: 'document', message: 'The letter is hard to read: reading ease', line: 3, column: 1 },
        { messageId: 'sentence', line: 3, column: 1 },
        { messageId: 'sentence' },
        { messageId: 'sentence' },
        { messageId: 'sentence' },
        { messageId: 'sentence' },
      ],
    },
    {
      name: 'one very hard sentence in a short letter',
      text: 'The determination of eligibility necessitates comprehensive verification of documentation evidencing entitlement.',
      errors: [{ messageId: 'sentence', severity: 'warning', message: 'very hard to read' }],
    },
  ],
});

describe('plain/readability figures and options', () => {
  it('quotes the measured reading ease and reading age', async () => {
    const [document] = await findingsOf(readability, HARD_LETTER);
    expect(document!.message).toMatch(/reading ease -?\d+ \(aim for 60 or more\) and a reading age of \d+ years \(aim for 14 or below\)/);
  });

  it('a lower target reading age flags a letter that passes the default', async () => {
    expect(await findingsOf(readability, PLAIN_LETTER)).toEqual([]);
    const findings = await findingsOf(readability, PLAIN_LETTER, { options: { maxReadingAge: 7, minReadingEase: 50 } });
    expect(findings.map((f) => f.messageId)).toEqual(['document']);
    expect(findings[0]!.message).toContain('aim for 7 or below');
    // The reading ease passes 50, so the message names only the reading age.
    expect(findings[0]!.message).not.toContain('reading ease');
  });

  it('reads the organisation profile’s targets, as plain/targets does', async () => {
    const findings = await findingsOf(readability, PLAIN_LETTER, { profile: { targets: { maxReadingAge: 7 } } });
    expect(findings.map((f) => f.messageId)).toEqual(['document']);
    expect(findings[0]!.message).toContain('aim for 7 or below');
    // A lenient profile lets the hard letter's document figure pass; its very hard sentences are still reported.
    const lenient = await findingsOf(readability, HARD_LETTER, { profile: { targets: { maxReadingAge: 30, minReadingEase: -100 } } });
    expect(lenient.map((f) => f.messageId)).not.toContain('document');
  });

  it('its own options win over the profile', async () => {
    const findings = await findingsOf(readability, PLAIN_LETTER, { options: { maxReadingAge: 30 }, profile: { targets: { maxReadingAge: 7 } } });
    expect(findings).toEqual([]);
  });

  it('refuses a target that is not a number, naming where it came from', async () => {
    await expect(findingsOf(readability, PLAIN_LETTER, { options: { maxReadingAge: 'nine' } })).rejects.toThrow('plain/readability: option "maxReadingAge" must be a number');
    await expect(findingsOf(readability, PLAIN_LETTER, { profile: { targets: { minReadingEase: '60' as unknown as number } } })).rejects.toThrow('targets: "minReadingEase" must be a number');
  });
});
