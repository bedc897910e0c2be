import { expect, it } from 'vitest';
import date from '../../../src/rules/correspondence/date.js';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';

const HEADER = 'Eastbrook District Council\nCouncil Offices, Station Road\nEastbrook\nEB1 4XY\n\nMrs A Patel\n14 Mill Lane\nEastbrook\nEB2 7QT\n\nOur ref: CT/118\n\n';
const BODY = '\n\nDear Mrs Patel\n\nThank you for your payment of £120, which reached us on 2 March.\n\nYours sincerely\n\nHelen Price\nCouncil Tax Officer\n';
const dated = (line: string) => `${HEADER}${line}${BODY}`;

runRuleTests(date, {
  valid: [
    { name: 'UK long date', text: dated('14 October 2026') },
    { name: 'UK date with weekday and ordinal', text: dated('Tuesday 3rd March 2026') },
    { name: 'Date: label with a UK date', text: dated('Date: 9 March 2026') },
    { name: 'an email body with no date line is dated by its header', text: 'Dear Mrs Patel\n\nThank you for your payment.\n\nKind regards\n\nHelen Price\n' },
    { name: 'a leaflet needs a publication date, not a letter date', text: 'Garden waste collections\n\nWhat we collect\nGrass cuttings and leaves.\n\nHow to join\nCall 01632 960 300.\n' },
    // Word's tab-stop layout: the date shares a line with the references or the contact officer.
    { name: 'the date after "Our ref" on a tabbed line', text: `${HEADER.replace('Our ref: CT/118', 'Our ref: CT/118\tDate: 14 March 2026')}Please ask for: Helen Price${BODY}` },
    { name: 'the date after "Please ask for" across spaces', text: `${HEADER}Please ask for: Helen Price      Date: 14 March 2026${BODY}` },
    { name: 'an unlabelled date at the right of the reference line', text: `${HEADER.replace('Our ref: CT/118', 'Our ref: CT/118\t\t14 March 2026').trimEnd()}${BODY}` },
    { name: 'a template leaves the date to the merge', text: `${HEADER}«LetterDate»\n\nDear «Title» «Surname»\n\nYou owe «Amount».\n\nYours sincerely\n\nHelen Price\n` },
  ],
  invalid: [
    { name: 'ambiguous numeric date', text: dated('03/04/2026'), errors: [{ messageId: 'ambiguous', line: 13, column: 1, excerpt: '03/04/2026', suggestion: '3 April 2026', severity: 'warning' }] },
    { name: 'Date: label with an ambiguous date', text: dated('Date: 3.4.26'), errors: [{ messageId: 'ambiguous', column: 7, suggestion: '3 April 2026' }] },
    { name: 'US month-first words', text: dated('October 14, 2026'), errors: [{ messageId: 'usOrder', suggestion: '14 October 2026', message: 'puts the month first' }] },
    { name: 'US month-first numbers', text: dated('10/14/2026'), errors: [{ messageId: 'usOrder', suggestion: '14 October 2026' }] },
    { name: 'day over 12 is clear but still numeric (info)', text: dated('14/10/2026'), errors: [{ messageId: 'numeric', suggestion: '14 October 2026', severity: 'info' }] },
    { name: 'day and month the same cannot be misread, but the month reads better as a word (info)', text: dated('05/05/2026'), errors: [{ messageId: 'numeric', suggestion: '5 May 2026', severity: 'info' }] },
    { name: 'ISO date (info)', text: dated('2026-10-14'), errors: [{ messageId: 'numeric', suggestion: '14 October 2026', severity: 'info' }] },
    { name: 'missing date', text: `${HEADER.trimEnd()}${BODY}`, errors: [{ messageId: 'missing', excerpt: 'Dear Mrs Patel' }] },
    { name: 'an ambiguous date on the reference line', text: `${HEADER.replace('Our ref: CT/118', 'Our ref: CT/118\tDate: 03/04/2026').trimEnd()}${BODY}`, errors: [{ messageId: 'ambiguous', line: 11, column: 23, excerpt: '03/04/2026', suggestion: '3 April 2026' }] },
    { name: 'no date: "Your ref" and "Our ref" share a line', text: `${HEADER.replace('Our ref: CT/118', 'Your ref: AP/14\tOur ref: CT/118').trimEnd()}${BODY}`, errors: [{ messageId: 'missing', excerpt: 'Dear Mrs Patel' }] },
  ],
});

it('is not run on an email: its Date header dates it', async () => {
  const findings = await findingsOf(date, 'Dear Mrs Patel\n\nThank you.\n\nYours sincerely\n\nHelen Price\n');
  expect(findings).toEqual([]);
});
