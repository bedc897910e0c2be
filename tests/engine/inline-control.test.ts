import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';
import { findRule } from '../../src/rules/index.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { INLINE_CONTROL_RULE_ID, inlineControlRule } from '../../src/engine/controls.js';
import type { DocumentFormat, Rule } from '../../src/types.js';
import { runRuleTests } from '../helpers/rule-tester.js';

/** Both rules fire on every line of this kind: jargon "leverage", waffle "in order to". */
const LINE = 'We will leverage the grant in order to help you.';
const RULES = ['plain/jargon', 'plain/waffle', INLINE_CONTROL_RULE_ID];

/** A custom rule as an organisation's YAML gives one: its id starts with the organisation's folder; it flags "grant". */
const councilWords = defineRule(
  {
    meta: {
      id: 'folkestone-hythe/council-words',
      category: 'plain',
      severity: 'warning',
      description: 'Test custom rule.',
      standard: 'Shepway 12',
      fixable: false,
      messages: { word: 'Say “payment”.' },
      examples: { good: ['We pay.'], bad: ['The grant.'] },
    },
    create(context) {
      for (const match of context.document.text.matchAll(/grant/g)) context.report({ messageId: 'word', start: match.index, end: match.index + 5 });
    },
  },
  { custom: true },
);

/** The findings as "rule:line", for the rules given (by default jargon, waffle and the control rule). */
async function found(text: string, format: DocumentFormat, only = RULES, extra: { extraRules?: Rule[] } = {}): Promise<string[]> {
  const report = await checkText(text, { path: `case.${format}`, format, only, ...extra });
  const file = report.files[0]!;
  if (file.error) throw new Error(file.error.message);
  return file.findings.map((f) => `${f.ruleId}:${f.line}`);
}

/** Each case runs as .txt and as .md: the directives mean the same in both. */
describe.each(['txt', 'md'] as const)('inline controls in a .%s file', (format) => {
  it('without any control, both rules fire on every line (the baseline of the cases below)', async () => {
    expect(await found(`Dear Mrs Patel\n\n${LINE}\n${LINE}\n`, format)).toEqual(['plain/jargon:3', 'plain/waffle:3', 'plain/jargon:4', 'plain/waffle:4']);
  });

  it('disable … enable with no rule list hides every rule in between', async () => {
    const text = `Dear Mrs Patel\n\n${LINE}\n\n<!-- cc-check-disable -->\n${LINE}\n<!-- cc-check-enable -->\n\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:3', 'plain/waffle:3', 'plain/jargon:9', 'plain/waffle:9']);
  });

  it('disable with a rule list hides only those rules, until a plain enable', async () => {
    const text = `${LINE}\n\n<!-- cc-check-disable plain/jargon -->\n${LINE}\n<!-- cc-check-enable -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:1', 'plain/waffle:1', 'plain/waffle:4', 'plain/jargon:6', 'plain/waffle:6']);
  });

  it('takes several rules, separated by commas or spaces, and ignores a "-- reason" note', async () => {
    const text = `<!-- cc-check-disable plain/jargon, plain/waffle -- wording agreed with legal -->\n${LINE}\n<!-- cc-check-enable plain/jargon plain/waffle -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:4', 'plain/waffle:4']);
  });

  it('enable with a rule list ends the disable of that rule only', async () => {
    const text = `<!-- cc-check-disable plain/jargon, plain/waffle -->\n${LINE}\n<!-- cc-check-enable plain/waffle -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/waffle:4']);
  });

  it('a disable that is never enabled runs to the end of the document', async () => {
    const text = `${LINE}\n\n<!-- cc-check-disable plain/waffle -->\n\n${LINE}\n\n# Next steps\n\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:1', 'plain/waffle:1', 'plain/jargon:5', 'plain/jargon:9']);
  });

  it('disable-next-line hides the next line only, with or without a rule list', async () => {
    const text = `<!-- cc-check-disable-next-line -->\n${LINE}\n${LINE}\n\n<!-- cc-check-disable-next-line plain/waffle -->\n${LINE}\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:3', 'plain/waffle:3', 'plain/jargon:6', 'plain/jargon:7', 'plain/waffle:7']);
  });

  it('disable-line hides the line the comment is on, with or without a rule list', async () => {
    const text = `${LINE} <!-- cc-check-disable-line -->\n${LINE}\n${LINE} <!-- cc-check-disable-line plain/jargon -->\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:2', 'plain/waffle:2', 'plain/waffle:3']);
  });

  it('a category stands for all its rules, written "plain" or "plain/*"', async () => {
    const text = `<!-- cc-check-disable-next-line plain -->\n${LINE}\n<!-- cc-check-disable-next-line plain/* -->\n${LINE}\n<!-- cc-check-disable-next-line courtesy -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:6', 'plain/waffle:6']);
  });

  it('nested: the last control naming a rule decides (a plain enable ends every disable)', async () => {
    const text = `<!-- cc-check-disable plain/jargon -->\n${LINE}\n<!-- cc-check-disable -->\n${LINE}\n<!-- cc-check-enable -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/waffle:2', 'plain/jargon:6', 'plain/waffle:6']);
  });

  it('nested: enabling one rule inside a disable of all brings back that rule only', async () => {
    const text = `<!-- cc-check-disable -->\n${LINE}\n<!-- cc-check-enable plain/jargon -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual(['plain/jargon:4']);
  });

  it('overlapping ranges of different rules each end at their own enable', async () => {
    const text = [
      '<!-- cc-check-disable plain/jargon -->', LINE, '<!-- cc-check-disable plain/waffle -->', LINE,
      '<!-- cc-check-enable plain/jargon -->', LINE, '<!-- cc-check-enable plain/waffle -->', LINE,
    ].join('\n');
    expect(await found(text, format)).toEqual(['plain/waffle:2', 'plain/jargon:6', 'plain/jargon:8', 'plain/waffle:8']);
  });

  it('a line control wins inside an enabled stretch, and a next-line inside a disable changes nothing', async () => {
    const text = `<!-- cc-check-disable plain/jargon -->\n<!-- cc-check-disable-next-line plain/jargon -->\n${LINE}\n<!-- cc-check-enable -->\n${LINE} <!-- cc-check-disable-line plain/waffle -->\n`;
    expect(await found(text, format)).toEqual(['plain/waffle:3', 'plain/jargon:5']);
  });

  it('reports an unknown rule id (info, with the nearest name) and hides nothing for it', async () => {
    const text = `<!-- cc-check-disable-next-line plain/jargn -->\n${LINE}\n`;
    const report = await checkText(text, { path: `case.${format}`, format, only: RULES });
    const findings = report.files[0]!.findings;
    expect(findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual([`${INLINE_CONTROL_RULE_ID}:1`, 'plain/jargon:2', 'plain/waffle:2']);
    expect(findings[0]).toMatchObject({ severity: 'info', suggestion: 'plain/jargon', column: 1 });
    expect(findings[0]!.message).toBe('“cc-check-disable-next-line” names “plain/jargn”, which is not a cc-check rule or category, so it hides nothing. Did you mean “plain/jargon”?');
  });

  it('reports an unknown category and a rule id written without its category, but still obeys the known ones', async () => {
    const text = `<!-- cc-check-disable-next-line plian, jargon, plain/waffle -->\n${LINE}\n`;
    const report = await checkText(text, { path: `case.${format}`, format, only: RULES });
    const findings = report.files[0]!.findings;
    expect(findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual([`${INLINE_CONTROL_RULE_ID}:1`, `${INLINE_CONTROL_RULE_ID}:1`, 'plain/jargon:2']);
    expect(findings[0]!.message).toContain('Did you mean “plain”?');
    expect(findings[1]!.message).toContain('Did you mean “plain/jargon”?');
  });

  it('says nothing of a control naming a rule that is switched off, or a custom rule of the run', async () => {
    const text = `<!-- cc-check-disable-next-line plain/passive, folkestone-hythe/council-words -->\n${LINE}\n<!-- cc-check-disable-next-line folkestone-hythe -->\n${LINE}\n`;
    expect(await found(text, format, RULES, { extraRules: [councilWords] })).toEqual(['plain/jargon:2', 'plain/waffle:2', 'plain/jargon:4', 'plain/waffle:4']);
  });

  it('a custom rule is covered by its organisation folder and by its category', async () => {
    const only = ['folkestone-hythe/council-words', INLINE_CONTROL_RULE_ID];
    const text = `${LINE}\n<!-- cc-check-disable-next-line folkestone-hythe -->\n${LINE}\n<!-- cc-check-disable-next-line plain -->\n${LINE}\n<!-- cc-check-disable-next-line courtesy -->\n${LINE}\n`;
    expect(await found(text, format, only, { extraRules: [councilWords] })).toEqual(['folkestone-hythe/council-words:1', 'folkestone-hythe/council-words:7']);
  });

  it('never hides its own findings: a disable of every rule still shows a misspelt control', async () => {
    const text = `<!-- cc-check-disable -->\n<!-- cc-check-disable-next-line plain/wafle -->\n${LINE}\n`;
    expect(await found(text, format)).toEqual([`${INLINE_CONTROL_RULE_ID}:2`]);
  });
});

describe('what "line" means', () => {
  it('is a line of the file in Markdown too: a soft-wrapped paragraph needs disable … enable', async () => {
    const text = `<!-- cc-check-disable-next-line plain/jargon -->\nWe will leverage the grant and\nleverage the loan.\n`;
    expect(await found(text, 'md')).toEqual(['plain/jargon:3']);
  });

  it('in a .txt whose paragraphs are single long lines, the next line is the whole paragraph', async () => {
    const text = `Dear Mrs Patel\n\n<!-- cc-check-disable-next-line plain/jargon -->\n${LINE} ${LINE} ${LINE}\n\n${LINE}\n`;
    expect(await found(text, 'txt', ['plain/jargon'])).toEqual(['plain/jargon:6']);
  });

  it('a blank line after disable-next-line is the line it covers (as in ESLint)', async () => {
    expect(await found(`<!-- cc-check-disable-next-line -->\n\n${LINE}\n`, 'md')).toEqual(['plain/jargon:3', 'plain/waffle:3']);
  });
});

describe('document-level findings', () => {
  const hard = findRule('plain/readability')!.meta.examples.bad[0]!;
  const readability = async (text: string) => {
    const report = await checkText(text, { path: 'case.txt', only: ['plain/readability'] });
    return report.files[0]!.findings.map((f) => `${f.messageId}:${f.line}`);
  };

  it('are reported on the opening of the body, and obey the controls at that place', async () => {
    expect(await readability(hard)).toContain('document:3');
    expect(await readability(`<!-- cc-check-disable plain/readability -->\n${hard}`)).toEqual([]);
    const opening = hard.split('\n');
    opening.splice(2, 0, '<!-- cc-check-disable-next-line plain/readability -->');
    expect(await readability(opening.join('\n'))).toEqual([]);
    // A control elsewhere (on the salutation) leaves the document finding standing.
    expect(await readability(hard.replace('Dear Mr Okafor', 'Dear Mr Okafor <!-- cc-check-disable-line plain/readability -->'))).toContain('document:3');
  });
});

describe('a control with a long run of spaces', () => {
  it('is read as any other (the parser takes linear time, so hostile spacing cannot stall a run)', async () => {
    const spaced = `<!-- cc-check-disable-next-line${' '.repeat(20_000)}plain/jargon -->`;
    const { parseControl } = await import('../../src/engine/controls.js');
    expect(parseControl(spaced)).toEqual({ directive: 'disable-next-line', rules: ['plain/jargon'] });
  });
});

runRuleTests(inlineControlRule, {
  valid: [
    `<!-- cc-check-disable plain/jargon, plain/* , plain -->\n${LINE}\n<!-- cc-check-enable -->\n`,
    { text: `<!-- cc-check-disable-next-line template/styles -- no formatting in Markdown -->\n${LINE}\n`, format: 'md' },
    { name: 'an ordinary comment', text: `<!-- draft: check with legal -->\n${LINE}\n`, format: 'md' },
    { name: 'words about controls in prose', text: `To switch a rule off, write cc-check-disable and the rule.\n` },
  ],
  invalid: [
    { text: `<!-- cc-check-disable plain/jargn -->\n${LINE}\n`, errors: [{ messageId: 'unknownRuleNear', line: 1, column: 1, severity: 'info', suggestion: 'plain/jargon' }] },
    { text: `<!-- cc-check-enable council/wording -->\n${LINE}\n`, format: 'md', errors: [{ messageId: 'unknownRule', message: '“council/wording”' }] },
    { name: 'a lookalike directive in a .txt', text: `${LINE}\n<!-- cc-check-disabel plain/jargon -->\n`, errors: [{ messageId: 'unknownDirective', line: 2, column: 1, message: '“cc-check-disabel” is not an inline control' }] },
    { name: 'a colon after the directive', text: `${LINE}\n<!-- cc-check-disable: plain/jargon -->\n`, errors: [{ messageId: 'unknownDirective', message: '“cc-check-disable:” is not an inline control' }] },
    { name: 'an equals sign for a space', text: `${LINE}\n\n<!-- cc-check-disable=plain/jargon -->\n`, format: 'md', errors: [{ messageId: 'unknownDirective', message: '“cc-check-disable=plain/jargon” is not an inline control' }] },
    { name: 'a control never closed', text: `${LINE}\n<!-- cc-check-disable plain/jargon\n${LINE}\n`, errors: [{ messageId: 'unclosed', line: 2, column: 1, message: '“<!-- cc-check-disable” has no closing “-->”' }] },
    { name: 'a control never closed, in Markdown', text: `${LINE}\n\n<!-- cc-check-disable-next-line plain/jargon\n\n${LINE}\n`, format: 'md', errors: [{ messageId: 'unclosed', line: 3 }] },
    // Markdown blanks every comment from the checked text: the loader keeps the lookalikes so they are still reported.
    { name: 'a lookalike directive in a .md', text: `${LINE}\n\n<!-- cc-check-disable-nextline plain/jargon -->\n${LINE}\n`, format: 'md', errors: [{ messageId: 'unknownDirective', line: 3, column: 1, message: '“cc-check-disable-nextline” is not an inline control' }] },
  ],
});
