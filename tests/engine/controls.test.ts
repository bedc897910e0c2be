import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/engine/run.js';
import { controlMatches, controlRegions, INLINE_CONTROL_RULE_ID, nearestRuleId, parseControl } from '../../src/engine/controls.js';
import { textDocument } from '../../src/load/txt.js';

describe('parseControl', () => {
  it('reads each directive, with or without the comment marks and rule list', () => {
    expect(parseControl('<!-- cc-check-disable -->')).toEqual({ directive: 'disable', rules: [] });
    expect(parseControl('cc-check-enable plain/jargon')).toEqual({ directive: 'enable', rules: ['plain/jargon'] });
    expect(parseControl('<!--cc-check-disable-line plain/jargon,plain/waffle-->')).toEqual({ directive: 'disable-line', rules: ['plain/jargon', 'plain/waffle'] });
    expect(parseControl('<!-- cc-check-disable-next-line Plain/Jargon  plain/* -- why -->')).toEqual({ directive: 'disable-next-line', rules: ['plain/jargon', 'plain/*'] });
  });

  it('is not fooled by lookalikes or prose', () => {
    expect(parseControl('<!-- cc-check-disabled -->')).toBeUndefined();
    expect(parseControl('<!-- cc-check-disable-next -->')).toBeUndefined();
    expect(parseControl('Please use cc-check-disable here')).toBeUndefined();
    expect(parseControl('<!-- eslint-disable -->')).toBeUndefined();
  });
});

describe('controlMatches', () => {
  it('matches every rule with an empty list, a rule by id, and a category by "plain" or "plain/*"', () => {
    expect(controlMatches([], 'courtesy/tone')).toBe(true);
    expect(controlMatches(['plain/jargon'], 'plain/jargon')).toBe(true);
    expect(controlMatches(['plain/jargon'], 'plain/jargon-extra')).toBe(false);
    expect(controlMatches(['plain'], 'plain/waffle')).toBe(true);
    expect(controlMatches(['plain/*'], 'plain/waffle')).toBe(true);
    expect(controlMatches(['plain'], 'plainly/other')).toBe(false);
    expect(controlMatches(['courtesy'], 'plain/waffle')).toBe(false);
  });

  it('matches a custom rule by its organisation folder, or by its category', () => {
    expect(controlMatches(['folkestone-hythe'], 'folkestone-hythe/council-name', 'correspondence')).toBe(true);
    expect(controlMatches(['folkestone-hythe/*'], 'folkestone-hythe/council-name', 'correspondence')).toBe(true);
    expect(controlMatches(['plain'], 'folkestone-hythe/plain-words', 'plain')).toBe(true);
    expect(controlMatches(['courtesy'], 'folkestone-hythe/plain-words', 'plain')).toBe(false);
  });
});

describe('controlRegions', () => {
  it('answers per rule and offset; a disable runs to the end, an enable ends it', () => {
    const doc = textDocument('a.txt', 'one\n<!-- cc-check-disable plain/jargon -->\ntwo\n<!-- cc-check-enable -->\nthree\n<!-- cc-check-disable -->\nfour\n');
    const regions = controlRegions(doc);
    const at = (word: string) => doc.text.indexOf(word);
    expect(regions.empty).toBe(false);
    expect([at('one'), at('two'), at('three'), at('four')].map((o) => regions.disabled('plain/jargon', o))).toEqual([false, true, false, true]);
    expect([at('one'), at('two'), at('three'), at('four')].map((o) => regions.disabled('courtesy/tone', o))).toEqual([false, false, false, true]);
  });

  it('is empty for a document without controls', () => {
    expect(controlRegions(textDocument('a.txt', 'Dear Mrs Patel\n')).empty).toBe(true);
  });
});

describe('nearestRuleId', () => {
  const known = ['plain/jargon', 'plain/waffle', 'courtesy/tone', 'plain', 'courtesy'];
  it('suggests a close spelling, or the id when the category was left out', () => {
    expect(nearestRuleId('plain/jargn', known)).toBe('plain/jargon');
    expect(nearestRuleId('waffle', known)).toBe('plain/waffle');
    expect(nearestRuleId('curtesy', known)).toBe('courtesy');
  });
  it('suggests nothing for a name far from every rule', () => {
    expect(nearestRuleId('council/house-style', known)).toBeUndefined();
  });
});

describe('fixtures/inline', () => {
  it('a Markdown template: next-line with a reason, a disable range, a misspelt rule reported', async () => {
    const report = await checkFiles(['fixtures/inline/housing-decision.md'], { only: ['plain/jargon', 'plain/waffle', INLINE_CONTROL_RULE_ID] });
    const file = report.files[0]!;
    expect(file.error).toBeNull();
    expect(file.findings.map((f) => `${f.ruleId}:${f.line}:${f.excerpt}`)).toEqual([
      'plain/waffle:20:in order to',
      'plain/jargon:27:utilise',
      'plain/waffle:27:in order to',
      `${INLINE_CONTROL_RULE_ID}:28:`,
    ]);
    expect(file.findings.at(-1)!.suggestion).toBe('plain/jargon');
  });

  it('a Markdown template with its statutory wording protected', async () => {
    const profile = { protected: [{ name: 'review rights', start: 'If you disagree with this decision', end: 'in order to be considered.' }] };
    const report = await checkFiles(['fixtures/inline/housing-decision.md'], { only: ['plain/jargon', 'plain/waffle', 'plain/latin-legal', 'plain/passive'], profile });
    const file = report.files[0]!;
    expect(file.protected).toEqual([{ name: 'review rights', found: true }]);
    expect(file.findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['plain/jargon:27', 'plain/waffle:27']);
  });

  it('a text letter: range, line and next-line controls', async () => {
    const report = await checkFiles(['fixtures/inline/council-tax-reminder.txt'], { only: ['plain/jargon', 'plain/waffle', 'plain/latin-legal', INLINE_CONTROL_RULE_ID] });
    const file = report.files[0]!;
    expect(file.findings.map((f) => `${f.ruleId}:${f.line}:${f.excerpt}`)).toEqual(['plain/waffle:7:in order to', 'plain/waffle:14:in order to']);
  });
});
