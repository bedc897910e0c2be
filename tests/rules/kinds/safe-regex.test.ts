import { describe, expect, it } from 'vitest';
import { compilePattern, nestedQuantifier } from '../../../src/rules/kinds/safe-regex.js';

describe('nestedQuantifier', () => {
  it.each([
    '(a+)+',
    '(a*)*',
    '(\\w+\\s?)*',
    '(?:\\w+\\s*)+$',
    '((ab)+c)+',
    '(?:x|\\w+)+',
    '(a{1,50})+',
    '([a-z]+)*z',
    '(?:a\\w+)+',
    // Counted repeats of a group that can match in many ways: seconds on 40 letters.
    '(?:\\w+\\s?){10}!',
    '(a+){1,19}b',
    '(?:a{1,19}){2,19}b',
  ])('refuses %s', (pattern) => {
    expect(nestedQuantifier(pattern)).toMatch(/repeated group holds a repeat/);
  });

  it.each([
    '\\bfailure to (?:pay|respond)\\b',
    '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '\\b0\\d{2,4}[ -]?\\d{3}[ -]?\\d{3,4}\\b',
    '(?:ab)+',
    '(a+)',
    '(a+){2}',
    '(?:, [A-Z]\\w+)+',
    '[(+]+',
    '\\(\\w+\\)+',
    // An atom repeated an exact number of times matches one way only.
    '(?:\\d{3} ?){3}',
    '\\bCT/\\d{4}/\\d{4,6}\\b',
  ])('accepts %s', (pattern) => {
    expect(nestedQuantifier(pattern)).toBeUndefined();
  });
});

describe('compilePattern', () => {
  it('compiles with the g, u and (by default) i flags', () => {
    const pattern = compilePattern('\\bshepway\\b', true);
    expect(pattern).toBeInstanceOf(RegExp);
    expect((pattern as RegExp).flags).toBe('giu');
    expect((compilePattern('SDC', false) as RegExp).flags).toBe('gu');
  });

  it('says why a pattern cannot be used', () => {
    expect(compilePattern('x(', true)).toBe('not a valid regular expression: Unterminated group');
    expect(compilePattern('a*', true)).toBe('the pattern matches empty text, so it would match everywhere');
    expect(compilePattern('x'.repeat(501), true)).toMatch(/longer than 500 characters/);
    expect(compilePattern('(\\w+ ?)+!', true)).toMatch(/^the pattern is refused because a repeated group holds a repeat/);
  });
});
