import { describe, expect, it } from 'vitest';
import signature from '../../../src/rules/email/signature.js';
import { findingsOf } from '../../helpers/rule-tester.js';
import { SIGNATURE, documentedExamples, email, emailFindings } from './eml-cases.js';

const OPENING = 'Dear Mrs Patel\n\nWe have refunded £86.20 to your bank account today. It should reach you within three working days.\n\n';
const SUBJECT = { subject: 'Your Council Tax refund' };

describe('email/signature', () => {
  documentedExamples(signature);

  it('accepts a full signature after the sign-off', async () => {
    expect(await emailFindings(email(SUBJECT, OPENING + SIGNATURE), signature)).toEqual([]);
  });

  it('accepts a "-- " signature, the name with the title on one line, and a mobile number', async () => {
    const body = `${OPENING}Kind regards\n\n-- \nSam Jones | Revenues Team Leader\nEastbrook District Council\nMobile: 07700 900 418`;
    expect(await emailFindings(email(SUBJECT, body), signature)).toEqual([]);
  });

  it('reports what is missing, in one finding on the sign-off', async () => {
    const findings = await emailFindings(email(SUBJECT, `${OPENING}Kind regards\n\nSam Jones\nCouncil Tax Officer`), signature);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('The signature lacks the organisation and a phone number: give your name, job title, organisation and a phone number.');
    expect(findings[0]!.excerpt).toBe('Kind regards');
    expect(findings[0]!.line).toBe(5);
  });

  it('does not take "Council Tax" in a job title for the organisation', async () => {
    const findings = await emailFindings(email(SUBJECT, `${OPENING}Best wishes\n\nSam Jones\nCouncil Tax Officer\nTel: 01632 960 418`), signature);
    expect(findings.map((f) => f.message)).toEqual(['The signature lacks the organisation: give your name, job title, organisation and a phone number.']);
  });

  it('reports an email that just stops', async () => {
    const findings = await emailFindings(email(SUBJECT, 'Dear Mrs Patel\n\nWe have refunded £86.20 to your bank account today.'), signature);
    expect(findings.map((f) => f.messageId)).toEqual(['missing']);
  });

  it('reads only the officer’s signature, not one in the quoted message', async () => {
    const body = `${OPENING}Kind regards\n\nSam\n\nOn Mon, 2 Mar 2026 at 18:40, Anita Patel <anita.patel@example.com> wrote:\n> Thanks\n> Anita Patel\n> Retired Housing Officer\n> Eastbrook Housing Association\n> 01632 960 111`;
    const findings = await emailFindings(email(SUBJECT, body), signature);
    expect(findings.map((f) => f.message)).toEqual(['The signature lacks a job title, the organisation and a phone number: give your name, job title, organisation and a phone number.']);
  });

  it('leaves auto-replies to email/out-of-office', async () => {
    const source = email({ subject: 'Out of office', extra: ['X-Autoreply: yes'] }, 'I am out of the office until Monday 9 March. Please call 01632 960 400.\n\nSam');
    expect(await emailFindings(source, signature)).toEqual([]);
  });

  it('stays quiet on letters', async () => {
    expect(await findingsOf(signature, 'Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\nSam')).toEqual([]);
  });
});
