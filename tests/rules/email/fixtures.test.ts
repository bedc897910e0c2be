import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, loadFile, segmentLetter } from '../../../src/index.js';
import type { Finding } from '../../../src/types.js';

const DIR = 'fixtures/emails/';
const OWN_RULES = ['email/out-of-office', 'email/signature', 'email/subject', 'privacy/recipient-exposure', 'privacy/protective-marking'];

/** For each fixture, which of the email and privacy rules fire (at warning or error); all others stay quiet. */
const EXPECTED: Record<string, string[]> = {
  'base64-body.eml': [],
  'external-recipients.eml': ['privacy/recipient-exposure'],
  'forward-only.eml': [],
  'html-only.eml': [],
  'multipart-alternative.eml': [],
  'official-sensitive-internal.eml': [],
  'official-sensitive-outside.eml': ['privacy/protective-marking'],
  'out-of-office-bad.eml': ['email/out-of-office', 'email/out-of-office'],
  'out-of-office-good.eml': [],
  're-only-subject.eml': ['email/signature', 'email/subject'],
  'reply-gmail-quoted.eml': [],
  'reply-outlook-from-sent.eml': ['email/signature'],
  'reply-outlook-original.eml': [],
  'signature-delimiter.eml': [],
  'signature-incomplete.eml': ['email/signature'],
  'vague-subject.eml': ['email/subject'],
};

async function checked(name: string): Promise<{ findings: Finding[]; quoted?: { start: number; end: number }; disclaimer?: { start: number; end: number } }> {
  const document = await loadFile(DIR + name);
  const parts = segmentLetter(document);
  return { findings: checkDocument(document).findings, quoted: parts.quoted, disclaimer: parts.disclaimer };
}

describe('email fixtures', () => {
  it('every fixture has an expectation', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.length === 0 ? 'none of the email and privacy rules fire' : expected.join(', ')}`, async () => {
      const { findings } = await checked(name);
      const own = findings.filter((f) => OWN_RULES.includes(f.ruleId) && f.severity !== 'info').map((f) => f.ruleId).sort();
      expect(own).toEqual([...expected].sort());
    });
  }

  it('has at least 4 clean emails', () => {
    expect(Object.values(EXPECTED).filter((rules) => rules.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  for (const name of ['base64-body.eml', 'forward-only.eml', 'html-only.eml', 'multipart-alternative.eml', 'official-sensitive-internal.eml', 'out-of-office-good.eml', 'reply-gmail-quoted.eml', 'reply-outlook-original.eml', 'signature-delimiter.eml']) {
    it(`${name} is standard-compliant: no rule of any category fires at warning or error`, async () => {
      const { findings } = await checked(name);
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
    });
  }

  it('no rule reports text in a quoted earlier message or a disclaimer', async () => {
    let quotedFixtures = 0;
    for (const name of Object.keys(EXPECTED)) {
      const { findings, quoted, disclaimer } = await checked(name);
      if (quoted) quotedFixtures++;
      for (const span of [quoted, disclaimer]) {
        if (!span) continue;
        const inside = findings.filter((f) => f.start! < span.end && f.end! > span.start);
        expect(inside.map((f) => `${name} ${f.ruleId}: ${f.excerpt}`)).toEqual([]);
      }
    }
    expect(quotedFixtures).toBeGreaterThanOrEqual(3);
  });

  it('a bare forward with no new text gives no finding from any rule', async () => {
    const { findings, quoted } = await checked('forward-only.eml');
    expect(quoted?.text).toContain('utilise');
    expect(findings.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });

  it('a quoted customer message with "utilise" and "Dear Sir/Madam" gives no finding from any rule', async () => {
    const { findings, quoted } = await checked('reply-gmail-quoted.eml');
    expect(quoted?.text).toContain('utilise');
    expect(quoted?.text).toContain('Dear Sir/Madam');
    expect(findings.filter((f) => /utilise|sir\/madam|in order to|at this moment|ASAP/i.test(f.excerpt))).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'courtesy/salutation-impersonal' || f.ruleId === 'plain/jargon')).toEqual([]);
  });
});
