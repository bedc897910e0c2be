/**
 * Stand-in rules for the CLI tests, so exit codes, --quiet, --max-warnings
 * and the report layout are tested against findings whose number and place
 * are known, whatever the real rules come to flag. The real rules run
 * end to end in letters.test.ts.
 */
import { defineRule } from '../../../src/engine/define-rule.js';
import type { Rule } from '../../../src/types.js';

const signoff = defineRule({
  meta: {
    id: 'courtesy/test-signoff',
    category: 'courtesy',
    severity: 'error',
    description: 'Test stand-in: a named salutation needs "Yours sincerely".',
    why: 'A letter to a named person ends "Yours sincerely".',
    standard: 'Shepway 11',
    fixable: false,
    messages: { mismatch: '"{salutation}" needs "Yours sincerely", not "Yours faithfully"' },
    examples: { good: ['Dear Mrs Patel\n\nThank you.\n\nYours sincerely'], bad: ['Dear Mrs Patel\n\nThank you.\n\nYours faithfully'] },
  },
  create(context) {
    const text = context.document.text;
    const salutation = /Dear (?:Mrs|Mr|Ms|Miss) [A-Z][a-z]+/.exec(text);
    const signoffAt = text.indexOf('Yours faithfully');
    if (salutation && signoffAt >= 0) {
      context.report({
        messageId: 'mismatch',
        data: { salutation: salutation[0] },
        start: signoffAt,
        end: signoffAt + 'Yours faithfully'.length,
        suggestion: 'Yours sincerely',
      });
    }
  },
});

const jargon = defineRule({
  meta: {
    id: 'plain/test-jargon',
    category: 'plain',
    severity: 'warning',
    description: 'Test stand-in: "utilise" is jargon.',
    standard: 'Shepway 12',
    fixable: false,
    messages: { jargon: 'Say "use" instead of "{actual}"' },
    examples: { good: ['We will use the money.'], bad: ['We will utilise the money.'] },
  },
  create(context) {
    for (const match of context.document.text.matchAll(/\butilis(?:e|ed|ing)\b/gi)) {
      context.report({ messageId: 'jargon', data: { actual: match[0] }, start: match.index, end: match.index + match[0].length, suggestion: 'use' });
    }
  },
});

const vague = defineRule({
  meta: {
    id: 'plain/test-vague',
    category: 'plain',
    severity: 'info',
    description: 'Test stand-in: "in due course" is vague.',
    standard: 'Shepway 31',
    fixable: false,
    messages: { vague: 'Give a date instead of "in due course"' },
    examples: { good: ['We will reply by 20 March.'], bad: ['We will reply in due course.'] },
  },
  create(context) {
    const at = context.document.text.indexOf('in due course');
    if (at >= 0) context.report({ messageId: 'vague', start: at, end: at + 'in due course'.length });
  },
});

/** Throws on a marker, to test how the CLI reports a bug in a rule. */
const broken = defineRule({
  meta: {
    id: 'correspondence/test-broken',
    category: 'correspondence',
    severity: 'warning',
    description: 'Test stand-in: fails on purpose.',
    standard: 'Wirral §8',
    fixable: false,
    messages: { never: 'never reported' },
    examples: { good: ['Dear Mr Okafor'], bad: ['TRIGGER-INTERNAL-ERROR'] },
  },
  create(context) {
    if (context.document.text.includes('TRIGGER-INTERNAL-ERROR')) throw new TypeError('rule exploded\nsecond line of the message');
  },
});

export const allRules: Rule[] = [jargon, vague, signoff, broken];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
