import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { checkFiles } from '../../../src/engine/run.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import publicationDate, { hasPublicationDate } from '../../../src/rules/template/publication-date.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/elements/${name}`, import.meta.url));

/** A short leaflet (headings, no salutation or sign-off) ending with `last`. */
const leaflet = (last: string) =>
  ['Help with your rent', '', 'Who can get help', 'You may get help if you are on a low income.', '', 'How to apply', 'Apply online or ask at the Town Hall.', '', last].join('\n');

runRuleTests(publicationDate, {
  valid: [
    leaflet('Published March 2026'),
    leaflet('Published by Northfield Borough Council, January 2026'),
    leaflet('Date of publication: 03/2026'),
    leaflet('Publication date: 12/03/2026'),
    leaflet('Last updated: 12 May 2026'),
    leaflet('Updated 12th May 2026'),
    leaflet('Review date: April 2027'),
    leaflet('Next review March 2027'),
    leaflet('Issue 3, April 2026'),
    leaflet('Version 2.1 – April 2026'),
    leaflet('Leaflet HS12 v4 04/2026'),
    leaflet('Produced: Spring 2026'),
    leaflet('Printed 2026-04'),
    leaflet('March 2026 edition'),
    leaflet('Spring 2026'),
    leaflet('Eastbrook Council News – Spring 2026'),
    leaflet('Eastbrook Council News – March 2026'),
    leaflet('Produced by Eastbrook District Council, March 2026'),
    leaflet('Leaflet GW1 | Published March 2026'),
    { name: 'a letter needs no publication date', text: 'Dear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\nSam Jones' },
    { name: 'nor does an unheaded note', text: 'Thank you for your letter. We will reply by 14 March.' },
  ],
  invalid: [
    { name: 'no date at all: once, at the start', text: leaflet('© Northfield Borough Council'), errors: [{ messageId: 'missing', line: 1, column: 1, excerpt: 'Help with your rent', severity: 'warning' }] },
    { name: 'a copyright year is not a publication date', text: leaflet('© Northfield Borough Council 2026'), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a year alone', text: leaflet('Published 2026'), errors: [{ messageId: 'yearOnly', message: '“Published 2026” gives only the year', line: 9, excerpt: 'Published 2026' }] },
    { name: 'a date in the text that is not a publication date', text: leaflet('We collect from 3 March 2026.'), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a sentence that dates something else', text: leaflet('Our collection calendar was updated on 3 March 2026.'), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'issued, inside a sentence', text: leaflet('Permits issued in April 2026 last for 12 months.'), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'times are not dates', text: leaflet('Opening hours were revised 8.30 to 4.30 on bank holidays.'), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'a month heading of a calendar', text: leaflet('April 2026'), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'an event date on its own line', text: leaflet('Saturday 14 March 2026'), errors: [{ messageId: 'missing', line: 1 }] },
  ],
});

describe('template/publication-date on the leaflet fixtures', () => {
  it('fires on the undated and year-only leaflets only, once each', async () => {
    const names = ['leaflet-dated.txt', 'leaflet-last-updated.txt', 'leaflet-undated.txt', 'leaflet-year-only.txt'];
    const report = await checkFiles(names.map(fixture), { only: ['template/publication-date'] });
    expect(report.files.map((f) => [f.kind, f.findings.map((x) => x.messageId)])).toEqual([
      ['leaflet', []],
      ['leaflet', []],
      ['leaflet', ['missing']],
      ['leaflet', ['yearOnly']],
    ]);
  });

  it('is quiet on a letter checked as a leaflet only when it is dated', async () => {
    const text = readFileSync(fixture('leaflet-undated.txt'), 'utf8');
    const asLetter = await checkText(text, { only: ['template/publication-date'], kind: 'letter' });
    expect(asLetter.files[0]!.findings).toEqual([]);
  });

  it('in template mode a merge field after the label is the date', async () => {
    const text = leaflet('Published «PublicationDate»');
    const inTemplateMode = await checkText(text, { only: ['template/publication-date'], templateMode: true });
    expect(inTemplateMode.files[0]!.findings).toEqual([]);
    const filled = await checkText(text, { only: ['template/publication-date'], templateMode: false });
    expect(filled.files[0]!.findings.map((f) => f.messageId)).toEqual(['missing']);
  });
});

describe('hasPublicationDate', () => {
  it('needs a label and a month with the year', () => {
    expect(hasPublicationDate('Published: June 2026')).toBe(true);
    expect(hasPublicationDate('Date of issue 1 June 2026')).toBe(true);
    expect(hasPublicationDate('Published 2026')).toBe(false);
    expect(hasPublicationDate('June 2026')).toBe(false);
    expect(hasPublicationDate('Call us on 01632 961 000')).toBe(false);
  });
});
