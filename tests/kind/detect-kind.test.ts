import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkText, loadBytes, segmentLetter } from '../../src/index.js';
import { detectKind } from '../../src/kind/index.js';
import type { DocumentKind } from '../../src/types.js';

const KINDS_DIR = 'fixtures/kinds';

/** Each fixture's expected kind and a piece of the cue that must have decided it. */
const EXPECTED: Record<string, { kind: DocumentKind; cue: string }> = {
  'acknowledgement-clean.txt': { kind: 'acknowledgement', cue: 'full reply' },
  'acknowledgement-no-contact.txt': { kind: 'acknowledgement', cue: 'full reply' },
  'acknowledgement-no-details.txt': { kind: 'acknowledgement', cue: 'full reply' },
  'change-notice-clean.txt': { kind: 'change-notice', cue: 'We are changing the day' },
  'change-notice-missing-details.txt': { kind: 'change-notice', cue: 'We are closing the customer service centre' },
  'complaint-response-clean.txt': { kind: 'complaint-response', cue: 'looked into your complaint' },
  'complaint-response-no-escalation.txt': { kind: 'complaint-response', cue: 'investigated your complaint' },
  'leaflet-garden-waste.txt': { kind: 'leaflet', cue: 'headings' },
  'letter-ambiguous-date.txt': { kind: 'letter', cue: 'Dear Ms Lewis' },
  'letter-direct-debit.txt': { kind: 'letter', cue: 'Dear Mr Nowak' },
  'letter-no-timescale.txt': { kind: 'letter', cue: 'Dear Mrs Brown' },
  'letter-undated.txt': { kind: 'letter', cue: 'Dear Mr and Mrs Smith' },
  'letter-us-date.txt': { kind: 'letter', cue: 'Dear Dr Okafor' },
  'letter-with-timescale.txt': { kind: 'letter', cue: 'Dear Mr Evans' },
  'out-of-office-annual-leave.txt': { kind: 'out-of-office', cue: 'I am on annual leave' },
  'refusal-clean.txt': { kind: 'refusal', cue: 'We are unable to award you a Discretionary Housing Payment' },
  'refusal-no-options.txt': { kind: 'refusal', cue: 'We are unable to grant a pavement licence' },
  'refusal-no-reason.txt': { kind: 'refusal', cue: 'Your application has been refused' },
  'template-council-tax-reminder.txt': { kind: 'template', cue: '«Title»' },
  'visit-appointment-clean.txt': { kind: 'visit-appointment', cue: 'will visit you on Wednesday 25 March 2026 between 9am and 11am' },
  'visit-appointment-missing-details.txt': { kind: 'visit-appointment', cue: 'will visit the property next week' },
  'visit-appointment-no-password.txt': { kind: 'visit-appointment', cue: 'will visit you on Monday 16 March 2026 at 10am' },
};

describe('kind detection on the fixtures', () => {
  it('has an expectation for every fixture, and at least 20 of them', () => {
    const files = readdirSync(KINDS_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(EXPECTED))('%s is detected as its kind, with its cue', async (name, expected) => {
    const report = await check(join(KINDS_DIR, name), { only: ['correspondence/date'] });
    const file = report.files[0]!;
    expect(file.kind).toBe(expected.kind);
    expect(file.kindDetection?.cue).toContain(expected.cue);
    expect(file.kindDetection!.confidence).toBeGreaterThan(0);
    expect(file.kindDetection!.confidence).toBeLessThanOrEqual(1);
  });

  it('detects the shipped letters as what they are', async () => {
    const report = await check(['fixtures/letters/housing-repair-clean.txt', 'fixtures/letters/occupier-bin-day-clean.txt', 'fixtures/letters/complaint-sir-madam.txt', 'fixtures/letters/council-tax-clean.txt'], { only: ['correspondence/date'] });
    expect(report.files.map((f) => f.kind)).toEqual(['visit-appointment', 'change-notice', 'complaint-response', 'letter']);
  });
});

describe('kind detection from headers and paths', () => {
  const letter = 'Dear Mr Hughes\n\nThank you for your email about your bin.\n\nYours sincerely\n\nPriya Shah\n';

  async function kindOfEmail(headers: Record<string, string | undefined>, body = letter) {
    const document = await loadBytes('reply.txt', new TextEncoder().encode(body), 'txt');
    document.email = { to: [{ address: 'd.hughes@example.com' }], cc: [], bcc: [], attachments: [], bodySource: 'text', from: { address: 'priya.shah@eastbrook.gov.uk', name: 'Priya Shah' }, ...headers };
    return detectKind(document, segmentLetter(document));
  }

  it('an email with Auto-Submitted: auto-replied is an out-of-office, decided by that header', async () => {
    expect(await kindOfEmail({ autoSubmitted: 'auto-replied' })).toMatchObject({ kind: 'out-of-office', cue: 'Auto-Submitted: auto-replied' });
  });

  it('an email with X-Autoreply or an "Automatic reply" subject is an out-of-office', async () => {
    expect((await kindOfEmail({ xAutoreply: 'yes' })).kind).toBe('out-of-office');
    expect(await kindOfEmail({ subject: 'Automatic reply: bin collection' })).toMatchObject({ kind: 'out-of-office', cue: 'Subject: Automatic reply: bin collection' });
  });

  it('Auto-Submitted: no does not make an out-of-office; an ordinary email is an email', async () => {
    expect(await kindOfEmail({ autoSubmitted: 'no', subject: 'Your bin' })).toMatchObject({ kind: 'email', cue: 'From: Priya Shah <priya.shah@eastbrook.gov.uk>' });
  });

  it('an email whose content is a refusal is a refusal', async () => {
    const body = 'Dear Ms Clarke\n\nWe are unable to award you a Discretionary Housing Payment because your rent is fully covered.\n\nKind regards\n\nJames Okafor\n';
    expect((await kindOfEmail({ subject: 'Your application' }, body)).kind).toBe('refusal');
  });

  it('reads the headers of a real .eml through the email loader', async () => {
    const report = await check(['fixtures/emails/out-of-office-good.eml', 'fixtures/emails/out-of-office-bad.eml', 'fixtures/emails/reply-gmail-quoted.eml'], { only: ['correspondence/date'] });
    expect(report.files.map((f) => [f.kind, f.kindDetection?.cue])).toEqual([
      ['out-of-office', 'Auto-Submitted: auto-replied'],
      ['out-of-office', 'X-Autoreply: yes'],
      ['email', 'From: Sam Jones <sam.jones@eastbrook.gov.uk>'],
    ]);
  });

  it('a file under templates/ is a template whatever it says', async () => {
    const report = await checkText(letter, { path: 'letters/templates/bin-reply.txt', only: ['correspondence/date'] });
    expect(report.files[0]).toMatchObject({ kind: 'template', kindDetection: { cue: 'the file is under templates/' } });
  });

  it('one merge field does not make a letter a template', async () => {
    const report = await checkText('Dear «Title» Hughes\n\nThank you for your email about your bin.\n\nYours sincerely\n\nPriya Shah\n', { only: ['correspondence/date'] });
    expect(report.files[0]!.kind).toBe('letter');
  });

  it('a specific cue mentioned in passing does not outweigh an ordinary letter', async () => {
    // "your complaint" alone (weight 2) is not enough to call it a complaint response.
    const report = await checkText('Dear Mrs Patel\n\nThank you for your letter. I have passed your complaint about the library to the library manager.\n\nYours sincerely\n\nPriya Shah\n', { only: ['correspondence/date'] });
    expect(report.files[0]!.kind).toBe('letter');
  });
});

it('a complaint acknowledged but not yet answered is a holding reply, not a complaint response', async () => {
  const text = 'Dear Ms Adeyemi\n\nYour complaint\n\nThank you for your complaint about your missed bin collections, which we received on 3 March. I will send you a full response by 17 March.\n\nYours sincerely\n\nGrace Ellis\n';
  const report = await checkText(text, { only: ['correspondence/complaint-escalation'] });
  expect(report.files[0]!.kind).toBe('acknowledgement');
  expect(report.files[0]!.findings).toEqual([]);
});

describe('--kind override (CheckOptions.kind)', () => {
  it('replaces detection, with full confidence and the option as its cue', async () => {
    const report = await check('fixtures/kinds/letter-direct-debit.txt', { kind: 'visit-appointment', only: ['correspondence/visit-appointment'] });
    const file = report.files[0]!;
    expect(file.kind).toBe('visit-appointment');
    expect(file.kindDetection).toEqual({ confidence: 1, cue: '--kind visit-appointment' });
    // The rules follow the override: a direct debit letter has none of what a visit letter needs.
    expect(file.findings.map((f) => f.messageId)).toEqual(['noDateTime', 'noPurpose', 'noOfficer', 'noBadge', 'noPassword', 'noRearrange']);
  });

  it('turns a kind rule off when the override says the letter is another kind', async () => {
    const report = await check('fixtures/kinds/refusal-no-reason.txt', { kind: 'letter', only: ['correspondence/refusal-explained'] });
    expect(report.files[0]!.findings).toEqual([]);
  });
});
