import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { checkFiles } from '../../src/engine/run.js';
import { checkText } from '../../src/index.js';
import type { Finding } from '../../src/types.js';
import { memoryIo } from '../cli/helpers/memory-io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATES = 'fixtures/templates/';
const GOOD = readdirSync(`${root}${TEMPLATES}`).filter((name) => !name.startsWith('bad-')).sort();

const brief = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.excerpt}`);

async function findingsOf(text: string, only: string[], templateMode = true): Promise<Finding[]> {
  const report = await checkText(text, { only, templateMode, path: 'case.txt' });
  return report.files[0]!.findings;
}

describe('the shipped templates (template mode found from the templates/ folder)', () => {
  it('has a good template in each merge-field syntax', () => {
    expect(GOOD).toEqual(['council-tax-reminder.md', 'housing-repair-appointment.txt', 'parking-permit-renewal.txt', 'planning-acknowledgement.txt']);
  });

  it.each(GOOD)('%s passes, with no finding about its fields, names or wording', async (name) => {
    const report = await checkFiles([`${root}${TEMPLATES}${name}`]);
    const file = report.files[0]!;
    expect(file.pass).toBe(true);
    expect(brief(file.findings.filter((f) => f.severity === 'error' || /^(?:correspondence\/placeholder|courtesy\/|plain\/)/.test(f.ruleId)))).toEqual([]);
  });

  it('reports every broken field and leftover filler in bad-malformed-fields.txt', async () => {
    const report = await checkFiles([`${root}${TEMPLATES}bad-malformed-fields.txt`], { only: ['correspondence/placeholder'] });
    const findings = report.files[0]!.findings;
    expect(findings.map((f) => [f.messageId, f.excerpt, f.line])).toEqual([
      ['malformed', '{{surname}', 11],
      ['malformed', '«Year', 15],
      ['notField', '£XXXX', 15],
      ['malformed', '{{ }}', 15],
      ['malformed', '[[Account]', 15],
      ['notField', 'Lorem ipsum dolor sit amet', 17],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(report.files[0]!.pass).toBe(false);
  });

  it('wants “Yours sincerely” after “Dear «Title» «Surname»” (bad-faithfully.txt)', async () => {
    const report = await checkFiles([`${root}${TEMPLATES}bad-faithfully.txt`]);
    expect(report.files[0]!.findings.map((f) => [f.ruleId, f.excerpt, f.suggestion])).toEqual([['courtesy/signoff-mismatch', 'Yours faithfully', 'Yours sincerely']]);
  });

  it('compares the salutation’s fields with the address’s (bad-name-field.txt)', async () => {
    const report = await checkFiles([`${root}${TEMPLATES}bad-name-field.txt`]);
    expect(report.files[0]!.findings.map((f) => [f.ruleId, f.excerpt, f.suggestion])).toEqual([['courtesy/name-mismatch', '{{title}} {{forename}}', 'Dear {{title}} {{surname}}']]);
  });
});

describe('correspondence/placeholder in template mode', () => {
  const only = ['correspondence/placeholder'];
  const letter = (body: string, salutation = 'Dear «Title» «Surname»') => `${salutation}\n\n${body}\n\nYours sincerely\n\nSam Jones\nRevenues Officer`;

  it('stays quiet on well-formed fields of every syntax', async () => {
    const text = letter('Your bill of £{{amount}} for <<Year>> is due on {due_date}. Please quote [Account Number].');
    expect(brief(await findingsOf(text, only))).toEqual([]);
  });

  it('still reports the same fields when the file is a letter, not a template', async () => {
    const text = letter('Your bill of £{{amount}} is due.');
    expect(brief(await findingsOf(text, only, false))).toEqual(['correspondence/placeholder «Title»', 'correspondence/placeholder «Surname»', 'correspondence/placeholder {{amount}}']);
  });

  it('reports an instruction to the writer, which no merge fills', async () => {
    const findings = await findingsOf(letter('Your appointment is on [INSERT DATE] at [insert time].'), only);
    expect(findings.map((f) => [f.messageId, f.excerpt])).toEqual([
      ['notField', '[INSERT DATE]'],
      ['notField', '[insert time]'],
    ]);
    expect(findings[0]!.message).toBe('“[INSERT DATE]” is not a merge field, so it would be printed as it stands: use a merge field or write the text in full.');
  });

  it('reports a field missing its closing guillemet, with how to write it', async () => {
    const findings = await findingsOf(letter('Thank you.', 'Dear «Title» «Surname'), only);
    expect(findings.map((f) => [f.messageId, f.excerpt, f.line, f.column])).toEqual([['malformed', '«Surname', 1, 14]]);
    expect(findings[0]!.message).toBe('“«Surname” is a broken merge field: write it with both ends and a name, such as «Surname», {{surname}} or [Surname].');
  });

  it('leaves editorial brackets and note marks alone', async () => {
    const text = letter('You wrote that “they [the Council] never replied” [sic]. The guidance [1] explains this.');
    expect(brief(await findingsOf(text, only))).toEqual([]);
  });
});

describe('salutations made of merge fields', () => {
  const only = ['courtesy/signoff-mismatch', 'courtesy/name-mismatch', 'courtesy/salutation-impersonal'];
  const letter = (addressee: string, salutation: string, signoff: string) =>
    `${addressee}\n12 Orchard Close\nEastbrook\nEB3 7QT\n\n14 March 2025\n\n${salutation}\n\nThank you for your letter.\n\n${signoff}\n\nSam Jones\nRevenues Officer`;

  it('takes “Dear {{title}} {{surname}}” as a named salutation', async () => {
    const findings = await findingsOf(letter('{{title}} {{forename}} {{surname}}', 'Dear {{title}} {{surname}}', 'Yours faithfully'), only);
    expect(findings.map((f) => [f.ruleId, f.suggestion])).toEqual([['courtesy/signoff-mismatch', 'Yours sincerely']]);
  });

  it('matches the same field on both sides, in any syntax', async () => {
    expect(brief(await findingsOf(letter('«Title» «Forename» «Surname»', 'Dear «Title» «Surname»', 'Yours sincerely'), only))).toEqual([]);
    expect(brief(await findingsOf(letter('[Title] [Initials] [Surname]', 'Dear [Title] [Surname]', 'Yours sincerely'), only))).toEqual([]);
  });

  it('asks for the addressee’s fields instead of “Dear Sir or Madam”', async () => {
    const findings = await findingsOf(letter('«Title» «Forename» «Surname»', 'Dear Sir or Madam', 'Yours faithfully'), only);
    expect(findings.map((f) => [f.ruleId, f.suggestion])).toEqual([['courtesy/salutation-impersonal', 'Dear «Title» «Surname»']]);
  });

  it('is no name outside template mode, where the fields are simply unfilled', async () => {
    expect(brief(await findingsOf(letter('«Title» «Forename» «Surname»', 'Dear Sir or Madam', 'Yours faithfully'), only, false))).toEqual([]);
  });
});

describe('--template-mode', () => {
  async function cli(argv: string[]) {
    const io = memoryIo({ cwd: root });
    const code = await run([...argv, '--format', 'json'], io.io);
    return { code, report: JSON.parse(io.stdout()) };
  }

  it('passes the council tax reminder template that fails as a letter', async () => {
    const path = 'fixtures/letters/council-tax-reminder-template.md';
    const asLetter = await cli([path]);
    expect(asLetter.code).toBe(1);
    const asTemplate = await cli([path, '--template-mode']);
    expect(asTemplate.code).toBe(0);
    expect(asTemplate.report.files[0].findings.filter((f: Finding) => f.ruleId === 'correspondence/placeholder' || f.severity === 'error')).toEqual([]);
  });
});
