import { describe, expect, it } from 'vitest';
import { allRules, checkDocuments, loadBytes } from '../../src/index.js';
import type { DocumentFormat, Finding, Profile, Rule, Severity } from '../../src/types.js';

export interface ExpectedFinding {
  messageId?: string;
  /** Substring the message must contain. */
  message?: string;
  line?: number;
  column?: number;
  excerpt?: string;
  suggestion?: string;
  severity?: Severity;
}

export interface ValidCase {
  text: string;
  name?: string;
  options?: Record<string, unknown>;
  format?: DocumentFormat;
  /** The organisation profile a config file would give. */
  profile?: Profile;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

/** Runs one rule alone on a text, through the real loader, segmenter and analyser. */
export async function findingsOf(rule: Rule, text: string, extra: { options?: Record<string, unknown>; format?: DocumentFormat; profile?: Profile } = {}): Promise<Finding[]> {
  const format = extra.format ?? 'txt';
  const document = await loadBytes(`case.${format}`, new TextEncoder().encode(text), format);
  // Straight to the engine: a rule's own checks of a malformed profile are under test here, not the library's schema.
  const report = checkDocuments([document], {
    only: [rule.meta.id],
    rules: extra.options ? { [rule.meta.id]: { options: extra.options } } : undefined,
    profile: extra.profile,
    // A custom rule (from YAML) is not among the built-in ones: run it as the organisation's own.
    extraRules: allRules.some((r) => r.meta.id === rule.meta.id) ? undefined : [rule],
  });
  const file = report.files[0]!;
  if (file.error) throw new Error(`case could not be read: ${file.error.message}`);
  return file.findings;
}

function label(text: string, name?: string): string {
  return name ?? text.replace(/\s+/g, ' ').slice(0, 70);
}

/**
 * ESLint-style table of cases: every valid case must produce no finding,
 * every invalid case exactly the findings listed. The rule's own documented
 * examples run too, so `cc-check explain` never shows an example that lies.
 */
export function runRuleTests(rule: Rule, cases: RuleCases, defaults: { profile?: Profile } = {}): void {
  const id = rule.meta.id;
  describe(id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        const valid = typeof c === 'string' ? { text: c } : c;
        it(label(valid.text, valid.name), async () => {
          const findings = await findingsOf(rule, valid.text, { profile: defaults.profile, ...valid });
          expect(findings.map((f) => `${f.message} [${f.excerpt}]`)).toEqual([]);
        });
      }
      for (const good of rule.meta.examples.good) {
        it(`documented good example: ${label(good)}`, async () => {
          expect((await findingsOf(rule, good, defaults)).map((f) => f.message)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c.text, c.name), async () => {
          const findings = await findingsOf(rule, c.text, { profile: defaults.profile, ...c });
          expect(findings.length, findings.map((f) => `${f.message} [${f.excerpt}]`).join('\n')).toBe(c.errors.length);
          c.errors.forEach((expected, i) => {
            const actual = findings[i]!;
            if (expected.messageId !== undefined) expect(actual.messageId).toBe(expected.messageId);
            if (expected.message !== undefined) expect(actual.message).toContain(expected.message);
            if (expected.line !== undefined) expect(actual.line).toBe(expected.line);
            if (expected.column !== undefined) expect(actual.column).toBe(expected.column);
            if (expected.excerpt !== undefined) expect(actual.excerpt).toBe(expected.excerpt);
            if (expected.suggestion !== undefined) expect(actual.suggestion).toBe(expected.suggestion);
            if (expected.severity !== undefined) expect(actual.severity).toBe(expected.severity);
          });
        });
      }
      for (const bad of rule.meta.examples.bad) {
        it(`documented bad example: ${label(bad)}`, async () => {
          expect((await findingsOf(rule, bad, defaults)).length).toBeGreaterThan(0);
        });
      }
    });
  });
}
