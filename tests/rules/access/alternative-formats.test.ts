import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import alternativeFormats from '../../../src/rules/access/alternative-formats.js';
import { checkFiles, checkText } from '../../../src/index.js';

const BODY =
  'Thank you for your application for a Blue Badge. We have approved it. Your badge will arrive within 10 working days. ' +
  'If it has not arrived by 20 May, please call me on 01632 960 321.';
const letter = (extra: string, footer = '') =>
  `Dear Mrs Lewis\n\nYour Blue Badge\n\n${BODY}${extra ? `\n\n${extra}` : ''}\n\nYours sincerely\n\n\nSam Jones\nBlue Badge Officer${footer ? `\n\n${footer}` : ''}`;

runRuleTests(alternativeFormats, {
  valid: [
    letter('We can send this letter in large print, Braille, audio or another language. Call 01632 960 000.'),
    letter('If you need an interpreter, including British Sign Language, please tell us.'),
    letter('', 'Textphone users can contact us through Relay UK on 18001 01632 960 000.'),
    letter('If you would like this letter in another format, please let us know.'),
    letter('Please tell us if you need this letter in Polish, Urdu or another language.'),
    { name: 'a short note of a few lines', text: 'Dear Mrs Lewis\n\nThank you for your form. We will be in touch.\n\nYours sincerely\n\nSam Jones' },
    { name: 'no salutation: a leaflet section', text: 'Garden waste collections\n\nWe collect garden waste every two weeks from March to November. You need a permit. It costs £45 a year. Apply online at www.eastbrook.gov.uk/garden.' },
  ],
  invalid: [
    {
      name: 'a letter with no offer at all',
      text: letter(''),
      errors: [{ messageId: 'missing', excerpt: 'Yours sincerely', severity: 'info', message: 'large print, Braille, audio or another language' }],
    },
    {
      name: 'one finding however long the letter',
      text: letter(`${BODY} ${BODY}`),
      errors: [{ messageId: 'missing', line: 9 }],
    },
  ],
});

describe('access/alternative-formats on the shipped letters', () => {
  it('stays quiet on the clean letters, which all offer formats', async () => {
    for (const name of ['council-tax-clean', 'housing-repair-clean', 'licensing-clean', 'occupier-bin-day-clean', 'parking-permit-clean', 'planning-decision-clean', 'waste-collection-clean']) {
      const text = readFileSync(new URL(`../../../fixtures/letters/${name}.txt`, import.meta.url), 'utf8');
      expect(await findingsOf(alternativeFormats, text), name).toEqual([]);
    }
    const report = await checkFiles([new URL('../../../fixtures/docx/council-tax-reduction.docx', import.meta.url).pathname], { only: ['access/alternative-formats'] });
    expect(report.files[0]!.findings).toEqual([]);
  });
});

describe('access/alternative-formats severity', () => {
  const text = letter('');
  it('runs by default at info', async () => {
    const report = await checkText(text);
    expect(report.files[0]!.findings.filter((f) => f.ruleId === 'access/alternative-formats').map((f) => f.severity)).toEqual(['info']);
  });

  it('runs at the severity the config gives it', async () => {
    const report = await checkText(text, { rules: { 'access/alternative-formats': 'warning' } });
    expect(report.files[0]!.findings.filter((f) => f.ruleId === 'access/alternative-formats').map((f) => f.severity)).toEqual(['warning']);
  });
});
