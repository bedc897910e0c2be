import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import type { Finding, Rule } from '../../../src/types.js';

export interface EmailHeadersInput {
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  extra?: string[];
}

/** A minimal RFC 5322 message with LF line endings, as a mail client would save it. */
export function email(headers: EmailHeadersInput, body: string): string {
  const lines = [`From: ${headers.from ?? '"Sam Jones" <sam.jones@eastbrook.gov.uk>'}`, `To: ${headers.to ?? 'anita.patel@example.com'}`];
  if (headers.cc) lines.push(`Cc: ${headers.cc}`);
  if (headers.bcc) lines.push(`Bcc: ${headers.bcc}`);
  if (headers.subject !== undefined) lines.push(`Subject: ${headers.subject}`);
  lines.push('Date: Tue, 03 Mar 2026 10:14:22 +0000', ...(headers.extra ?? []), 'Content-Type: text/plain; charset=utf-8', '', body);
  return lines.join('\n');
}

export const SIGNATURE = 'Kind regards\n\nSam Jones\nCouncil Tax Officer\nEastbrook District Council\nTel: 01632 960 418';

/** Runs one rule (or all, with `only` empty) on an email through the real .eml loader. */
export async function emailFindings(source: string, rule?: Rule, options?: Record<string, unknown>): Promise<Finding[]> {
  const report = await checkText(source, {
    path: 'case.eml',
    format: 'eml',
    ...(rule ? { only: [rule.meta.id] } : {}),
    ...(rule && options ? { rules: { [rule.meta.id]: { options } } } : {}),
  });
  const file = report.files[0]!;
  if (file.error) throw new Error(`case could not be read: ${file.error.message}`);
  return file.findings;
}

/** The rule's documented examples, run as emails: `cc-check explain` never shows an example that lies. */
export function documentedExamples(rule: Rule): void {
  describe(`${rule.meta.id} documented examples`, () => {
    for (const good of rule.meta.examples.good) {
      it(`good: ${good.replace(/\s+/g, ' ').slice(0, 60)}`, async () => {
        expect((await emailFindings(good, rule)).map((f) => f.message)).toEqual([]);
      });
    }
    for (const bad of rule.meta.examples.bad) {
      it(`bad: ${bad.replace(/\s+/g, ' ').slice(0, 60)}`, async () => {
        expect((await emailFindings(bad, rule)).length).toBeGreaterThan(0);
      });
    }
  });
}
