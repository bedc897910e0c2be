import { describe, expect, it } from 'vitest';
import { scoreFindings } from '../../src/score/index.js';
import type { Finding, Severity } from '../../src/types.js';

const finding = (ruleId: string, severity: Severity): Finding => ({
  ruleId, severity, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, excerpt: 'x', standard: 'Shepway 12',
});

describe('scoreFindings', () => {
  it('scores a document with no findings 100 in every category run', () => {
    expect(scoreFindings([], ['plain', 'courtesy'])).toEqual({ score: 100, categories: { plain: 100, courtesy: 100 } });
  });

  it('takes 15 for an error, 4 for a warning and 1 for info, per category', () => {
    const result = scoreFindings([finding('courtesy/signoff-mismatch', 'error'), finding('plain/jargon', 'warning'), finding('plain/passive', 'info')], ['plain', 'courtesy']);
    expect(result).toEqual({ score: 80, categories: { plain: 95, courtesy: 85 } });
  });

  it('counts at most three findings of one rule', () => {
    const many = Array.from({ length: 10 }, () => finding('plain/jargon', 'warning'));
    expect(scoreFindings(many, ['plain']).score).toBe(88);
  });

  it('never goes below zero', () => {
    const rules = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((r) => finding(`plain/${r}`, 'error'));
    expect(scoreFindings(rules, ['plain'])).toEqual({ score: 0, categories: { plain: 0 } });
  });
});
