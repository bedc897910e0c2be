import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import type { Profile } from '../../../src/types.js';

const profile: Profile = { timescales: { 'complaint-response': 10, acknowledgement: 3, planning: 15, default: 10 } };
const letter = (subject: string, body: string) =>
  `Dear Ms Adeyemi\n\n${subject}\n\n${body} If you need to talk to me before then, please call me on 01632 960 402.\n\nYours sincerely\n\nGrace Ellis\nComplaints Officer\n`;

async function tooLong(text: string, withProfile: Profile = profile): Promise<string[]> {
  const report = await checkText(text, { kind: 'acknowledgement', only: ['correspondence/acknowledgement'], profile: withProfile });
  return report.files[0]!.findings.filter((f) => f.messageId === 'tooLong').map((f) => f.message);
}

describe('correspondence/acknowledgement and the organisation’s timescales', () => {
  const FIRST = 'Thank you for your complaint about your missed bin collections, which we received on 3 March.';

  it('flags a promised full reply later than the complaint timescale', async () => {
    expect(await tooLong(letter('Your complaint', `${FIRST} I will send you a full response within 20 working days.`))).toEqual([
      'The full reply “within 20 working days” is later than our timescale for complaint responses, which is 10 working days: promise it sooner, or say why it will take longer.',
    ]);
  });

  it('is quiet within the timescale, and with nothing configured', async () => {
    expect(await tooLong(letter('Your complaint', `${FIRST} I will send you a full response within 10 working days.`))).toEqual([]);
    expect(await tooLong(letter('Your complaint', `${FIRST} I will send you a full response within 20 working days.`), {})).toEqual([]);
  });

  it('never holds the full reply to the acknowledgement’s own timescale', async () => {
    const enquiry = 'Thank you for your letter about your garden waste permit, which we received on 3 March.';
    expect(await tooLong(letter('Your garden waste permit', `${enquiry} I will send you a full reply within 5 working days.`))).toEqual([]);
    expect(await tooLong(letter('Your garden waste permit', `${enquiry} I will send you a full reply within 12 working days.`))).toEqual([
      'The full reply “within 12 working days” is later than our timescale for replies, which is 10 working days: promise it sooner, or say why it will take longer.',
    ]);
  });

  it('uses a service named in the subject', async () => {
    const text = letter('Planning application 25/0312', 'Thank you for your letter about the application, which we received on 3 March. I will send you a full reply within 15 working days.');
    expect(await tooLong(text)).toEqual([]);
  });

  it('accepts a later reply once the letter says why it is delayed', async () => {
    const holding = 'I am sorry that we have not yet been able to give you a full reply. We have spoken to the crew. It is taking longer because the contractor has not yet sent us the vehicle records. I will send you a full response within 20 working days.';
    expect(await tooLong(letter('Your complaint', holding))).toEqual([]);
  });
});
