import { describe, expect, it } from 'vitest';
import outOfOffice from '../../../src/rules/email/out-of-office.js';
import { findingsOf } from '../../helpers/rule-tester.js';
import { SIGNATURE, documentedExamples, email, emailFindings } from './eml-cases.js';

const AUTO = { subject: 'Automatic reply: Council Tax refund', extra: ['Auto-Submitted: auto-replied'] };

describe('email/out-of-office', () => {
  documentedExamples(outOfOffice);

  it('accepts a reply with the return date and a team to call', async () => {
    const body = 'Thank you for your email. I am on annual leave from 2 March and back on 9 March.\n\nFor anything urgent, please call the Housing Options team on 01632 960 200.\n\nRavi Kumar\nHousing Options Officer';
    expect(await emailFindings(email(AUTO, body), outOfOffice)).toEqual([]);
  });

  it('accepts a colleague’s email address as the alternative', async () => {
    const body = 'I am out of the office until Wednesday 11 March. My colleague Leah Carter can help meanwhile: leah.carter@eastbrook.gov.uk.';
    expect(await emailFindings(email(AUTO, body), outOfOffice)).toEqual([]);
  });

  it('reports a reply that gives neither, at the away wording', async () => {
    const body = 'Thank you for your message. I am currently out of the office with limited access to email and will respond on my return.';
    const findings = await emailFindings(email(AUTO, body), outOfOffice);
    expect(findings.map((f) => f.messageId)).toEqual(['noReturn', 'noAlternative']);
    expect(findings[0]!.excerpt).toBe('out of the office');
  });

  it('does not count the absent officer’s own number in the name block as the alternative', async () => {
    const body = 'I am on annual leave until Monday 9 March.\n\nSam Jones\nCouncil Tax Officer\nTel: 01632 960 418';
    const findings = await emailFindings(email({ subject: 'Out of office', extra: ['X-Autoreply: yes'] }, body), outOfOffice);
    expect(findings.map((f) => f.messageId)).toEqual(['noAlternative']);
  });

  it('knows an auto-reply by its wording in a short message without the headers', async () => {
    const findings = await emailFindings(email({ subject: 'Council Tax refund' }, 'I am on annual leave and will reply when I return.'), outOfOffice);
    expect(findings.map((f) => f.messageId)).toEqual(['noReturn', 'noAlternative']);
  });

  it('stays quiet on an ordinary reply that mentions leave', async () => {
    const body = `Dear Mrs Patel\n\nI am sorry for the delay: your case officer was on annual leave last week. We have now refunded £86.20 to your bank account, and it should reach you by Friday 6 March.\n\n${SIGNATURE}`;
    expect(await emailFindings(email({ subject: 'Your Council Tax refund' }, body), outOfOffice)).toEqual([]);
  });

  it('honours Auto-Submitted: no', async () => {
    const body = `Dear Mrs Patel\n\nThe office is closed on Friday 6 March. We will call you on Monday 9 March.\n\n${SIGNATURE}`;
    expect(await emailFindings(email({ subject: 'Office closure', extra: ['Auto-Submitted: no'] }, body), outOfOffice)).toEqual([]);
  });

  it('stays quiet on letters', async () => {
    expect(await findingsOf(outOfOffice, 'I am out of the office with limited access to email.')).toEqual([]);
  });
});
