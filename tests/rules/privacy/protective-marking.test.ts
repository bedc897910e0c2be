import { describe, expect, it } from 'vitest';
import protectiveMarking from '../../../src/rules/privacy/protective-marking.js';
import { findingsOf } from '../../helpers/rule-tester.js';
import { SIGNATURE, documentedExamples, email, emailFindings } from '../email/eml-cases.js';

const BODY = `Dear colleague\n\nHere is our referral for the tenant at 7 Brook Court. She has agreed to it.\n\n${SIGNATURE}`;

describe('privacy/protective-marking', () => {
  documentedExamples(protectiveMarking);

  for (const subject of ['OFFICIAL-SENSITIVE: referral', 'Official Sensitive – referral', 'PROTECT - PERSONAL: referral']) {
    it(`reports "${subject}" sent to an outside address, as an error`, async () => {
      const findings = await emailFindings(email({ subject, to: 'duty.team@example-trust.org.uk' }, BODY), protectiveMarking);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toContain('duty.team@example-trust.org.uk');
    });
  }

  it('reports a marking in the body, at the marking, and counts Bcc', async () => {
    const source = email({ subject: 'Referral for 7 Brook Court', to: 'safeguarding@eastbrook.gov.uk', bcc: 'j.okafor@gmail.com' }, `OFFICIAL-SENSITIVE\n\n${BODY}`);
    const findings = await emailFindings(source, protectiveMarking);
    expect(findings.map((f) => [f.excerpt, f.line])).toEqual([['OFFICIAL-SENSITIVE', 1]]);
  });

  it('accepts the marking sent only inside the organisation', async () => {
    const source = email({ subject: 'OFFICIAL-SENSITIVE: referral', to: 'safeguarding@eastbrook.gov.uk', cc: 'needs@housing.eastbrook.gov.uk' }, BODY);
    expect(await emailFindings(source, protectiveMarking)).toEqual([]);
  });

  it('accepts partner domains named in internalDomains', async () => {
    const source = email({ subject: 'OFFICIAL-SENSITIVE: referral', to: 'duty.team@example-trust.org.uk' }, BODY);
    expect(await emailFindings(source, protectiveMarking, { internalDomains: ['eastbrook.gov.uk', 'example-trust.org.uk'] })).toEqual([]);
  });

  it('does not read "protect" in ordinary prose, or a marking in the quoted message', async () => {
    const body = `Dear Mr Okafor\n\nWe will protect your details. We MUST PROTECT THE CREW FROM INJURY. Your bin will be emptied on Thursday.\n\n${SIGNATURE}\n\nOn Mon, 2 Mar 2026 at 18:40, Duty Team <duty@eastbrook.gov.uk> wrote:\n> OFFICIAL-SENSITIVE\n> Please reply to the customer.`;
    const findings = await emailFindings(email({ subject: 'Your bin collection', to: 'j.okafor@example.net' }, body), protectiveMarking);
    expect(findings).toEqual([]);
  });

  it('reads a PROTECT marking line in the body', async () => {
    const source = email({ subject: 'Referral for 7 Brook Court', to: 'duty.team@example-trust.org.uk' }, `PROTECT – PERSONAL\n\n${BODY}`);
    expect((await emailFindings(source, protectiveMarking)).map((f) => f.excerpt)).toEqual(['PROTECT – PERSONAL']);
  });

  it('stays quiet on letters', async () => {
    expect(await findingsOf(protectiveMarking, 'OFFICIAL-SENSITIVE\n\nDear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely')).toEqual([]);
  });
});
