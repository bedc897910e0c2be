import { describe, expect, it } from 'vitest';
import { findingsOf, runRuleTests } from '../../helpers/rule-tester.js';
import spelling, { MAX_SUGGESTIONS } from '../../../src/rules/plain/spelling.js';

const letter = (body: string) => `Dear Mrs Patel\n\n${body}\n\nYours sincerely`;

runRuleTests(spelling, {
  valid: [
    letter('We have received your council tax payment and your account is now up to date.'),
    letter('Your councillor, Ms Okonkwo, has asked the Ombudsman to look at the homelessness decision.'),
    letter('Please visit www.eastbrook.gov.uk/recycling or email revenues@eastbrook.gov.uk for help.'),
    letter('Our reference is CT/118/2024 and your account number is 40012345. The office is at Eastbrook House, EB1 4QT.'),
    letter('The NHS and the DWP have told us about your MPs’ letters. The tenant’s rent and the tenants’ meeting are on Tuesday.'),
    letter('We will signpost you to Citizens Advice, who can help with the fly-tipping and the wellbeing grant.'),
    letter('Your gas meter and the kerbside collection are checked every fortnight. We realise this is a one-off.'),
    { text: letter('The Housemark survey showed that our Choicelink scheme is popular with tenants.'), name: 'proper nouns mid-sentence' },
    { text: letter('Your Dispensa repeat is ready to collect.'), name: 'a product name in mid-sentence is a proper noun' },
    { text: letter('Your estovers right is confirmed.'), options: { accept: ['estovers'] }, name: 'the organisation’s vocabulary (accept option)' },
    { text: letter('Please pay the £XXXX shown on your bill.'), name: 'placeholders are the placeholder rule’s business' },
  ],
  invalid: [
    {
      text: letter('We have recieved your letter about the missed collection.'),
      errors: [{ messageId: 'misspelt', excerpt: 'recieved', suggestion: 'received', line: 3, column: 9, severity: 'warning' }],
    },
    {
      text: letter('We will organize a visit to the community center.'),
      errors: [
        { messageId: 'american', excerpt: 'organize', suggestion: 'organise', message: 'Write “organise” (UK spelling), not “organize”.' },
        { messageId: 'american', excerpt: 'center', suggestion: 'centre' },
      ],
    },
    {
      text: letter('Color copies of the plan are enclosed. Your neighbor was told too.'),
      errors: [
        { messageId: 'american', excerpt: 'Color', suggestion: 'Colour' },
        { messageId: 'american', excerpt: 'neighbor', suggestion: 'neighbour' },
      ],
    },
    {
      text: letter('Recieved payments are shown on your statment.'),
      name: 'a misspelt first word is checked, though capitalised',
      errors: [{ excerpt: 'Recieved' }, { excerpt: 'statment', suggestion: 'statement' }],
    },
    {
      text: letter('Please dont send cash, eg coins or notes.'),
      name: 'a missing apostrophe and an unpunctuated abbreviation get the word meant',
      errors: [
        { messageId: 'misspelt', excerpt: 'dont', suggestion: 'don’t', message: '“dont” is not in the UK English dictionary: did you mean “don’t”?' },
        { messageId: 'misspelt', excerpt: 'eg', suggestion: 'e.g.' },
      ],
    },
    {
      text: letter('Your well-bein grant is agreed.'),
      name: 'each part of a hyphenated word is checked',
      errors: [{ excerpt: 'bein', line: 3, column: 11 }],
    },
  ],
});

describe('plain/spelling limits', () => {
  it(`suggests for the first ${MAX_SUGGESTIONS} misspellings only, and still reports the rest`, async () => {
    const typos = ['adress', 'acommodation', 'seperate', 'definately', 'occured', 'untill', 'tommorow', 'wich', 'beleive', 'goverment', 'calender', 'enviroment'];
    const findings = await findingsOf(spelling, letter(`We ${typos.join(' and ')}.`));
    expect(findings.map((f) => f.excerpt)).toEqual(typos);
    expect(findings.slice(0, MAX_SUGGESTIONS).every((f) => f.messageId === 'misspelt')).toBe(true);
    expect(findings.slice(MAX_SUGGESTIONS).map((f) => f.messageId)).toEqual(['unknown', 'unknown']);
    expect(findings[MAX_SUGGESTIONS]!.message).toBe('“calender” is not in the UK English dictionary: check the spelling, or add it to the accepted words if it is right.');
  });

  it('leaves names in the addressee block and signature alone', async () => {
    const text = 'Mrs Anjali Patel\n12 Wroxham Close\nEastbrook\nEB3 9QP\n\nDear Mrs Patel\n\nThank you for your letter.\n\nYours sincerely\n\nSiobhan Ní Bhriain\nRevenues Officer';
    expect(await findingsOf(spelling, text)).toEqual([]);
  });
});

describe('plain/spelling and names at the start of a sentence', () => {
  it('takes a first word for a name when the letter uses it as one elsewhere', async () => {
    const text = letter('Priya Shah will visit you on Tuesday. Priya will show you her identity badge. Please call Priya if the time does not suit you.');
    expect(await findingsOf(spelling, text)).toEqual([]);
  });

  it('still checks a first word the letter never uses as a name', async () => {
    const findings = await findingsOf(spelling, letter('Unfortunatly we cannot visit on Tuesday.'));
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([['Unfortunatly', 'Unfortunately']]);
  });
});

describe('plain/spelling options', () => {
  it('refuses an "accept" option that is not a list of words', async () => {
    await expect(findingsOf(spelling, letter('Thank you.'), { options: { accept: 'estovers' } })).rejects.toThrow('plain/spelling: option "accept" must be a list of words');
  });
});
