import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { loadCustomRules } from '../../../src/rules/kinds/load.js';
import { applyFixes, fixesOf } from '../../../src/fix/apply.js';
import { findingsOf, letter, ruleFolder, ruleOf, yaml } from './helpers.js';

const summary = (findings: Array<{ ruleId: string; message: string; excerpt: string }>) => findings.map((f) => `${f.message} [${f.excerpt}]`);

describe('existence', async () => {
  const rule = await ruleOf(
    yaml(['kind: existence', 'tokens: [we regret to inform you, it has come to our attention]', "patterns: ['\\bfailure to (?:pay|respond) will result in\\b']"], {
      message: '“{actual}” reads like a form letter.',
    }),
  );

  it('flags each listed phrase and each pattern match, whole words, in any case', async () => {
    const findings = await findingsOf([rule], letter('We regret to inform you that we cannot help. Failure to pay will result in court action. It has come to our attention that you moved.'));
    expect(summary(findings)).toEqual([
      '“We regret to inform you” reads like a form letter. [We regret to inform you]',
      '“Failure to pay will result in” reads like a form letter. [Failure to pay will result in]',
      '“It has come to our attention” reads like a form letter. [It has come to our attention]',
    ]);
    expect(findings[0]).toMatchObject({ ruleId: 'testorg/rule', severity: 'warning', standard: 'Shepway 12', line: 3, column: 1 });
    expect(findings[0]!.suggestion).toBeUndefined();
  });

  it('matches a phrase across a line break, and not inside a longer word', async () => {
    expect(await findingsOf([rule], letter('We regret to\ninform you that the office is shut.'))).toHaveLength(1);
    expect(await findingsOf([rule], letter('Our failure to payments team will call.'))).toEqual([]);
  });

  it('stays quiet on a letter without them', async () => {
    expect(await findingsOf([rule], letter('I am sorry to tell you that we cannot approve your application.'))).toEqual([]);
  });

  it('reports an overlap of a token and a pattern once', async () => {
    const both = await ruleOf(yaml(['kind: existence', 'tokens: [court action]', "patterns: ['court action\\b']"]));
    expect(await findingsOf([both], letter('This may lead to court action.'))).toHaveLength(1);
  });

  it('with ignoreCase: false, matches the case as written', async () => {
    const exact = await ruleOf(yaml(['kind: existence', 'ignoreCase: false', 'tokens: [SDC]', "patterns: ['\\bFHDC\\b']"]));
    expect(summary(await findingsOf([exact], letter('Please pay SDC or FHDC by Friday.')))).toEqual(['Found “SDC”. [SDC]', 'Found “FHDC”. [FHDC]']);
    expect(await findingsOf([exact], letter('Please pay sdc or fhdc by Friday.'))).toEqual([]);
  });
});

describe('substitution', async () => {
  const rule = await ruleOf(
    yaml(['kind: substitution', 'swap:', '  Shepway Council: Shepway District Council', '  going forward: [from now on, in future]', '  SDC: Shepway District Council'], {
      message: 'Write “{expected}”, not “{actual}”.',
    }),
  );

  it('suggests the replacement and fixes it when there is only one', async () => {
    const text = letter('Shepway Council has received your form.');
    const [finding] = await findingsOf([rule], text);
    expect(finding).toMatchObject({
      message: 'Write “Shepway District Council”, not “Shepway Council”.',
      suggestion: 'Shepway District Council',
      line: 3,
      column: 1,
      fix: { text: 'Shepway District Council' },
    });
    expect(applyFixes(text, fixesOf([finding!]))).toBe(letter('Shepway District Council has received your form.'));
  });

  it('names every alternative, suggests the first, keeps a capital, and offers no fix when there is a choice', async () => {
    const [finding] = await findingsOf([rule], letter('Going forward, we will write each month.'));
    expect(finding).toMatchObject({ message: 'Write “From now on” or “In future”, not “Going forward”.', suggestion: 'From now on' });
    expect(finding!.fix).toBeUndefined();
  });

  it('stays quiet when the preferred words are used', async () => {
    expect(await findingsOf([rule], letter('Shepway District Council has received your form. From now on we will write each month.'))).toEqual([]);
  });
});

describe('required', async () => {
  const rule = await ruleOf(
    yaml(['kind: required', 'kinds: [complaint-response]', 'tokens: [Local Government and Social Care Ombudsman, Ombudsman]'], {
      message: 'Tell the customer about the “{expected}” in the {scope}.',
    }),
  );
  const withOmbudsman = letter('I am sorry we missed your bin.\n\nIf you are still unhappy, you can ask the Ombudsman to look at your complaint.');
  const without = letter('I am sorry we missed your bin.\n\nWe have spoken to the crew.');

  it('reports once, on the first line of the scope, when none of the tokens is there', async () => {
    const findings = await findingsOf([rule], without, { kind: 'complaint-response' });
    expect(summary(findings)).toEqual([
      'Tell the customer about the “Local Government and Social Care Ombudsman” or “Ombudsman” in the body of the letter. [I am sorry we missed your bin.]',
    ]);
    expect(findings[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('is quiet when one of them is there', async () => {
    expect(await findingsOf([rule], withOmbudsman, { kind: 'complaint-response' })).toEqual([]);
  });

  it('applies only to the kinds it names', async () => {
    expect(await findingsOf([rule], without, { kind: 'letter' })).toEqual([]);
    expect(await findingsOf([rule], without, { kind: 'acknowledgement' })).toEqual([]);
  });

  it('with a pattern, reports at the document start when the scope is not there', async () => {
    const signature = await ruleOf(yaml(['kind: required', 'scope: signature', "pattern: '\\b0\\d{3,4} ?\\d{6}\\b'"], { message: 'Give a phone number in the {scope}.' }));
    expect(await findingsOf([signature], letter('Your bin will come on Friday.', 'Dear Mrs Patel', 'Yours sincerely\n\nPriya Shah\n01303 853000'))).toEqual([]);
    const [missing] = await findingsOf([signature], letter('Your bin will come on Friday.'));
    expect(missing).toMatchObject({ message: 'Give a phone number in the sign-off and signature.', excerpt: 'Yours sincerely', line: 5 });
    const [noSignature] = await findingsOf([signature], 'Your bin will come on Friday.\n');
    expect(noSignature).toMatchObject({ line: 1, column: 1, excerpt: 'Your bin will come on Friday.' });
  });
});

describe('metric', async () => {
  const words = await ruleOf(yaml(['kind: metric', 'metric: words', 'max: 12'], { message: 'The {metric} is {value}: keep it {bound} {limit}.' }));
  const paragraphs = await ruleOf(yaml(['kind: metric', 'metric: paragraphs', 'min: 2'], { message: '{value} paragraphs: use {bound} {limit}.' }), 'paragraphs.yml');
  const ease = await ruleOf(yaml(['kind: metric', 'metric: readingEase', 'min: 90', 'scope: document'], { message: 'Reading ease {value}, aim for {bound} {limit}.' }), 'ease.yml');
  const average = await ruleOf(yaml(['kind: metric', 'metric: averageSentenceLength', 'max: 8'], { message: '{value} words a sentence.' }), 'average.yml');

  it('reports once, on the first sentence of the scope, with the value and the limit', async () => {
    const findings = await findingsOf([words], letter('Thank you for your letter about the bins in Mill Lane. We will collect them on Friday.'));
    expect(summary(findings)).toEqual(['The number of words is 17: keep it at most 12. [Thank you for your letter about the bins in Mill Lane.]']);
    expect(await findingsOf([words], letter('We will collect your bins on Friday.'))).toEqual([]);
  });

  it('counts only the scope: the salutation and signature are not the body', async () => {
    expect(await findingsOf([words], letter('We will collect your bins on Friday.', 'Dear Mrs Anita Jane Patel-Smith', 'Yours sincerely\n\nPriya Shah\nSenior Benefits and Council Tax Officer'))).toEqual([]);
  });

  it('takes a minimum too', async () => {
    expect(summary(await findingsOf([paragraphs], letter('We will collect your bins on Friday.')))).toEqual(['1 paragraphs: use at least 2. [We will collect your bins on Friday.]']);
    expect(await findingsOf([paragraphs], letter('We will collect your bins on Friday.\n\nPlease put them out by 7am.'))).toEqual([]);
  });

  it('computes what the analysis does not give, such as the average sentence length', async () => {
    expect(await findingsOf([average], letter('We will collect all of your bins on Friday morning. Thank you.'))).toEqual([]);
    expect(summary(await findingsOf([average], letter('We will collect all of your green and brown bins on Friday morning next week.')))).toEqual([
      '15 words a sentence. [We will collect all of your green and brown bins on Friday morning next week.]',
    ]);
  });

  it('says nothing about readability on a letter under 100 words', async () => {
    expect(await findingsOf([ease], letter('Notwithstanding the aforementioned considerations, the determination stands.'))).toEqual([]);
    const long = letter(Array.from({ length: 12 }, () => 'Notwithstanding the considerations communicated, the authority has determined the application unsuccessfully.').join(' '));
    const [finding] = await findingsOf([ease], long);
    expect(finding!.message).toMatch(/^Reading ease -?\d+(\.\d)?, aim for at least 90\.$/);
  });

  it('measures the shares of long and passive sentences as plain/targets and the report do: a list line by line', async () => {
    const long = await ruleOf(yaml(['kind: metric', 'metric: longSentencePercent', 'max: 0'], { message: '{value}% long.' }), 'long.yml');
    const passive = await ruleOf(yaml(['kind: metric', 'metric: passivePercent', 'max: 0'], { message: '{value}% passive.' }), 'passive.yml');
    const list = ['Please bring:', '- your tenancy agreement and any letters from your landlord about the rent', '- your last three payslips or a letter from the Jobcentre about your benefits', '- a bank statement from this month'].join('\n');
    const filler = Array.from({ length: 9 }, () => 'We will look at your claim again next week.').join(' ');
    const text = letter(`${filler}\n\n${list}\n\nYour claim was checked by our team.`);
    const report = await checkText(text, { extraRules: [long, passive], only: ['testorg/long', 'testorg/passive'] });
    const file = report.files[0]!;
    expect(file.metrics).toMatchObject({ longSentencePercent: 0, passivePercent: 9.1 });
    expect(summary(file.findings)).toEqual(['9.1% passive. [We will look at your claim again next week.]']);
  });
});

describe('scope', async () => {
  const tokens = (scope: string) => yaml(['kind: existence', `scope: ${scope}`, 'tokens: [Shepway Council]']);
  const folder = ruleFolder({
    'in-body.yml': tokens('body'),
    'in-salutation.yml': yaml(['kind: existence', 'scope: salutation', 'tokens: [customer]']),
    'in-signature.yml': tokens('signature'),
    'in-subject.yml': tokens('subject'),
    'in-letterhead.yml': tokens('letterhead'),
    'in-footer.yml': tokens('footer'),
    'in-document.yml': tokens('document'),
  });
  const rules = await loadCustomRules(folder);
  const text = [
    'Shepway Council',
    'Civic Centre',
    'Folkestone CT20 2QY',
    '',
    'Mrs A Patel',
    '1 High Street',
    'Hythe CT21 5AA',
    '',
    '3 March 2026',
    '',
    'Dear Customer',
    '',
    'Re: Shepway Council garden waste',
    '',
    'Shepway Council will collect your bin on Friday.',
    '',
    'Yours sincerely',
    '',
    '',
    'Priya Shah',
    'Waste Officer, Shepway Council',
    '',
    'Shepway Council, Civic Centre, Folkestone CT20 2QY',
  ].join('\n');

  it('looks only at its part of the letter', async () => {
    const findings = await findingsOf(rules, text);
    const where = (id: string) => findings.filter((f) => f.ruleId === `testorg/${id}`).map((f) => f.line);
    expect(where('in-letterhead')).toEqual([1]);
    expect(where('in-salutation')).toEqual([11]);
    expect(where('in-subject')).toEqual([13]);
    expect(where('in-body')).toEqual([15]);
    expect(where('in-signature')).toEqual([21]);
    expect(where('in-footer')).toEqual([23]);
    expect(where('in-document')).toEqual([1, 13, 15, 21, 23]);
  });

  const email = (subject: string, body: string) =>
    [
      'From: "Sam Jones" <sam.jones@shepway.gov.uk>',
      'To: anita.patel@example.com',
      `Subject: ${subject}`,
      'Date: Tue, 03 Mar 2026 10:14:22 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
    ].join('\n');
  const quotedReply = 'Dear Mrs Patel\n\nWe have refunded your payment today.\n\nKind regards\n\nSam Jones\n\nOn Mon, 2 Mar 2026 at 18:40, Anita Patel <anita.patel@example.com> wrote:\n> Shepway Council owes me money.\n> Anita Patel\n';

  it('counts an email’s Subject header in the words of the whole document', async () => {
    const rule = await ruleOf(yaml(['kind: metric', 'metric: words', 'max: 10', 'scope: document'], { message: 'The {metric} is {value}.' }));
    const body = 'Dear Mrs Patel\n\nWe have refunded your payment today.\n\nKind regards\n\nSam Jones\n';
    const short = await findingsOf([rule], email('Refund', body), { format: 'eml' });
    const long = await findingsOf([rule], email('Your refund of the garden waste charge for this year', body), { format: 'eml' });
    expect(short).toEqual([]);
    expect(long.map((f) => f.message)).toEqual([expect.stringMatching(/is 1\d\.$/)]);
  });

  it('never checks the quoted text of an email, even with scope: document', async () => {
    expect(await findingsOf(rules, email('Refund', quotedReply), { format: 'eml' })).toEqual([]);
  });

  it('checks an email’s Subject header for scope: subject and document, pointing at the first line', async () => {
    const findings = await findingsOf(rules, email('Your Shepway Council refund', quotedReply), { format: 'eml' });
    // The whole of an email is its Subject header and its body.
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['testorg/in-document', 1, 'Found “Shepway Council”.'],
      ['testorg/in-subject', 1, 'Found “Shepway Council”.'],
    ]);
  });
});

describe('through check options', () => {
  it('can be turned off or given another severity like a built-in rule', async () => {
    const rules = await loadCustomRules(ruleFolder({ 'name.yml': yaml(['kind: existence', 'tokens: [Shepway Council]']) }));
    const text = letter('Shepway Council will collect your bin.');
    const off = await checkText(text, { extraRules: rules, rules: { 'testorg/name': 'off' } });
    expect(off.files[0]!.findings.filter((f) => f.ruleId === 'testorg/name')).toEqual([]);
    const error = await checkText(text, { extraRules: rules, rules: { 'testorg/name': 'error' } });
    expect(error.files[0]!.findings.find((f) => f.ruleId === 'testorg/name')!.severity).toBe('error');
    expect(error.files[0]!.pass).toBe(false);
  });
});

describe('metadata from the YAML', () => {
  it('gives the rule its id, severity, category, standard, description, why and examples', async () => {
    const rule = await ruleOf(
      [
        'kind: substitution',
        'severity: error',
        'category: template',
        'standard: Shepway 11',
        'why: Our name is part of the corporate style.',
        "message: 'Write “{expected}”, not “{actual}”.'",
        'swap: { Shepway Council: Shepway District Council }',
        'examples: { good: [Shepway District Council wrote.], bad: [Shepway Council wrote.] }',
      ].join('\n'),
      'Council-Name.yml',
    );
    expect(rule.meta).toEqual({
      id: 'testorg/council-name',
      category: 'template',
      severity: 'error',
      // Without a description, the message stands in for one.
      description: 'Write …, not ….',
      why: 'Our name is part of the corporate style.',
      standard: 'Shepway 11',
      fixable: true,
      messages: { replace: 'Write “{expected}”, not “{actual}”.' },
      examples: { good: ['Shepway District Council wrote.'], bad: ['Shepway Council wrote.'] },
    });
  });

  it('defaults to a warning in the plain category, looking at the body, for every kind of document', async () => {
    const rule = await ruleOf(yaml(['kind: existence', 'tokens: [herewith]']));
    expect(rule.meta).toMatchObject({ severity: 'warning', category: 'plain', fixable: false, messages: { found: 'Found “{actual}”.' } });
    for (const kind of ['letter', 'complaint-response', 'refusal'] as const) {
      expect(await findingsOf([rule], letter('I enclose the form herewith.'), { kind })).toHaveLength(1);
    }
  });
});
