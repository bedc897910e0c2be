import { describe, expect, it } from 'vitest';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import waffle from '../../../src/rules/plain/waffle.js';

runRuleTests(waffle, {
  valid: [
    'To deal with your claim, we need you to fill in the enclosed form.',
    'I enclose a copy of our decision and a leaflet about your right to appeal.',
    'If you have any questions, please call Sam Jones on 01303 853000.',
    'You can ask for a review within one month of the date of this letter.',
    'We need your bank statements for the last two months.',
    'Your Housing Benefit has gone up because your rent has changed.',
    'We will send you a new bill before 1 April.',
    'Please provide the information we requested and submit it online.',
    'You are responsible for keeping the garden tidy.',
  ],
  invalid: [
    {
      text: 'In order to process your claim, please find enclosed a form.',
      errors: [
        { excerpt: 'In order to', suggestion: 'To', message: 'Say “To” instead of “In order to”.', severity: 'warning' },
        { excerpt: 'please find enclosed', suggestion: 'I enclose' },
      ],
    },
    {
      text: 'At this moment in time we are unable to help due to the fact that the fund is closed.',
      errors: [
        { excerpt: 'At this moment in time', suggestion: 'Now' },
        { excerpt: 'due to the fact that', suggestion: 'because' },
      ],
    },
    {
      text: 'Prior to the inspection, a number of repairs will be carried out with regard to the roof.',
      errors: [{ excerpt: 'Prior to', suggestion: 'Before' }, { excerpt: 'a number of' }, { excerpt: 'with regard to', suggestion: 'about' }],
    },
    {
      name: 'retext-simplify phrases our list lacks',
      text: 'We will cease collections and this will necessitate a new bin, in view of the above.',
      errors: [{ messageId: 'simplify', excerpt: 'cease' }, { messageId: 'simplify', excerpt: 'in view of the above' }],
    },
    {
      name: 'please do not hesitate: one finding for the whole phrase',
      text: 'Please do not hesitate to contact me if you have any questions.',
      errors: [{ excerpt: 'Please do not hesitate to', suggestion: 'Please' }],
    },
  ],
});

describe('plain/waffle and retext-simplify', () => {
  it('does not report twice where our list and retext-simplify both match', async () => {
    const findings = await findingsOf(waffle, 'In order to help, we wrote to you in the event that the bill was wrong.');
    expect(findings.map((f) => [f.messageId, f.excerpt])).toEqual([
      ['replace', 'In order to'],
      ['replace', 'in the event that'],
    ]);
  });

  it('does not report what the jargon list already reports', async () => {
    const findings = await findingsOf(waffle, 'We will utilise and terminate the contract.');
    expect(findings).toEqual([]);
  });
});
