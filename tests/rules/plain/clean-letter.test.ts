import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { plainRules } from '../../../src/rules/plain/index.js';

const PLAIN_IDS = plainRules.map((rule) => rule.meta.id);

/** A plain, well-written council letter, as the standards ask for one. */
const CLEAN_LETTER = `Folkestone and Hythe District Council
Civic Centre, Castle Hill Avenue, Folkestone CT20 2QY

Our ref: CTR/2025/0412
Your ref: HB123456

Mrs Aisha Patel
Flat 2, Seabrook Court
14 High Street
Folkestone
CT20 2QY

3 March 2025

Dear Mrs Patel

Your Council Tax Reduction

Thank you for your letter of 24 February about your council tax bill.

We have looked at your claim again and you are right. We counted your income from your part-time job twice, so your bill was too high. We are sorry for this mistake.

We have now put it right. Your new bill is enclosed. It shows that you owe £212 for this year, not £486. We will pay back the £48 you paid too much into your bank account by 14 March.

You do not need to do anything. If your income changes, please tell us within 21 days so that we can change your bill. You can do this online at www.folkestone-hythe.gov.uk/ctr or by phone.

If you have any questions, please call me on 01303 853000 or email sam.jones@folkestone-hythe.gov.uk. I work Monday to Friday, 9am to 5pm.

Yours sincerely

Sam Jones
Revenues Officer`;

describe('a clean, plain council letter', () => {
  it('gets no error-level finding from any plain rule', async () => {
    const report = await checkText(CLEAN_LETTER, { only: PLAIN_IDS });
    const errors = report.files[0]!.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId}: ${f.message} [${f.excerpt}]`)).toEqual([]);
  });

  it('gets no finding at all from the plain word lists, abbreviation, passive or slow-start rules', async () => {
    const report = await checkText(CLEAN_LETTER, { only: PLAIN_IDS });
    expect(report.files[0]!.findings.map((f) => `${f.ruleId}: ${f.message} [${f.excerpt}]`)).toEqual([]);
  });

  const fixtures = new URL('../../../fixtures/letters/', import.meta.url);
  const good = existsSync(fixtures) ? readdirSync(fixtures).filter((name) => /(?:^|-)clean\.txt$/.test(name)) : [];
  it.runIf(good.length > 0).each(good)('fixture %s gets no error-level plain finding', async (name) => {
    const report = await checkText(readFileSync(new URL(name, fixtures), 'utf8'), { only: PLAIN_IDS, path: name });
    expect(report.files[0]!.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });
});
