import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkFiles } from '../../../src/index.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import inclusiveLanguage from '../../../src/rules/courtesy/inclusive-language.js';

const letter = (body: string) => `Dear Mrs Okafor\n\n${body}\n\nYours sincerely\n\n\nSam Jones\nHousing Officer`;

runRuleTests(inclusiveLanguage, {
  valid: [
    letter('Your husband asked us to fit a ramp, and he will be at home on Tuesday.'),
    letter('The chairman of the Planning Committee has signed the decision notice.'),
    letter('The disabled toilet and the disabled parking bays are by the main entrance.'),
    letter('Your flat suffers from damp and condensation, so we will fit an extractor fan.'),
    letter('The estate has suffered from fly-tipping for some months.'),
    letter('We have a special collection service for bulky items.'),
    letter('The elderly residents’ lunch club meets on Fridays in the community centre.'),
    letter('If you have been a victim of crime, our Community Safety Team can help.'),
    letter('Your Disabled Facilities Grant application has been approved.'),
    letter('We will fit new blinds in the lounge. The blind spot at the junction will be cut back.'),
    letter('As a wheelchair user, you can ask for a level-access shower.'),
  ],
  invalid: [
    {
      text: letter('As your son is wheelchair-bound and suffers from epilepsy, we will move you up the list.'),
      errors: [
        { excerpt: 'wheelchair-bound', suggestion: 'wheelchair user', message: 'Write “wheelchair user” instead of “wheelchair-bound”.' },
        { excerpt: 'suffers from', suggestion: 'has' },
      ],
    },
    {
      text: letter('The scheme helps the elderly and the disabled to stay in their homes.'),
      errors: [{ excerpt: 'the elderly', suggestion: 'older people' }, { excerpt: 'the disabled', suggestion: 'disabled people' }],
    },
    {
      text: letter('Your brother is mentally ill and cannot manage the garden. The disabled must not be charged for this.'),
      errors: [{ excerpt: 'mentally ill', suggestion: 'with a mental health condition' }, { excerpt: 'The disabled', suggestion: 'Disabled people' }],
    },
    {
      text: letter('Handicapped tenants can ask for a grab rail. Your father, a stroke victim, qualifies.'),
      errors: [{ excerpt: 'Handicapped', suggestion: 'Disabled' }, { excerpt: 'stroke victim' }],
    },
  ],
});

describe('courtesy/inclusive-language on the shipped clean letters', () => {
  it('reports nothing at warning or error', async () => {
    const clean = [
      ...readdirSync('fixtures/letters').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/letters/${n}`),
      ...readdirSync('fixtures/kinds').filter((n) => n.endsWith('-clean.txt')).map((n) => `fixtures/kinds/${n}`),
      'fixtures/docx/council-tax-reduction.docx',
    ];
    const report = await checkFiles(clean, { only: [inclusiveLanguage.meta.id] });
    const found = report.files.flatMap((file) => file.findings.filter((x) => x.severity !== 'info').map((x) => `${file.path}: ${x.message}`));
    expect(found).toEqual([]);
    expect(report.files.filter((file) => file.error)).toEqual([]);
  });
});
