import { describe, expect, it } from 'vitest';
import recipientExposure from '../../../src/rules/privacy/recipient-exposure.js';
import { findingsOf } from '../../helpers/rule-tester.js';
import { SIGNATURE, documentedExamples, email, emailFindings } from '../email/eml-cases.js';

const BODY = `Dear residents\n\nThe residents' parking scheme for Mill Lane starts on Wednesday 1 April.\n\n${SIGNATURE}`;
const SUBJECT = "Mill Lane residents' parking scheme";

describe('privacy/recipient-exposure', () => {
  documentedExamples(recipientExposure);

  it('reports external recipients from different organisations who can see each other', async () => {
    const findings = await emailFindings(email({ subject: SUBJECT, to: 'a.patel@example.com', cc: 'advice@citizens-advice.example.org' }, BODY), recipientExposure);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('2 external recipients can see each other’s addresses (a.patel@example.com, advice@citizens-advice.example.org): put them in Bcc, or send separate emails.');
    expect(findings[0]!.standard).toBe('Wirral §6, Confidentiality');
  });

  it('reports more than two external addresses on one domain', async () => {
    const to = 'a.patel@gmail.com, j.okafor@gmail.com, m.brown@gmail.com';
    expect((await emailFindings(email({ subject: SUBJECT, to }, BODY), recipientExposure)).map((f) => f.messageId)).toEqual(['exposed']);
  });

  it('accepts two people at one outside address domain, such as a couple', async () => {
    expect(await emailFindings(email({ subject: SUBJECT, to: 'anita.patel@example.com, raj.patel@example.com' }, BODY), recipientExposure)).toEqual([]);
  });

  it('accepts one customer with colleagues in Cc, subdomains included, and outside people in Bcc', async () => {
    const source = email({ subject: SUBJECT, to: 'a.patel@example.com', cc: 'highways@eastbrook.gov.uk, parking@services.eastbrook.gov.uk', bcc: 'j.okafor@example.net, m.brown@example.org' }, BODY);
    expect(await emailFindings(source, recipientExposure)).toEqual([]);
  });

  it('uses the internalDomains option and the maxExternal option', async () => {
    const source = email({ from: 'ravi.kumar@eastbrook.gov.uk', subject: SUBJECT, to: 'a.patel@example.com', cc: 'lead@eastbrook-homes.org.uk' }, BODY);
    expect(await emailFindings(source, recipientExposure)).toHaveLength(1);
    expect(await emailFindings(source, recipientExposure, { internalDomains: ['eastbrook.gov.uk', 'eastbrook-homes.org.uk'] })).toEqual([]);
    const many = email({ subject: SUBJECT, to: 'a@gmail.com, b@gmail.com, c@gmail.com' }, BODY);
    expect(await emailFindings(many, recipientExposure, { maxExternal: 5 })).toEqual([]);
  });

  it('stays quiet on letters', async () => {
    expect(await findingsOf(recipientExposure, 'Dear Mrs Patel\n\nCopy to: Mr J Okafor, Mill Lane Residents Association\n\nYours sincerely')).toEqual([]);
  });
});
