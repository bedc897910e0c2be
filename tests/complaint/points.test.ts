import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractPoints, loadComplaint, termsOf, unansweredPoints } from '../../src/complaint/index.js';
import { LoadError } from '../../src/load/errors.js';

const fixture = (name: string): string => `fixtures/complaints/${name}`;

const CASES = [
  {
    complaint: 'bin-complaint.eml',
    reply: 'bin',
    points: [
      'Why was my bin not collected on 3 March?',
      'This is the third time this year.',
      'I rang your contact centre on Tuesday afternoon and nobody called me back.',
      'I want the bin emptied this week.',
    ],
    missedByPartial: ['I rang your contact centre on Tuesday afternoon and nobody called me back.'],
  },
  {
    complaint: 'parking-complaint.txt',
    reply: 'parking',
    points: [
      'I was charged twice for the same penalty charge notice, once by card on 10 February and again by direct debit on 17 February.',
      'I want a refund of the £35 fee that was taken the second time.',
      'When I phoned to ask about this, the officer I spoke to was rude and hung up on me.',
      'Why did my appeal take seven weeks to decide?',
      'Can you confirm the penalty charge notice is now closed?',
    ],
    missedByPartial: [
      'When I phoned to ask about this, the officer I spoke to was rude and hung up on me.',
      'Why did my appeal take seven weeks to decide?',
    ],
  },
  {
    complaint: 'repair-complaint.md',
    reply: 'repair',
    points: [
      'The damp in the back bedroom has still not been fixed, although it was reported in November.',
      'Your contractor left plaster and rubbish all over the hall carpet.',
      'The appointment on 12 February was cancelled without anyone telling me, so I took a day off work for nothing.',
      'Who is going to pay for the carpet to be cleaned?',
      'I would like an apology from the contractor.',
    ],
    missedByPartial: [
      'The appointment on 12 February was cancelled without anyone telling me, so I took a day off work for nothing.',
      'Who is going to pay for the carpet to be cleaned?',
      'I would like an apology from the contractor.',
    ],
  },
];

describe('extracting the points of a complaint', () => {
  for (const c of CASES) {
    it(`finds the questions, demands and grievances of ${c.complaint}, and no greeting, background or quoted text`, async () => {
      const { points } = await loadComplaint(fixture(c.complaint));
      expect(points.map((p) => p.text)).toEqual(c.points);
    });
  }

  it('keeps amounts, dates and numbers as terms, and folds plurals, -ed and synonyms', () => {
    expect(termsOf('I want a refund of the £35 fee')).toEqual(['refund', '£35', 'fee']);
    expect(termsOf('Why was my bin not collected on 3 March?')).toEqual(['bin', '3', 'march']);
    expect(termsOf('Nobody phoned me back about the bins')).toEqual(['nobody', 'call', 'back', 'bin']);
  });

  it('skips greetings, sign-offs, pleasantries and background', () => {
    const text = 'Dear Sir\n\nI hope you are well. I have lived at 5 Mill Lane for ten years.\n\nThank you for your help.\n\nKind regards';
    expect(extractPoints(text)).toEqual([]);
  });

  it('trims a long point to a short label', () => {
    const [point] = extractPoints(`Why ${'has the council still not repaired the broken street light outside number 40 '.repeat(3)}?`);
    expect(point!.label.length).toBeLessThanOrEqual(100);
    expect(point!.label.endsWith('…')).toBe(true);
  });

  it('throws a LoadError for a complaint file that does not exist', async () => {
    await expect(loadComplaint(fixture('no-such-complaint.eml'))).rejects.toBeInstanceOf(LoadError);
  });
});

describe('matching a reply against the points', () => {
  for (const c of CASES) {
    it(`the full reply to ${c.complaint} answers every point`, async () => {
      const { points } = await loadComplaint(fixture(c.complaint));
      const reply = await readFile(fixture(`${c.reply}-reply-full.txt`), 'utf8');
      expect(unansweredPoints(points, reply).map((p) => p.text)).toEqual([]);
    });

    it(`the partial reply to ${c.complaint} misses exactly the points it leaves out`, async () => {
      const { points } = await loadComplaint(fixture(c.complaint));
      const reply = await readFile(fixture(`${c.reply}-reply-partial.txt`), 'utf8');
      expect(unansweredPoints(points, reply).map((p) => p.text)).toEqual(c.missedByPartial);
    });
  }

  it('does not count a reply that only says sorry about something else', () => {
    const points = extractPoints('I would like an apology from the contractor.');
    expect(unansweredPoints(points, 'I am sorry the contractor was late.')).toHaveLength(1);
    expect(unansweredPoints(points, 'The contractor has written to apologise to you.')).toHaveLength(0);
  });
});

describe('what is not a point', () => {
  it('leaves out polite requests for a reply and praise of past service', () => {
    const text = [
      'I have always found your staff helpful in the past.',
      'Please reply as soon as you can.',
      'I would be grateful for your help.',
      'Why has the streetlight outside 40 Mill Lane been off since January?',
    ].join(' ');
    expect(extractPoints(text).map((p) => p.text)).toEqual(['Why has the streetlight outside 40 Mill Lane been off since January?']);
  });
});

describe('the cache key', () => {
  it('changes with the complaint a reply answers', async () => {
    const { configKey } = await import('../../src/ci/cache.js');
    const bin = await loadComplaint(fixture('bin-complaint.eml'));
    const parking = await loadComplaint(fixture('parking-complaint.txt'));
    expect(configKey({ replyTo: bin })).not.toBe(configKey({ replyTo: parking }));
    expect(configKey({ replyTo: bin })).not.toBe(configKey({}));
  });
});
