import { describe, expect, it } from 'vitest';
import { checkDocument, resolveRules } from '../../src/engine/check.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { buildReport } from '../../src/engine/run.js';
import { formatJson } from '../../src/format/json.js';
import { textDocument } from '../../src/load/txt.js';
import type { Rule } from '../../src/types.js';

/** A test-only rule: flags every "utilise" in the whole text. */
const utilise: Rule = defineRule({
  meta: {
    id: 'plain/test-utilise',
    category: 'plain',
    severity: 'warning',
    description: 'Test rule.',
    standard: 'Shepway 12',
    fixable: true,
    messages: { word: 'Say “use” instead of “{actual}”.' },
    examples: { good: ['We use it.'], bad: ['We utilise it.'] },
  },
  create(context) {
    for (const match of context.document.text.matchAll(/utilise/gi)) {
      const start = match.index!;
      const end = start + match[0].length;
      context.report({ messageId: 'word', data: { actual: match[0] }, start, end, suggestion: 'use', fix: { start, end, text: 'use' } });
    }
  },
});

const letter = textDocument('letter.txt', 'Dear Mrs Patel\n\nWe will utilise the grant.\nWe utilise it well.\n\nYours sincerely\n');

describe('checkDocument', () => {
  it('turns reports into findings with positions, excerpt, standard and suggestion', () => {
    const result = checkDocument(letter, {}, resolveRules({}, [utilise]));
    expect(result.findings).toHaveLength(2);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'plain/test-utilise', severity: 'warning', message: 'Say “use” instead of “utilise”.',
      line: 3, column: 9, endLine: 3, endColumn: 16, excerpt: 'utilise', suggestion: 'use', standard: 'Shepway 12',
    });
    expect(result.findings[0]!.paragraph).toBeUndefined();
    expect(result).toMatchObject({ score: 92, pass: true, categories: { plain: 92 }, error: null, kind: 'letter' });
  });

  it('applies severity overrides and turns rules off', () => {
    const asError = checkDocument(letter, {}, resolveRules({ rules: { 'plain/test-utilise': 'error' } }, [utilise]));
    expect(asError.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(asError.pass).toBe(false);
    const off = checkDocument(letter, {}, resolveRules({ rules: { 'plain/test-utilise': 'off' } }, [utilise]));
    expect(off.findings).toEqual([]);
  });

  it('fails a document below --min-score even without errors', () => {
    const result = checkDocument(letter, { minScore: 95 }, resolveRules({}, [utilise]));
    expect(result.pass).toBe(false);
  });

  it('refuses an unknown rule id in settings', () => {
    expect(() => resolveRules({ rules: { 'plain/nope': 'off' } }, [utilise])).toThrow(/Unknown rule "plain\/nope"/);
  });
});

describe('rule options', () => {
  it('refuses an option the rule does not declare, naming what it takes', () => {
    expect(() => resolveRules({ rules: { 'plain/sentence-length': { options: { maximum: 20 } } } })).toThrow('plain/sentence-length: unknown option "maximum" (it takes max, maxError)');
    expect(() => resolveRules({ rules: { 'plain/test-utilise': { options: { max: 1 } } } }, [utilise])).toThrow('plain/test-utilise: unknown option "max" (it takes no options)');
    expect(resolveRules({ rules: { 'plain/sentence-length': { options: { max: 20 } } } }).find((a) => a.rule.meta.id === 'plain/sentence-length')!.options).toEqual({ max: 20 });
  });
});

describe('defineRule', () => {
  const meta = utilise.meta;
  it('refuses malformed metadata', () => {
    expect(() => defineRule({ meta: { ...meta, id: 'Plain/Bad Id' }, create() {} })).toThrow(/kebab-case/);
    expect(() => defineRule({ meta: { ...meta, standard: '' }, create() {} })).toThrow(/cite the standard/);
    expect(() => defineRule({ meta: { ...meta, examples: { good: [], bad: ['x'] } }, create() {} })).toThrow(/example/);
  });

  it('refuses an undeclared message id and a fix from a rule that is not fixable', () => {
    const undeclared = defineRule({ meta, create: (c) => c.report({ messageId: 'nope', start: 0, end: 1 }) });
    expect(() => checkDocument(letter, {}, resolveRules({}, [undeclared]))).toThrow(/undeclared message "nope"/);
    const notFixable = defineRule({ meta: { ...meta, fixable: false }, create: (c) => c.report({ messageId: 'word', start: 0, end: 1, fix: { start: 0, end: 1, text: 'x' } }) });
    expect(() => checkDocument(letter, {}, resolveRules({}, [notFixable]))).toThrow(/not fixable/);
  });
});

describe('JSON report', () => {
  it('keeps exactly the contract fields of DESIGN.md', () => {
    const report = buildReport([checkDocument(letter, {}, resolveRules({}, [utilise]))]);
    const json = JSON.parse(formatJson(report));
    expect(Object.keys(json)).toEqual(['tool', 'version', 'schemaVersion', 'files', 'summary']);
    expect(json).toMatchObject({ tool: 'cc-check', schemaVersion: 1, summary: { files: 1, passed: 1, failed: 0, errors: 0, meanScore: 92 } });
    const finding = json.files[0].findings[0];
    expect(Object.keys(finding).sort()).toEqual(['column', 'endColumn', 'endLine', 'excerpt', 'line', 'message', 'ruleId', 'severity', 'standard', 'suggestion'].sort());
    for (const key of ['path', 'kind', 'score', 'pass', 'categories', 'error', 'findings']) expect(json.files[0]).toHaveProperty(key);
  });
});
