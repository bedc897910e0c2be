/** A profile given to the library is held to the config file's schema, with the same one-line errors. */
import { describe, expect, it } from 'vitest';
import { checkText, ConfigError } from '../../src/index.js';
import type { Profile } from '../../src/types.js';

const LETTER = 'Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n';

async function errorOf(profile: unknown): Promise<string> {
  const error = await checkText(LETTER, { profile: profile as Profile }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe('checkText and check with a profile', () => {
  it('refuses what a config file would refuse, naming the key', async () => {
    expect(await errorOf({ organisation: { emailDomains: 'eastbrook.gov.uk' } })).toBe('profile: organisation.emailDomains: expected a list, got "eastbrook.gov.uk"');
    expect(await errorOf({ organization: {} })).toBe('profile: organization: unknown key (did you mean "organisation"?)');
    expect(await errorOf({ timescales: { default: -3 } })).toBe('profile: timescales.default: expected more than 0, got -3');
    // Refused before any letter is read, whether or not a letter has a number in it.
    expect(await errorOf({ organisation: { phonePatterns: ['(unclosed'] } })).toBe('profile: organisation.phonePatterns[0]: not a valid regular expression (Unterminated group): "(unclosed"');
  });

  it('accepts a valid profile and uses it', async () => {
    const report = await checkText('Dear Mrs Patel\n\nThank you for being a customer.\n\nYours sincerely\n\nSam Jones\nCouncil Tax Officer\n', { profile: { vocabulary: { reject: { customer: ['resident'] } } } });
    expect(report.files[0]!.findings.map((f) => f.ruleId)).toContain('plain/vocabulary');
  });

  it('names text given as an email by its format', async () => {
    const email = 'From: Sam Jones <sam@eastbrook.gov.uk>\nTo: jaya@example.com\nSubject: Your bin\n\nHello,\n\nYour bin comes on Friday.\n';
    expect((await checkText(email, { format: 'eml' })).files[0]!.path).toBe('stdin.eml');
  });
});
