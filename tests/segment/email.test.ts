import { describe, expect, it } from 'vitest';
import { loadBytes, segmentLetter } from '../../src/index.js';
import { findQuoteStart } from '../../src/segment/email.js';

const HEAD = 'From: "Sam Jones" <sam.jones@eastbrook.gov.uk>\nTo: anita.patel@example.com\nSubject: Your Council Tax refund\n\n';
const SIGNATURE = 'Kind regards\n\nSam Jones\nCouncil Tax Officer\nEastbrook District Council\nTel: 01632 960 418';
const OWN = `Dear Mrs Patel\n\nWe have refunded £86.20 to your bank account today.\n\n${SIGNATURE}`;

async function partsOf(body: string) {
  const document = await loadBytes('case.eml', new TextEncoder().encode(HEAD + body));
  return { document, parts: segmentLetter(document) };
}

describe('segmentEmail', () => {
  const quotes: Record<string, string> = {
    'Gmail attribution': 'On Mon, 2 Mar 2026 at 18:40, Anita Patel <anita.patel@example.com> wrote:\n> Dear Sir/Madam\n> Where is my refund?',
    'Gmail attribution wrapped over two lines': 'On Mon, 2 Mar 2026 at 18:40, Anita Patel <anita.patel@example.com>\nwrote:\n\n> Where is my refund?',
    'Outlook original message': '-----Original Message-----\nFrom: Anita Patel\nSent: 02 March 2026 18:40\nSubject: Refund\n\nWhere is my refund?',
    'Outlook From/Sent/To/Subject block': 'From: Anita Patel <anita.patel@example.com>\nSent: Monday, March 2, 2026 6:40 PM\nTo: Council Tax <counciltax@eastbrook.gov.uk>\nSubject: Refund\n\nWhere is my refund?',
    'Outlook rule then header block': '________________________________\nFrom: Anita Patel <anita.patel@example.com>\nSent: Monday, March 2, 2026 6:40 PM\nTo: Council Tax\nSubject: Refund\n\nWhere is my refund?',
    'bare ">" lines': '> Where is my refund?\n> Anita',
    'forwarded message': '---------- Forwarded message ---------\nFrom: Anita Patel <anita.patel@example.com>\nDate: Mon, 2 Mar 2026\n\nWhere is my refund?',
  };
  for (const [name, quote] of Object.entries(quotes)) {
    it(`finds the quoted message: ${name}, and the body, sign-off and signature end before it`, async () => {
      const { document, parts } = await partsOf(`${OWN}\n\n${quote}`);
      expect(parts.quoted?.text).toBe(quote);
      expect(parts.quoted?.type).toBe('quoted');
      expect(parts.salutation?.text).toBe('Dear Mrs Patel');
      expect(parts.body?.text).toBe('We have refunded £86.20 to your bank account today.');
      expect(parts.signoff?.text).toBe('Kind regards');
      expect(parts.signature?.name).toBe('Sam Jones');
      for (const segment of parts.segments.filter((s) => s.type !== 'quoted')) expect(segment.end).toBeLessThanOrEqual(parts.quoted!.start);
      expect(document.text.slice(parts.quoted!.start, parts.quoted!.end)).toBe(quote);
    });
  }

  it('does not take a "From:" line of the officer’s own text for a quoted message', () => {
    expect(findQuoteStart('From: 1 April the charge is £45.\n\nWe will write again.')).toBeUndefined();
    expect(findQuoteStart('Dear Mr Okafor\n\nOn Monday our crew will call. They wrote to you last week.')).toBeUndefined();
  });

  it('finds a legal disclaimer after the signature, before the quoted message', async () => {
    const disclaimer = 'This email and any files transmitted with it are confidential and intended solely for the addressee.';
    const { parts } = await partsOf(`${OWN}\n\n${disclaimer}\n\n-----Original Message-----\nFrom: Anita Patel\nSent: 2 March 2026\n\nHello`);
    expect(parts.disclaimer?.text).toBe(disclaimer);
    expect(parts.signature?.text).toBe('Sam Jones\nCouncil Tax Officer\nEastbrook District Council\nTel: 01632 960 418');
    expect(parts.segments.map((s) => s.type)).toEqual(['salutation', 'body', 'signoff', 'signature', 'disclaimer', 'quoted']);
  });

  it('finds "The information in this e-mail is confidential" run on after the signature lines', async () => {
    const { parts } = await partsOf(`${OWN}\nThe information in this e-mail is confidential and may be legally privileged.`);
    expect(parts.disclaimer?.text).toBe('The information in this e-mail is confidential and may be legally privileged.');
    expect(parts.signature?.text).not.toContain('confidential');
  });

  it('does not take a first paragraph about confidentiality for a disclaimer', async () => {
    const { parts } = await partsOf('This email is confidential because it is about your benefit claim.\n\nWe have approved it from 2 March.\n\nKind regards\n\nSam Jones');
    expect(parts.disclaimer).toBeUndefined();
  });

  it('reads "Hello Mrs Green," and "Hi Sam" as salutations, and a "-- " signature', async () => {
    const { parts } = await partsOf('Hello Mrs Green,\n\nWe will collect your sofa on Saturday 7 March.\n\n-- \nBen Walsh\nWaste Services Coordinator\nTel: 01632 960 350');
    expect(parts.salutation).toMatchObject({ text: 'Hello Mrs Green,', name: 'Mrs Green', title: 'Mrs', surname: 'Green', impersonal: false });
    expect(parts.body?.text).toBe('We will collect your sofa on Saturday 7 March.');
    expect(parts.signature).toMatchObject({ name: 'Ben Walsh', jobTitle: 'Waste Services Coordinator' });
    const hi = await partsOf('Hi Sam\n\nThe tenancy file is on the shared drive.\n\nThanks\nLeah Carter');
    expect(hi.parts.salutation).toMatchObject({ name: 'Sam', forename: 'Sam' });
    expect(hi.parts.signoff?.text).toBe('Thanks');
    expect(hi.parts.body?.text).toBe('The tenancy file is on the shared drive.');
  });

  it('treats "Hi all" as an impersonal greeting', async () => {
    const { parts } = await partsOf('Hi all\n\nThe office closes at 3pm on Friday 6 March.');
    expect(parts.salutation?.impersonal).toBe(true);
  });

  it('an email of new text only is all body', async () => {
    const { parts } = await partsOf('The office closes at 3pm on Friday 6 March.');
    expect(parts.quoted).toBeUndefined();
    expect(parts.body?.text).toBe('The office closes at 3pm on Friday 6 March.');
  });
});
