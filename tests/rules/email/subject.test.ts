import { describe, expect, it } from 'vitest';
import subject from '../../../src/rules/email/subject.js';
import { findingsOf } from '../../helpers/rule-tester.js';
import { SIGNATURE, documentedExamples, email, emailFindings } from './eml-cases.js';

const BODY = `Dear Mrs Patel\n\nWe have refunded £86.20 to your bank account today.\n\n${SIGNATURE}`;

describe('email/subject', () => {
  documentedExamples(subject);

  for (const vague of ['Query', 'Enquiry', 'Update', 'Hello', 'FW:', 'RE:', 'Re: Re:', '(no subject)', 'RE: Your enquiry', 'Fwd: Query']) {
    it(`reports the subject "${vague}"`, async () => {
      const findings = await emailFindings(email({ subject: vague }, BODY), subject);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain(`“${vague}”`);
      expect(findings[0]!.severity).toBe('warning');
    });
  }

  it('reports a missing or blank subject', async () => {
    for (const source of [email({}, BODY), email({ subject: '   ' }, BODY)]) {
      const findings = await emailFindings(source, subject);
      expect(findings.map((f) => f.messageId)).toEqual(['missing']);
    }
  });

  for (const good of [
    'Council Tax refund for 12 Mill Lane',
    'RE: Missed bin collection at 4 Station Road',
    'FW: Planning application 26/0143/FUL – site notice',
    'Update on your housing register application',
    'Your enquiry about garden waste permits',
  ]) {
    it(`accepts "${good}"`, async () => {
      expect(await emailFindings(email({ subject: good }, BODY), subject)).toEqual([]);
    });
  }

  it('leaves auto-replies alone: their subject repeats the sender’s', async () => {
    const source = email({ subject: 'Automatic reply: Query', extra: ['Auto-Submitted: auto-replied'] }, 'I am on annual leave until Monday 9 March. Please call the Council Tax team on 01632 960 400.');
    expect(await emailFindings(source, subject)).toEqual([]);
  });

  it('stays quiet on letters, which have no subject header', async () => {
    expect(await findingsOf(subject, 'Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely')).toEqual([]);
  });
});
