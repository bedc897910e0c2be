import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../../src/engine/define-rule.js';
import { CustomRuleError, loadCustomRules, parseCustomRule } from '../../../src/rules/kinds/load.js';
import type { Rule } from '../../../src/types.js';
import { ruleFolder } from './helpers.js';

/** Lines 1–4 are always the same, so every case can name its line. */
const HEAD = ["message: 'Found “{actual}”.'", 'standard: Shepway 12', 'examples: { good: [Fine.], bad: [Not fine.] }'];
const source = (...lines: string[]) => [...HEAD, ...lines].join('\n') + '\n';

function errorOf(text: string, file = 'shepway/council-name.yml'): string {
  try {
    parseCustomRule(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(CustomRuleError);
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('the rule was accepted');
}

const F = 'shepway/council-name.yml';
/** "Billion laughs": nine-fold aliases six deep, which the yaml package refuses to expand. */
const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');

describe('custom rule validation: every message names the file, the line and the key', () => {
  it.each([
    ['YAML syntax', 'kind: existence\ntokens: [unclosed\n', `${F}:3: not valid YAML: `],
    ['a key given twice', source('kind: existence', 'tokens: [a]', 'kind: existence'), `${F}:6: kind: the key is given twice`],
    ['not a map', '- kind: existence\n', `${F}:1: expected a rule: keys such as kind, message, standard and examples`],
    ['an alias bomb', `${ALIAS_BOMB}\nkind: existence\n`, `${F}:1: not usable YAML: too many aliases (*name) to expand`],
    ['no kind', source('tokens: [a]'), `${F}:1: the key "kind" is missing: give one of existence, substitution, required or metric`],
    ['an unknown kind', source('kind: occurrence'), `${F}:4: kind: expected one of existence, substitution, required or metric`],
    [
      'an unknown key',
      source('kind: existence', 'tokens: [a]', 'colour: red'),
      `${F}:6: colour: unknown key for an existence rule (its keys are kind, message, severity, standard, description, why, category, scope, kinds, ignoreCase, examples, tokens, patterns)`,
    ],
    ['a key of another kind', source('kind: existence', 'swap: { a: b }'), `${F}:5: swap: unknown key for an existence rule (its keys are `],
    ['no message', ['kind: existence', 'standard: Shepway 12', 'examples: { good: [a], bad: [b] }', 'tokens: [a]'].join('\n'), `${F}:1: the key "message" is missing: give the message a letter writer sees`],
    ['an empty message', source('kind: existence', 'tokens: [a]').replace("'Found “{actual}”.'", "''"), `${F}:1: message: expected the message a letter writer sees, not empty text`],
    ['a message with no value', source('kind: existence', 'tokens: [a]').replace("'Found “{actual}”.'", ''), `${F}:1: message: expected the message a letter writer sees`],
    ['a message that is not text', source('kind: existence', 'tokens: [a]').replace("'Found “{actual}”.'", '[a, b]'), `${F}:1: message: expected the message a letter writer sees`],
    ['no standard', source('kind: existence', 'tokens: [a]').replace('standard: Shepway 12', 'why: Because.'), `${F}:1: the key "standard" is missing: give the standard the rule enforces, such as "Shepway 12"`],
    ['a wrong severity', source('kind: existence', 'tokens: [a]', 'severity: high'), `${F}:6: severity: expected error, warning or info`],
    ['a wrong category', source('kind: existence', 'tokens: [a]', 'category: style'), `${F}:6: category: expected one of the categories plain, courtesy, correspondence, template, access, email or privacy`],
    ['a wrong scope', source('kind: existence', 'tokens: [a]', 'scope: header'), `${F}:6: scope: expected one of body, salutation, signature, subject, letterhead, footer or document`],
    ['kinds not a list', source('kind: existence', 'tokens: [a]', 'kinds: complaint-response'), `${F}:6: kinds: expected a list of document kinds, such as [complaint-response]`],
    ['an unknown document kind', source('kind: existence', 'tokens: [a]', 'kinds: [letter, complaint]'), `${F}:6: kinds[1]: expected a document kind: letter, email, out-of-office, acknowledgement, complaint-response, refusal, visit-appointment, change-notice, template or leaflet`],
    ['an empty kinds list', source('kind: existence', 'tokens: [a]', 'kinds: []'), `${F}:6: kinds: expected at least one document kind (or leave the key out for every kind)`],
    ['ignoreCase not a boolean', source('kind: existence', 'tokens: [a]', 'ignoreCase: sometimes'), `${F}:6: ignoreCase: expected true or false`],
    ['no examples', source('kind: existence', 'tokens: [a]').replace('examples: { good: [Fine.], bad: [Not fine.] }', 'why: Because.'), `${F}:1: the key "examples" is missing: give good and bad examples, as {good: [...], bad: [...]}`],
    ['no bad examples', source('kind: existence', 'tokens: [a]').replace(', bad: [Not fine.]', ''), `${F}:3: examples.bad: missing: give a list of examples the rule must flag`],
    ['no good examples', source('kind: existence', 'tokens: [a]').replace('good: [Fine.]', 'good: []'), `${F}:3: examples.good: expected at least one good example`],
    ['an empty example', source('kind: existence', 'tokens: [a]').replace('bad: [Not fine.]', "bad: ['']"), `${F}:3: examples.bad[0]: expected an example letter or sentence, not empty text`],
    ['an unknown key in examples', source('kind: existence', 'tokens: [a]').replace('bad: [Not fine.]', 'bad: [Not fine.], ugly: [x]'), `${F}:3: examples.ugly: unknown key: examples have only good and bad`],
    ['an unknown placeholder', source('kind: existence', 'tokens: [a]').replace('{actual}', '{expected}'), `${F}:1: message: unknown placeholder {expected}: an existence rule fills {actual}`],
    ['existence with nothing to find', source('kind: existence'), `${F}:1: an existence rule needs "tokens" (words or phrases) or "patterns" (regular expressions), or both`],
    ['an empty token list', source('kind: existence', 'tokens: []'), `${F}:5: tokens: expected a list of words or phrases, not an empty list`],
    ['a token that is not text', source('kind: existence', 'tokens:', '  - fine', '  - [nested]'), `${F}:7: tokens[1]: expected a word or phrase`],
    ['a token listed twice', source('kind: existence', 'tokens:', '  - Shepway Council', '  - shepway  council'), `${F}:7: tokens[1]: "shepway  council" is listed twice (also as "Shepway Council")`],
    ['a pattern that does not compile', source('kind: existence', 'patterns:', "  - 'fine'", "  - '(unclosed'"), `${F}:7: patterns[1]: not a valid regular expression: Unterminated group`],
    ['a catastrophic pattern', source('kind: existence', "patterns: ['(\\w+\\s?)+$']"), `${F}:5: patterns[0]: the pattern is refused because a repeated group holds a repeat (such as "(a+)+"), which can take minutes on some letters`],
    ['a pattern matching empty text', source('kind: existence', "patterns: ['(?:council)?']"), `${F}:5: patterns[0]: the pattern matches empty text, so it would match everywhere`],
    ['a swap value that is not a word', source('kind: substitution', 'swap:', '  utilise: use', '  going forward: 3').replace('{actual}', '{expected}'), `${F}:7: swap."going forward": expected a word or a list of words`],
    ['an empty list of replacements', source('kind: substitution', 'swap:', '  utilise: []').replace('{actual}', '{expected}'), `${F}:6: swap.utilise: expected a word or a list of words, not an empty list`],
    ['an empty replacement', source('kind: substitution', 'swap:', "  utilise: ''"), `${F}:6: swap.utilise: expected a word, not empty text`],
    ['no swap', source('kind: substitution'), `${F}:1: the key "swap" is missing: give a map of word: replacement`],
    ['swap not a map', source('kind: substitution', 'swap: [utilise, use]'), `${F}:5: swap: expected a map of word: replacement`],
    ['an empty swap', source('kind: substitution', 'swap: {}'), `${F}:5: swap: expected at least one word: replacement`],
    ['a replacement that is itself flagged', source('kind: substitution', 'swap:', '  commence: start', '  start: begin'), `${F}:6: swap.commence: the replacement "start" for "commence" is itself flagged ("start")`],
    ['required with both', source('kind: required', 'tokens: [a]', "pattern: 'b'").replace('{actual}', 'it'), `${F}:6: pattern: give "pattern" or "tokens", not both`],
    ['required with neither', source('kind: required').replace('{actual}', 'it'), `${F}:1: a required rule needs "tokens" (words or phrases, any one of which must appear) or "pattern" (a regular expression)`],
    ['{expected} with a pattern', source('kind: required', "pattern: 'b'").replace('{actual}', '{expected}'), `${F}:1: message: {expected} lists the tokens, so it needs "tokens": a pattern is not shown to letter writers`],
    ['no metric', source('kind: metric', 'max: 3').replace('{actual}', '{value}'), `${F}:1: the key "metric" is missing: give one of the metrics words, sentences, readingEase, readingAge, gradeLevel, averageSentenceLength, passivePercent, longSentencePercent or paragraphs`],
    ['an unknown metric', source('kind: metric', 'metric: syllables', 'max: 3').replace('{actual}', '{value}'), `${F}:5: metric: expected one of the metrics words, sentences, readingEase, readingAge, gradeLevel, averageSentenceLength, passivePercent, longSentencePercent or paragraphs`],
    ['a metric without limits', source('kind: metric', 'metric: words').replace('{actual}', '{value}'), `${F}:1: a metric rule needs "max", "min" or both`],
    ['a limit that is not a number', source('kind: metric', 'metric: words', 'max: lots').replace('{actual}', '{value}'), `${F}:6: max: expected a number`],
    ['a negative limit', source('kind: metric', 'metric: words', 'min: -1').replace('{actual}', '{value}'), `${F}:6: min: expected a number of 0 or more`],
    ['min above max', source('kind: metric', 'metric: words', 'max: 10', 'min: 20').replace('{actual}', '{value}'), `${F}:7: min: expected a number no greater than max (10)`],
    ['a metric of the signature', source('kind: metric', 'metric: words', 'max: 10', 'scope: signature').replace('{actual}', '{value}'), `${F}:7: scope: a metric rule measures body, subject or document`],
  ])('%s', (_name, text, expected) => {
    const message = errorOf(text);
    if (expected.endsWith(': ') || expected.endsWith('(its keys are ')) expect(message.startsWith(expected), message).toBe(true);
    else expect(message).toBe(expected);
  });

  it('refuses file and folder names that cannot be rule ids', () => {
    const rule = source('kind: existence', 'tokens: [a]');
    expect(errorOf(rule, 'shepway/council name.yml')).toBe('shepway/council name.yml: the file name cannot be a rule id: use lower-case letters, digits and hyphens, such as "council-name.yml"');
    expect(errorOf(rule, 'shepway_rules/name.yml')).toBe('shepway_rules/name.yml: the folder name "shepway_rules" cannot start a rule id: use lower-case letters, digits and hyphens, such as "shepway"');
    expect(errorOf(rule, 'plain/name.yml')).toBe(`plain/name.yml: "plain" is a built-in category: put the organisation's rules in a folder named after it, such as "shepway"`);
    // Capitals are folded, as a council's folder is often written "Shepway".
    expect(parseCustomRule(rule, 'Shepway/Council-Name.yml').meta.id).toBe('shepway/council-name');
  });

  it('refuses two files giving the same id, and a folder it cannot read', async () => {
    const rule = source('kind: existence', 'tokens: [a]');
    const folder = ruleFolder({ 'name.yml': rule, 'name.yaml': rule }, 'shepway');
    await expect(loadCustomRules(folder)).rejects.toThrow(new CustomRuleError('shepway/name.yml: the rule id "shepway/name" is also given by shepway/name.yaml'));
    await expect(loadCustomRules(join(folder, 'missing'))).rejects.toThrow(/missing: cannot read the custom rules folder$/);
  });

  it('names the folder and file of a broken rule read from disk, and skips other files', async () => {
    const folder = ruleFolder({ 'a-fine.yml': source('kind: existence', 'tokens: [a]'), 'README.md': '# not a rule', 'b-broken.yml': source('kind: existence', 'tokens: [a]', 'severty: error') }, 'folkestone-hythe');
    mkdirSync(join(folder, 'drafts'));
    writeFileSync(join(folder, 'drafts', 'c.yml'), 'not: [valid');
    await expect(loadCustomRules(folder)).rejects.toThrow(/^folkestone-hythe\/b-broken\.yml:6: severty: unknown key/);
  });
});

describe('defineRule', () => {
  const rule = (id: string, category: 'plain' | 'courtesy' = 'plain'): Rule => ({
    meta: { id, category, severity: 'warning', description: 'd', standard: 's', fixable: false, messages: { m: 'm' }, examples: { good: ['g'], bad: ['b'] } },
    create() {},
  });

  it('still requires a built-in id to start with its category', () => {
    expect(() => defineRule(rule('courtesy/name'))).toThrow('Rule courtesy/name must start with its category "plain/"');
    expect(() => defineRule(rule('folkestone-hythe/name'))).toThrow('must look like category/name-in-kebab-case');
    expect(defineRule(rule('plain/name')).meta.id).toBe('plain/name');
  });

  it('lets a custom rule start with its organisation, in kebab case, and checks the rest', () => {
    expect(defineRule(rule('folkestone-hythe/council-name'), { custom: true }).meta.id).toBe('folkestone-hythe/council-name');
    expect(() => defineRule(rule('Shepway/name'), { custom: true })).toThrow('must look like organisation/name-in-kebab-case');
    expect(() => defineRule({ ...rule('shepway/name'), meta: { ...rule('shepway/name').meta, standard: '' } }, { custom: true })).toThrow('must cite the standard');
  });
});
