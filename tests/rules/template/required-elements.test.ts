import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { checkFiles } from '../../../src/engine/run.js';
import requiredElements, { TEMPLATE_ELEMENTS } from '../../../src/rules/template/required-elements.js';
import { documentXml, minimalDocxParts, writeZip } from '../../../scripts/fixture-zip.js';
import { loadBytes } from '../../../src/load/index.js';
import { checkDocument } from '../../../src/engine/check.js';
import type { CheckOptions, DocumentFormat, DocumentKind, Finding, Profile, TemplateElement } from '../../../src/types.js';

const ID = 'template/required-elements';
const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/elements/${name}`, import.meta.url));
const COMPLETE = readFileSync(fixture('complete-letter.txt'), 'utf8');

/** Every element required, for Northfield Borough Council (as its config file would say). */
const ALL: Profile = { organisation: { name: 'Northfield Borough Council', aliases: ['Northfield Council'] }, template: { required: [...TEMPLATE_ELEMENTS] } };
const only = (...required: TemplateElement[]): Profile => ({ ...ALL, template: { required } });

interface Case {
  name: string;
  text: string;
  profile?: Profile;
  templateMode?: boolean;
  kind?: DocumentKind;
  format?: DocumentFormat;
}

async function findings(c: Case): Promise<Finding[]> {
  const options: CheckOptions & { path: string; format: DocumentFormat } = {
    only: [ID],
    path: c.format === 'md' ? 'case.md' : 'case.txt',
    format: c.format ?? 'txt',
    profile: c.profile ?? ALL,
    templateMode: c.templateMode ?? false,
  };
  if (c.kind) options.kind = c.kind;
  const file = (await checkText(c.text, options)).files[0]!;
  if (file.error) throw new Error(file.error.message);
  return file.findings;
}

/** The complete letter with the lines matching `drop` left out and `replace` pairs applied. */
function letter(drop: RegExp[] = [], replace: Array<[string | RegExp, string]> = []): string {
  let text = COMPLETE.split('\n')
    .filter((line) => !drop.some((pattern) => pattern.test(line)))
    .join('\n');
  for (const [from, to] of replace) text = text.replace(from, to);
  return text;
}

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe(`${ID}: must not fire`, () => {
  const valid: Case[] = [
    { name: 'a complete letter with every element in its place', text: COMPLETE },
    { name: 'nothing required (the default): quiet even on a bare letter', text: requiredElements.meta.examples.bad[0]!, profile: {} },
    { name: 'an empty list of required elements', text: requiredElements.meta.examples.bad[0]!, profile: { template: { required: [] } } },
    { name: 'the documented good example', text: requiredElements.meta.examples.good[0]!, profile: { ...ALL, organisation: { name: 'Eastbrook District Council' } } },
    { name: 'an alias of the organisation in the letterhead', text: letter([], [[/^Northfield Borough Council$/m, 'Northfield Council']]), profile: only('organisation-name') },
    { name: 'the name only in the footer (the logo at the top is an image)', text: letter([/^Northfield Borough Council$/]), profile: only('organisation-name') },
    { name: 'no name configured: any council’s name in the letterhead', text: COMPLETE, profile: { template: { required: ['organisation-name'] } } },
    { name: '"Ref:" is our reference', text: letter([], [['Our ref: HS/REP/2026/0457', 'Ref: HS/REP/2026/0457']]), profile: only('our-reference') },
    { name: '"Our reference" without a colon', text: letter([], [['Our ref: HS/REP/2026/0457', 'Our reference HS/REP/2026/0457']]), profile: only('our-reference') },
    { name: '"Contact:" names the officer', text: letter([], [['Please ask for: Lena Brooks', 'Contact: Lena Brooks']]), profile: only('contact-officer') },
    { name: 'phone and email under the signature, not in the heading', text: letter([/^Direct line/, /^Email/], [['Repairs Officer\n', 'Repairs Officer\nTel: 01632 961 447\nrepairs@northfield.gov.uk\n']]), profile: only('phone', 'email') },
    { name: 'a phone number written +44', text: letter([], [['Direct line: 01632 961 447', 'Direct line: +44 1632 961 447']]), profile: only('phone') },
    { name: 'a London number', text: letter([], [['Direct line: 01632 961 447', 'Direct line: 020 7946 0958']]), profile: only('phone') },
    { name: 'an email, not a letter', text: COMPLETE, kind: 'email' },
    { name: 'an out-of-office reply', text: COMPLETE, kind: 'out-of-office' },
    {
      name: 'a leaflet has no letter template',
      text: 'Bulky waste collections\n\nWhat we collect\nFurniture, beds and fridges.\n\nHow to book\nBook online or call us.',
    },
    { name: 'a template in template mode: merge fields stand for the elements', text: readFileSync(fixture('template-letter.txt'), 'utf8'), templateMode: true },
    { name: 'the same template recognised as one without --template-mode', text: readFileSync(fixture('template-letter.txt'), 'utf8') },
  ];
  for (const c of valid) {
    it(c.name, async () => {
      expect((await findings(c)).map((f) => `${f.message} [${f.excerpt}]`)).toEqual([]);
    });
  }
});

describe(`${ID}: must fire`, () => {
  const invalid: Array<Case & { expected: Array<{ messageId: string; message?: string; line?: number }> }> = [
    {
      name: 'no organisation name anywhere',
      text: letter([/Northfield Borough Council/]),
      profile: only('organisation-name'),
      expected: [{ messageId: 'missing', message: 'No organisation name (“Northfield Borough Council”) in the letterhead or page header', line: 1 }],
    },
    {
      name: 'another council’s name is not ours',
      text: letter([], [[/Northfield Borough Council/g, 'Southgate District Council']]),
      profile: only('organisation-name'),
      expected: [{ messageId: 'missing' }],
    },
    {
      name: 'no name configured and no council named in the letterhead',
      text: letter([/Northfield Borough Council/]),
      profile: { template: { required: ['organisation-name'] } },
      expected: [{ messageId: 'missing', message: 'No organisation name in the letterhead' }],
    },
    {
      name: 'no date',
      text: letter([/^9 April 2026$/]),
      profile: only('date'),
      expected: [{ messageId: 'missing', message: 'No date above the salutation', line: lineOf(letter([/^9 April 2026$/]), 'Dear') }],
    },
    {
      name: 'the date under the signature',
      text: letter([/^9 April 2026$/], [['Repairs Officer\n', 'Repairs Officer\n9 April 2026\n']]),
      profile: only('date'),
      expected: [{ messageId: 'misplaced', message: 'The date is only in the signature, not above the salutation' }],
    },
    {
      name: 'no "Our ref"',
      text: letter([/^Our ref/]),
      profile: only('our-reference'),
      expected: [{ messageId: 'missing', message: 'No reference (“Our ref: …”) in the letter heading' }],
    },
    {
      name: 'only "Your ref" is not our reference',
      text: letter([/^Our ref/]),
      profile: only('our-reference'),
      expected: [{ messageId: 'missing', line: lineOf(letter([/^Our ref/]), 'Your ref') }],
    },
    {
      name: '"Our ref:" left empty',
      text: letter([], [['Our ref: HS/REP/2026/0457', 'Our ref:']]),
      profile: only('our-reference'),
      expected: [{ messageId: 'emptyReference', message: '“Our ref:” has no reference after it' }],
    },
    {
      name: 'the reference only in a sentence of the body',
      text: letter([/^Our ref/], [['on 2 April.', 'on 2 April. Please quote our reference HS/REP/2026/0457 if you call.']]),
      profile: only('our-reference'),
      expected: [{ messageId: 'misplaced', message: 'The reference (“Our ref: …”) is only in the body of the letter, not in the letter heading' }],
    },
    {
      name: 'no contact officer',
      text: letter([/^Please ask for/, /^Direct line/]),
      profile: only('contact-officer'),
      expected: [{ messageId: 'missing', message: 'No contact officer (“Please ask for: …”) in the letter heading' }],
    },
    {
      name: 'the direct line only under the signature',
      text: letter([/^Please ask for/, /^Direct line/], [['Repairs Officer\n', 'Repairs Officer\nDirect line: 01632 961 447\n']]),
      profile: only('contact-officer'),
      expected: [{ messageId: 'misplaced', message: 'is only in the signature, not in the letter heading' }],
    },
    {
      name: 'the phone number only in the body',
      text: letter([/^Direct line/, /^www\./]),
      profile: only('phone'),
      expected: [{ messageId: 'misplaced', message: 'The phone number is only in the body of the letter, not in the letter heading or the signature' }],
    },
    {
      name: 'no phone number at all',
      text: letter([/^Direct line/, /^www\./], [['please call me on 01632 961 447', 'please write to me']]),
      profile: only('phone'),
      expected: [{ messageId: 'missing', message: 'No phone number' }],
    },
    {
      name: 'no email address',
      text: letter([/^Email/]),
      profile: only('email'),
      expected: [{ messageId: 'missing', message: 'No email address in the letter heading or the signature' }],
    },
    {
      name: 'no subject line',
      text: letter([/^Your kitchen ceiling repair$/]),
      profile: only('subject'),
      expected: [{ messageId: 'missing', message: 'No subject line after the salutation', line: lineOf(letter([/^Your kitchen ceiling repair$/]), 'Dear') }],
    },
    {
      name: 'a signature without a job title',
      text: letter([/^Repairs Officer$/]),
      profile: only('signature-job-title'),
      expected: [{ messageId: 'noJobTitle', message: 'The signature has no job title: put it on the line under “Lena Brooks”' }],
    },
    {
      name: 'no signature at all',
      text: letter([/^Lena Brooks$/, /^Repairs Officer$/, /^Northfield Borough Council,/, /^www\./]),
      profile: only('signature-job-title'),
      expected: [{ messageId: 'missing', message: 'No signature with a job title under the sign-off' }],
    },
    {
      name: 'no footer',
      text: letter([/^Northfield Borough Council,/, /^www\./]),
      profile: only('footer'),
      expected: [{ messageId: 'missing', message: 'No footer at the end of the letter' }],
    },
    {
      name: 'an enclosure line is not a footer',
      text: letter([/^Northfield Borough Council,/, /^www\./], [['Repairs Officer\n', 'Repairs Officer\n\nEnc. Repairs leaflet\n']]),
      profile: only('footer'),
      expected: [{ messageId: 'missing' }],
    },
    {
      name: 'a template outside template mode: the merge fields do not count',
      text: 'Northfield Borough Council\n\nMr D Okafor\n1 Mill Lane\nNorthfield\nNF4 8RT\n\nOur ref: HS/1\nDirect line: «OfficerPhone»\n\n9 April 2026\n\nDear Mr Okafor\n\nThank you for your letter.\n\nYours sincerely\n\nLena Brooks\nRepairs Officer',
      profile: only('phone'),
      expected: [{ messageId: 'missing' }],
    },
  ];
  for (const c of invalid) {
    it(c.name, async () => {
      const found = await findings(c);
      expect(found.map((f) => `${f.messageId}: ${f.message}`), found.map((f) => f.message).join('\n')).toHaveLength(c.expected.length);
      c.expected.forEach((e, i) => {
        expect(found[i]!.messageId).toBe(e.messageId);
        expect(found[i]!.severity).toBe('warning');
        expect(found[i]!.standard).toBe('Shepway 11');
        if (e.message) expect(found[i]!.message).toContain(e.message);
        if (e.line) expect(found[i]!.line).toBe(e.line);
      });
    });
  }

  it('the documented bad example, with every element required', async () => {
    const found = await findings({ name: 'bad', text: requiredElements.meta.examples.bad[0]!, profile: { ...ALL, organisation: { name: 'Eastbrook District Council' } } });
    expect(found.length).toBeGreaterThan(0);
  });

  it('says where each misplaced element was found', async () => {
    const found = await findings({ name: 'misplaced', text: readFileSync(fixture('misplaced-details.txt'), 'utf8') });
    expect(found.map((f) => `${f.line} ${f.messageId} ${f.message.split(':')[0]}`)).toEqual([
      '7 missing No contact officer (“Please ask for',
      '7 missing No subject line after the salutation',
      '9 misplaced The reference (“Our ref',
      '11 misplaced The phone number is only in the body of the letter, not in the letter heading or the signature',
      '11 misplaced The email address is only in the body of the letter, not in the letter heading or the signature',
      '18 misplaced The organisation name (“Northfield Borough Council”) is only in the signature, not in the letterhead or page header',
      '19 misplaced The date is only in the signature, not above the salutation',
      '19 missing No footer at the end of the letter',
    ]);
  });

  it('refuses an element it does not know, naming it', async () => {
    const profile = { template: { required: ['letterhead-logo'] } } as unknown as Profile;
    // The library holds a profile to the config schema before the rule sees it.
    await expect(findings({ name: 'unknown', text: COMPLETE, profile })).rejects.toThrow(/^profile: template\.required\[0\]: .*organisation-name/);
  });
});

describe(`${ID} on .docx`, () => {
  const docx = fileURLToPath(new URL('../../../fixtures/docx/council-tax-reduction.docx', import.meta.url));
  const eastbrook: Profile = { organisation: { name: 'Eastbrook District Council' }, template: { required: [...TEMPLATE_ELEMENTS] } };

  it('finds the name in the page header, the references in a table and the page footer', async () => {
    const file = (await checkFiles([docx], { only: [ID], profile: eastbrook })).files[0]!;
    // The letter gives its email address only in a sentence of the body.
    expect(file.findings.map((f) => [f.messageId, f.part, f.message.split(':')[0]])).toEqual([
      ['misplaced', 'body', 'The email address is only in the body of the letter, not in the letter heading or the signature'],
    ]);
  });

  it('reports a name that is not in the page header by paragraph', async () => {
    const file = (await checkFiles([docx], { only: [ID], profile: { ...eastbrook, organisation: { name: 'Northfield Borough Council' }, template: { required: ['organisation-name'] } } })).files[0]!;
    expect(file.findings).toMatchObject([{ messageId: 'missing', part: 'header', paragraph: 1, excerpt: 'Eastbrook District Council' }]);
  });

  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [
    'Mrs A Patel', '14 Willow Close', 'Eastbrook', 'EB4 7QT', '', '3 March 2026', '', 'Our ref: 04417-2026', 'Please ask for: Sam Jones', '',
    'Dear Mrs Patel', '', 'Your Council Tax Reduction', '', 'Thank you for applying for Council Tax Reduction.', '', 'Yours sincerely', '', 'Sam Jones', 'Benefits Officer',
  ].map(p).join('');
  async function docxWith(parts: { header?: string; footer?: string }) {
    const references: string[] = [];
    const extraParts: Array<{ name: string; data: string }> = [];
    const overrides: string[] = [];
    for (const [kind, text] of Object.entries(parts) as Array<['header' | 'footer', string | undefined]>) {
      if (!text) continue;
      const tag = kind === 'header' ? 'hdr' : 'ftr';
      references.push(`<w:${kind}Reference w:type="default" r:id="rId${kind}"/>`);
      extraParts.push({ name: `word/${kind}1.xml`, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} xmlns:w="${W}">${p(text)}</w:${tag}>` });
      overrides.push(`<Override PartName="/word/${kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`);
    }
    const relationships = Object.keys(parts)
      .filter((k) => parts[k as 'header' | 'footer'])
      .map((k) => `<Relationship Id="rId${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${k}" Target="${k}1.xml"/>`)
      .join('');
    const bytes = writeZip(minimalDocxParts({ document: documentXml(`${body}<w:sectPr>${references.join('')}</w:sectPr>`), relationships, extraParts, extraOverrides: overrides.join('') }));
    const document = await loadBytes('letter.docx', bytes, 'docx');
    return checkDocument(document, { only: [ID], profile: only('organisation-name', 'footer'), templateMode: false });
  }

  it('a page footer with text is the footer; the name in the page header counts', async () => {
    const result = await docxWith({ header: 'Northfield Borough Council', footer: 'Town Hall, Market Square, Northfield NF1 2AB' });
    expect(result.findings).toEqual([]);
  });

  it('without a page footer or a typed one, the footer is missing', async () => {
    const result = await docxWith({ header: 'Northfield Borough Council' });
    expect(result.findings.map((f) => [f.messageId, f.message.split(':')[0]])).toEqual([['missing', 'No footer at the end of the letter']]);
  });

  it('the name only in the page footer counts (a logo in the header is an image)', async () => {
    const result = await docxWith({ footer: 'Northfield Borough Council, Town Hall, Northfield NF1 2AB' });
    expect(result.findings).toEqual([]);
  });
});
