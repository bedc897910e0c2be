/**
 * Reads and validates one custom YAML rule. Strict, because these files are
 * written by hand by people who are not programmers: an unknown key, a wrong
 * type or a pattern that would hang is refused with the file, the line, the
 * key and what was expected.
 */
import type { LineCounter } from 'yaml';
import { messagePlaceholders } from '../../engine/define-rule.js';
import { DOCUMENT_KINDS } from '../../kind/kinds.js';
import type { Category, DocumentKind, Severity } from '../../types.js';
import { buildPhraseEntries, locate, requireYaml, requireZod, swapItems, tokenItems, type PhraseItem } from '../data/load.js';
import type { PhraseMatcher } from '../data/matcher.js';
import { CustomRuleError } from './errors.js';
import { compilePattern } from './safe-regex.js';
import { formatKeyPath, orList } from '../../util/messages.js';

export const RULE_KINDS = ['existence', 'substitution', 'required', 'metric'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const SCOPES = ['body', 'salutation', 'signature', 'subject', 'letterhead', 'footer', 'document'] as const;
export type Scope = (typeof SCOPES)[number];

/** What a metric rule can measure. */
export const METRICS = [
  'words',
  'sentences',
  'readingEase',
  'readingAge',
  'gradeLevel',
  'averageSentenceLength',
  'passivePercent',
  'longSentencePercent',
  'paragraphs',
] as const;
export type MetricName = (typeof METRICS)[number];

/** Scopes a metric can measure: the analysed prose (the other parts are addresses and names, not sentences). */
export const METRIC_SCOPES: readonly Scope[] = ['body', 'subject', 'document'];

export const CATEGORIES = ['plain', 'courtesy', 'correspondence', 'template', 'access', 'email', 'privacy'] as const satisfies readonly Category[];
// Fails to compile if a category is added to the Category type but not here.
const everyCategory: Exclude<Category, (typeof CATEGORIES)[number]> extends never ? true : false = true;
void everyCategory;

/** The placeholders each kind fills in its message. */
export const PLACEHOLDERS: Record<RuleKind, readonly string[]> = {
  existence: ['actual'],
  substitution: ['actual', 'expected'],
  required: ['expected', 'scope'],
  metric: ['value', 'limit', 'metric', 'bound'],
};

interface CommonSpec {
  /** "shepway/council-name". */
  id: string;
  /** As shown in messages: "shepway/council-name.yml". */
  file: string;
  message: string;
  severity: Severity;
  standard: string;
  description: string;
  why?: string;
  category: Category;
  scope: Scope;
  /** Document kinds the rule applies to; undefined: every kind. */
  kinds?: DocumentKind[];
  ignoreCase: boolean;
  examples: { good: string[]; bad: string[] };
}

export interface ExistenceSpec extends CommonSpec {
  kind: 'existence';
  tokens?: PhraseMatcher;
  patterns: RegExp[];
}

export interface SubstitutionSpec extends CommonSpec {
  kind: 'substitution';
  swap: PhraseMatcher;
}

export interface RequiredSpec extends CommonSpec {
  kind: 'required';
  tokens?: { matcher: PhraseMatcher; words: string[] };
  pattern?: RegExp;
}

export interface MetricSpec extends CommonSpec {
  kind: 'metric';
  metric: MetricName;
  max?: number;
  min?: number;
}

export type CustomRuleSpec = ExistenceSpec | SubstitutionSpec | RequiredSpec | MetricSpec;

const oneOf = orList;

function buildSchemas() {
  const { z } = requireZod();
  // An absent key is "missing"; a key with no value (YAML null) or the wrong type is answered with what was expected.
  const missingOr = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `missing: give ${expected}` : `expected ${expected}`);
  const text = (expected: string) => z.string({ error: missingOr(expected) }).trim().min(1, { error: `expected ${expected}, not empty text` });
  const words = (expected: string) => z.array(text('a word or phrase'), { error: missingOr(expected) }).min(1, { error: `expected ${expected}, not an empty list` });
  const examples = z.strictObject(
    {
      good: z.array(text('an example letter or sentence'), { error: missingOr('a list of examples the rule must not flag') }).min(1, { error: 'expected at least one good example' }),
      bad: z.array(text('an example letter or sentence'), { error: missingOr('a list of examples the rule must flag') }).min(1, { error: 'expected at least one bad example' }),
    },
    { error: missingOr('good and bad examples, as {good: [...], bad: [...]}') },
  );
  const common = {
    message: text('the message a letter writer sees'),
    severity: z.enum(['error', 'warning', 'info'], { error: 'expected error, warning or info' }).default('warning'),
    standard: text('the standard the rule enforces, such as "Shepway 12"'),
    description: text('a one-line description').optional(),
    why: text('why the rule exists, in a sentence or two').optional(),
    category: z.enum(CATEGORIES, { error: `expected one of the categories ${oneOf(CATEGORIES)}` }).default('plain'),
    scope: z.enum(SCOPES, { error: `expected one of ${oneOf(SCOPES)}` }).default('body'),
    kinds: z
      .array(z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]], { error: `expected a document kind: ${oneOf(DOCUMENT_KINDS)}` }), {
        error: 'expected a list of document kinds, such as [complaint-response]',
      })
      .min(1, { error: 'expected at least one document kind (or leave the key out for every kind)' })
      .optional(),
    ignoreCase: z.boolean({ error: 'expected true or false' }).default(true),
    examples,
  };
  const patterns = z.array(text('a regular expression'), { error: 'expected a list of regular expressions' }).min(1, { error: 'expected at least one regular expression' });
  const replacement = z.union([text('a word'), z.array(text('a word'), {}).min(1, { error: 'expected a word or a list of words, not an empty list' })], { error: 'expected a word or a list of words' });
  const limit = z.number({ error: 'expected a number' }).finite({ error: 'expected a number' }).nonnegative({ error: 'expected a number of 0 or more' });
  const kinds = {
    existence: z.strictObject({ ...common, kind: z.literal('existence'), tokens: words('a list of words or phrases').optional(), patterns: patterns.optional() }),
    substitution: z.strictObject({ ...common, kind: z.literal('substitution'), swap: z.record(z.string(), replacement, { error: missingOr('a map of word: replacement') }) }),
    required: z.strictObject({ ...common, kind: z.literal('required'), tokens: words('a list of words or phrases').optional(), pattern: text('a regular expression').optional() }),
    metric: z.strictObject({
      ...common,
      kind: z.literal('metric'),
      metric: z.enum(METRICS, { error: missingOr(`one of the metrics ${oneOf(METRICS)}`) }),
      max: limit.optional(),
      min: limit.optional(),
    }),
  };
  return { kinds, rule: z.discriminatedUnion('kind', [kinds.existence, kinds.substitution, kinds.required, kinds.metric]) };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** A key path as a rule file's messages name it (kebab-case keys bare). */
export const keyPath = (path: readonly PropertyKey[]): string => formatKeyPath(path, { hyphens: true });

/**
 * Parses one rule file. `file` is how messages name it ("shepway/council-name.yml");
 * `id` is the rule id ("shepway/council-name").
 */
export function parseCustomRuleSpec(source: string, file: string, id: string): CustomRuleSpec {
  const { LineCounter, parseDocument, isMap } = requireYaml();
  const counter: LineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = counter.linePos(error.pos[0]).line;
    if (/unique/i.test(error.message)) {
      const key = source.slice(error.pos[0]).split(/[:\n]/)[0]!.trim();
      throw new CustomRuleError(`${file}:${line}: ${key}: the key is given twice`);
    }
    throw new CustomRuleError(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const line = (path: readonly PropertyKey[]) => locate(doc, [...path], counter) || ':1';
  const fail = (path: readonly PropertyKey[], reason: string): never => {
    throw new CustomRuleError(`${file}${line(path)}: ${path.length > 0 ? `${keyPath(path)}: ` : ''}${reason}`);
  };
  if (!isMap(doc.contents)) fail([], 'expected a rule: keys such as kind, message, standard and examples');
  let raw: Record<string, unknown>;
  try {
    // The yaml package refuses alias bombs ("billion laughs") as it expands them.
    raw = doc.toJS() as Record<string, unknown>;
  } catch (error) {
    throw new CustomRuleError(`${file}:1: not usable YAML: ${/alias/i.test(String(error)) ? 'too many aliases (*name) to expand' : String((error as Error).message).split('\n')[0]}`);
  }

  // The kind decides which keys are allowed, so it is checked first and on its own.
  const kind = raw.kind;
  if (kind === undefined || kind === null) fail([], `the key "kind" is missing: give one of ${oneOf(RULE_KINDS)}`);
  if (typeof kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(kind)) fail(['kind'], `expected one of ${oneOf(RULE_KINDS)}`);

  schemas ??= buildSchemas();
  const shape = schemas.kinds[kind as RuleKind].shape;
  const parsed = schemas.rule.safeParse(raw);
  if (!parsed.success) {
    // Report the problem that comes first in the file, as an editor would.
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const path = [...issue.path, issue.keys[0]!];
        if (issue.path.length > 0) return { path, reason: 'unknown key: examples have only good and bad' };
        const allowed = ['kind', ...Object.keys(shape).filter((k) => k !== 'kind')].join(', ');
        return { path, reason: `unknown key for a${kind === 'existence' ? 'n' : ''} ${kind} rule (its keys are ${allowed})` };
      }
      return { path: issue.path, reason: issue.message };
    });
    const lineOf = (path: readonly PropertyKey[]) => Number(line(path).slice(1)) || 1;
    problems.sort((a, b) => lineOf(a.path) - lineOf(b.path));
    const first = problems[0]!;
    if (first.path.length === 1 && raw[String(first.path[0])] === undefined && !first.reason.startsWith('unknown key')) {
      fail([], `the key "${String(first.path[0])}" is missing: ${first.reason.replace(/^missing: /, '')}`);
    }
    fail(first.path, first.reason);
  }
  const data = parsed.data!;

  const allowed = PLACEHOLDERS[data.kind];
  for (const placeholder of messagePlaceholders(data.message)) {
    if (!allowed.includes(placeholder)) {
      fail(['message'], `unknown placeholder {${placeholder}}: a${data.kind === 'existence' ? 'n' : ''} ${data.kind} rule fills ${allowed.map((p) => `{${p}}`).join(', ')}`);
    }
  }

  const common: CommonSpec = {
    id,
    file,
    message: data.message,
    severity: data.severity,
    standard: data.standard,
    // The message, with its placeholders left out, says what the rule looks for.
    description: data.description ?? data.message.replace(/\s*[“"‘']?\{\w+\}[”"’']?/g, ' …').replace(/\s+/g, ' ').trim(),
    ...(data.why ? { why: data.why } : {}),
    category: data.category,
    scope: data.scope,
    ...(data.kinds ? { kinds: [...new Set(data.kinds)] } : {}),
    ignoreCase: data.ignoreCase,
    examples: data.examples,
  };
  const matcherOf = (items: PhraseItem[]) =>
    buildPhraseEntries(items, (path, reason) => fail(path, reason), { ignoreCase: data.ignoreCase }).matcher;
  const patternOf = (source: string, path: PropertyKey[]) => {
    const compiled = compilePattern(source, data.ignoreCase);
    return typeof compiled === 'string' ? fail(path, compiled) : compiled;
  };

  switch (data.kind) {
    case 'existence': {
      if (!data.tokens && !data.patterns) fail([], 'an existence rule needs "tokens" (words or phrases) or "patterns" (regular expressions), or both');
      return {
        ...common,
        kind: 'existence',
        ...(data.tokens ? { tokens: matcherOf(tokenItems(data.tokens)) } : {}),
        patterns: (data.patterns ?? []).map((source, index) => patternOf(source, ['patterns', index])),
      };
    }
    case 'substitution': {
      const items = swapItems(data.swap);
      if (items.length === 0) fail(['swap'], 'expected at least one word: replacement');
      return { ...common, kind: 'substitution', swap: matcherOf(items) };
    }
    case 'required': {
      if (data.tokens && data.pattern) fail(['pattern'], 'give "pattern" or "tokens", not both');
      if (!data.tokens && !data.pattern) fail([], 'a required rule needs "tokens" (words or phrases, any one of which must appear) or "pattern" (a regular expression)');
      if (data.pattern && messagePlaceholders(data.message).includes('expected')) {
        fail(['message'], '{expected} lists the tokens, so it needs "tokens": a pattern is not shown to letter writers');
      }
      return {
        ...common,
        kind: 'required',
        ...(data.tokens ? { tokens: { matcher: matcherOf(tokenItems(data.tokens)), words: data.tokens } } : {}),
        ...(data.pattern ? { pattern: patternOf(data.pattern, ['pattern']) } : {}),
      };
    }
    case 'metric': {
      if (data.max === undefined && data.min === undefined) fail([], 'a metric rule needs "max", "min" or both');
      if (data.max !== undefined && data.min !== undefined && data.min > data.max) fail(['min'], `expected a number no greater than max (${data.max})`);
      if (!METRIC_SCOPES.includes(data.scope)) fail(['scope'], `a metric rule measures ${oneOf(METRIC_SCOPES)}`);
      return {
        ...common,
        kind: 'metric',
        metric: data.metric,
        ...(data.max !== undefined ? { max: data.max } : {}),
        ...(data.min !== undefined ? { min: data.min } : {}),
      };
    }
  }
}
