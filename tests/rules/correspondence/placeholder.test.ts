import { describe, expect, it } from 'vitest';
import rule, { findPlaceholders } from '../../../src/rules/correspondence/placeholder.js';
import { runRuleTests } from '../../helpers/rule-tester.js';

/** A short letter with one body paragraph to vary; the paragraph is on line 12. */
function letter(paragraph: string, salutation = 'Dear Mrs Patel'): string {
  return `Mrs A Patel\n12 Orchard Close\nEastbrook\nEB3 7QT\n\n14 March 2025\n\n${salutation}\n\nYour Council Tax bill\n\n${paragraph}\n\nYours sincerely\n\n\nSam Jones\nCouncil Tax Officer\n`;
}

const ok = (paragraph: string) => ({ name: paragraph, text: letter(paragraph) });
const bad = (paragraph: string, ...excerpts: string[]) => ({ name: paragraph, text: letter(paragraph), errors: excerpts.map((excerpt) => ({ excerpt, line: 12 })) });

runRuleTests(rule, {
  valid: [
    ok('Your appointment is on 3 April 2025 (see the enclosed map).'),
    ok('The guidance [1] explains how we work out your band.'),
    ok('You wrote that the bins were “left out all week [sic]”.'),
    ok('You wrote that “they [the Council] never replied to my emails”. I am sorry that we did not.'),
    ok('You said “[Eastbrook District Council] ignored me”, and I have looked into this.'),
    ok('Your reference is CT/2025/0118 and your account number is 40012345.'),
    ok('Our email address is council.tax@eastbrook.gov.uk and the website is www.eastbrook.gov.uk.'),
    ok('The Roman numerals on the old town hall read MDCCCXXX, the year it was built.'),
    ok('Please complete the form in BLOCK CAPITALS and sign it [optional notes may go on the back].'),
    ok('Call us on 01632 960 000 (text phone 18001 01632 960 000).'),
    ok('You can read the policy at www.eastbrook.gov.uk/policy, section [a].'),
    ok('You said the officer “was rude to [my] mother and [the] neighbours”.'),
    ok('Tick the box [ ] if you would like a large print copy.'),
    { name: 'Markdown link', text: letter('You can [Apply Online](https://www.eastbrook.gov.uk/apply) or call us.'), format: 'md' as const },
  ],
  invalid: [
    {
      name: 'merge field in the salutation',
      text: letter('Your bill is with this letter.', 'Dear «Title» «Surname»'),
      errors: [
        { messageId: 'placeholder', message: '“«Title»” is a placeholder that was not filled in: replace it with the real details before sending.', line: 8, column: 6, excerpt: '«Title»', severity: 'error' },
        { line: 8, column: 14, excerpt: '«Surname»' },
      ],
    },
    bad('Your payment of <<Amount>> is due on <<DueDate>>.', '<<Amount>>', '<<DueDate>>'),
    bad('Your payment of £{{amount}} is due on {{ due_date }}.', '{{amount}}', '{{ due_date }}'),
    bad('Your payment of {amount} is due.', '{amount}'),
    bad('We will visit [Customer Name] at home on [INSERT DATE].', '[Customer Name]', '[INSERT DATE]'),
    bad('Your visit is on [date] at [time].', '[date]', '[time]'),
    bad('The officer dealing with this is [Officer Name].', '[Officer Name]'),
    bad('Please check your [Date of Birth] and [Name of Tenant] are right.', '[Date of Birth]', '[Name of Tenant]'),
    bad('Please call [insert phone number] to rearrange.', '[insert phone number]'),
    bad('Your account [ACCOUNT NO] is in arrears.', '[ACCOUNT NO]'),
    bad('You owe £XXX, which you must pay by xx/xx/xxxx.', '£XXX', 'xx/xx/xxxx'),
    bad('Your reference is XXXX and your visit is on DD/MM/YYYY.', 'XXXX', 'DD/MM/YYYY'),
    bad('You now owe £xx.xx in total.', '£xx.xx'),
    bad('Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit'),
  ],
});

describe('findPlaceholders', () => {
  it('finds each placeholder once, in order, even when patterns overlap', () => {
    const text = 'Dear [Customer Name], you owe £XXX by [INSERT DATE]. {{ref}} «Ref»';
    expect(findPlaceholders(text).map((f) => text.slice(f.start, f.end))).toEqual(['[Customer Name]', '£XXX', '[INSERT DATE]', '{{ref}}', '«Ref»']);
  });
});
