/** Inline control comments in an email's body, plain or HTML, work as in a text file. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';

const HEADERS = 'From: "Sam Jones" <sam.jones@eastbrook.gov.uk>\nTo: "Mrs J Patel" <j.patel@example.com>\nSubject: Your housing application\nDate: Tue, 03 Mar 2026 10:14:22 +0000\nMIME-Version: 1.0\n';
const SIGNATURE = 'Kind regards\n\nSam Jones\nHousing Officer\nEastbrook District Council\nTel: 01632 960 610\n';

const jargon = async (email: string) => (await checkText(email, { format: 'eml' })).files[0]!.findings.filter((f) => f.ruleId === 'plain/jargon' || f.ruleId === 'template/inline-control' || f.ruleId === 'courtesy/shouting');

describe('inline control in an email', () => {
  it('obeys a control in a plain-text body and leaves the comment out of the checked text', async () => {
    const body = 'Dear Mrs Patel\n\n<!-- cc-check-disable-next-line plain/jargon -- the scheme’s name -->\nWe will utilise the choice based lettings scheme.\nWe will utilise your form.\n\n';
    const findings = await jargon(`${HEADERS}Content-Type: text/plain; charset=utf-8\n\n${body}${SIGNATURE}`);
    // Only the second "utilise" is reported; the comment's "!--" is not shouting.
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['plain/jargon', 5]]);
  });

  it('obeys a control kept from an HTML body, where the next line is the next paragraph', async () => {
    const html = '<html><body><p>Dear Mrs Patel</p>\n<!-- cc-check-disable-next-line plain/jargon -->\n<p>We will utilise the choice based lettings scheme.</p>\n<p>We will utilise your form.</p>\n<p>Kind regards</p><p>Sam Jones<br>Housing Officer<br>Eastbrook District Council</p></body></html>\n';
    const findings = await jargon(`${HEADERS}Content-Type: text/html; charset=utf-8\n\n${html}`);
    expect(findings.map((f) => f.excerpt)).toEqual(['utilise']);
    expect(findings[0]!.line).toBeGreaterThan(3);
  });

  it('reports a control naming a rule it does not know', async () => {
    const body = 'Dear Mrs Patel\n\n<!-- cc-check-disable-next-line plain/jargn -->\nWe will utilise it.\n\n';
    const findings = await jargon(`${HEADERS}Content-Type: text/plain; charset=utf-8\n\n${body}${SIGNATURE}`);
    expect(findings.map((f) => f.ruleId)).toEqual(['template/inline-control', 'plain/jargon']);
  });
});
