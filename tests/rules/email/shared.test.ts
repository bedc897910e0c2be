import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { internalDomains } from '../../../src/rules/email/shared.js';
import type { Profile, RuleContext } from '../../../src/types.js';
import { SIGNATURE, email } from './eml-cases.js';

/** Just enough of a rule context for internalDomains(). */
function context(options: Record<string, unknown>, profile: Profile, from?: string): RuleContext {
  return {
    options,
    profile,
    document: { path: 'x.eml', format: 'eml', text: '', blocks: [], metadata: {}, ...(from ? { email: { from: { address: from }, to: [], cc: [], bcc: [], attachments: [], bodySource: 'text' } } : {}) },
  } as unknown as RuleContext;
}

describe('internalDomains', () => {
  const profile: Profile = { organisation: { emailDomains: ['Shepway.gov.uk', '@shepway-homes.org.uk'] } };

  it('takes the profile’s organisation.emailDomains, cleaned, over the sender’s domain', () => {
    expect(internalDomains(context({}, profile, 'sam@shepway.gov.uk'))).toEqual(['shepway.gov.uk', 'shepway-homes.org.uk']);
  });

  it('lets the rule’s internalDomains option win over the profile', () => {
    expect(internalDomains(context({ internalDomains: ['eastbrook.gov.uk'] }, profile, 'sam@shepway.gov.uk'))).toEqual(['eastbrook.gov.uk']);
    expect(internalDomains(context({ internalDomains: 'eastbrook.gov.uk' }, profile))).toEqual(['eastbrook.gov.uk']);
  });

  it('falls back to the sender’s domain, and to nothing for a letter', () => {
    expect(internalDomains(context({}, {}, 'Sam.Jones@Shepway.gov.uk'))).toEqual(['shepway.gov.uk']);
    expect(internalDomains(context({}, { organisation: { emailDomains: [] } }, 'sam@shepway.gov.uk'))).toEqual(['shepway.gov.uk']);
    expect(internalDomains(context({}, {}))).toEqual([]);
  });
});

describe('organisation.emailDomains through the privacy rules', () => {
  const body = `Dear Mrs Patel\n\nWe will repair your kitchen window on Tuesday 10 March.\n\n${SIGNATURE}`;
  // Sent from a shared mailbox on another domain: without the profile, the housing company looks external.
  const source = email({ from: 'repairs@shepway-homes.org.uk', to: 'a.patel@example.com', cc: 'officer@shepway.gov.uk', subject: 'Repair to your kitchen window' }, body);

  const exposure = async (profile?: Profile) => {
    const report = await checkText(source, { path: 'case.eml', format: 'eml', only: ['privacy/recipient-exposure'], ...(profile ? { profile } : {}) });
    return report.files[0]!.findings;
  };

  it('counts the organisation’s own domains as internal', async () => {
    expect(await exposure()).toHaveLength(1);
    expect(await exposure({ organisation: { emailDomains: ['shepway.gov.uk', 'shepway-homes.org.uk'] } })).toEqual([]);
  });
});
