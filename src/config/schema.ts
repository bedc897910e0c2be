/**
 * The config file's schema (zod, strict: an unknown key is an error) and
 * the one-line messages its problems become. Loaded only when a config file
 * is read: zod costs tens of milliseconds to import.
 */
import type * as Zod from 'zod';
import type { Category, DocumentKind, SeverityOrOff, TemplateElement } from '../types.js';
import { DOCUMENT_KINDS } from '../kind/kinds.js';
import { closest, didYouMean } from './errors.js';
import type { RuleConfig } from './types.js';
import { TEMPLATE_ELEMENTS } from '../template/elements.js';
import { orList } from '../util/messages.js';

type ZodModule = typeof Zod;

const SEVERITIES: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

/** An email domain as `organisation.emailDomains` takes it (lower case, at least one dot). */
export const EMAIL_DOMAIN = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;


/** Built-in rule categories: an unknown id in one of these is a typo, not a custom rule. */
const BUILTIN_CATEGORIES: readonly Category[] = ['plain', 'courtesy', 'correspondence', 'template', 'access', 'email', 'privacy'];

/** What the schema needs to know about rules: the built-in ids, and the options each reads. */
export interface RuleKnowledge {
  builtinIds: ReadonlySet<string>;
  optionNames: ReadonlyMap<string, readonly string[]>;
}

/** A config file's content after validation (paths still as written). */
export interface ConfigFileData extends SettingsData {
  root?: boolean;
  extends?: string[];
  customRules?: string[];
  ignore?: string[];
  overrides?: Array<SettingsData & { files: string[]; excludedFiles?: string[] }>;
}

export interface SettingsData {
  rules?: Record<string, RuleConfig>;
  minScore?: number;
  kind?: DocumentKind;
  templateMode?: boolean;
  organisation?: { name?: string; aliases?: string[]; emailDomains?: string[]; phonePatterns?: string[]; addressPatterns?: string[] };
  vocabulary?: { accept?: string[]; reject?: Record<string, string[]> };
  timescales?: Record<string, number>;
  template?: { required?: TemplateElement[]; file?: string; minFontSize?: number; fonts?: string[] };
  protected?: Array<{ name: string; text?: string; start?: string; end?: string }>;
  targets?: { minReadingEase?: number; maxReadingAge?: number; maxPassivePercent?: number; maxLongSentencePercent?: number; longSentenceWords?: number };
}

/** How a value is named in "expected …, got …". */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};


/** The message of each kind of problem zod finds, in the words of the rest of cc-check. */
function errorMap(issue: Zod.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}, got ${describeValue(input)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return 'expected a text, got an empty one';
      if (issue.origin === 'array' || issue.origin === 'set') return `expected at least ${min} ${min === 1 ? 'entry' : 'entries'}, got none`;
      return `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${min}, got ${describeValue(input)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `expected at most ${max} entries, got ${(input as unknown[]).length}`;
      return `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${max}, got ${describeValue(input)}`;
    }
    case 'invalid_value': {
      const values = (issue.values as unknown[]) ?? [];
      const guess = typeof input === 'string' ? didYouMean(input, values.map(String)) : '';
      return `expected ${orList(values)}, got ${describeValue(input)}${guess}`;
    }
    case 'unrecognized_keys': {
      // zod reports the object; the key path names the key itself, so the message is short.
      const shape = (issue.inst as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
      const key = (issue.keys as string[])[0]!;
      return `unknown key${didYouMean(key, Object.keys(shape))}`;
    }
    default:
      return undefined;
  }
}

/** One problem zod found: where, and what. */
export interface SchemaProblem {
  path: PropertyKey[];
  message: string;
}

/** Turns zod's issues into problems with the key path the user sees (an unknown key names itself). */
function problemsOf(issues: readonly Zod.core.$ZodIssue[]): SchemaProblem[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return { path: [...issue.path, issue.keys[0]!], message: issue.message };
    if (issue.code === 'invalid_union') {
      // The branch that got furthest into the value says best what is wrong ("a list" branch of "text or list").
      const deepest = issue.errors
        .map((branch) => ({ branch, depth: Math.max(0, ...branch.map((i) => i.path.length)) }))
        .sort((a, b) => b.depth - a.depth)[0];
      if (deepest && deepest.depth > 0) return problemsOf(deepest.branch).map((p) => ({ path: [...issue.path, ...p.path], message: p.message }))[0]!;
    }
    return { path: [...issue.path], message: issue.message };
  });
}

/** Builds the schema once per process. */
export function buildConfigSchema(z: ZodModule, rules: RuleKnowledge) {
  const text = z.string().min(1);
  const texts = z.array(text);
  /** A text or a list of texts, always a list after parsing. */
  const oneOrMany = (what: string) =>
    z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(text, { error: (iss) => (iss.code === 'invalid_type' ? `expected ${what} or a list of them, got ${describeValue(iss.input)}` : undefined) }));

  const regex = text.superRefine((source, ctx) => {
    try {
      // Unicode and case-insensitive, as the privacy rules compile them.
      new RegExp(source, 'iu');
    } catch (error) {
      const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /, '');
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${reason}): ${JSON.stringify(source)}` });
    }
  });

  const domain = z
    .string()
    .transform((value, ctx) => {
      const trimmed = value.trim().toLowerCase();
      if (!EMAIL_DOMAIN.test(trimmed)) {
        ctx.addIssue({ code: 'custom', message: `expected a domain such as shepway.gov.uk, got ${describeValue(value)}` });
        return z.NEVER;
      }
      return trimmed;
    });

  const severityOf = (value: unknown, ctx: Zod.core.$RefinementCtx, path: PropertyKey[]): SeverityOrOff | undefined => {
    if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as SeverityOrOff;
    const guess = typeof value === 'string' ? didYouMean(value, SEVERITIES) : '';
    ctx.addIssue({ code: 'custom', path, message: `expected ${orList(SEVERITIES)}, got ${describeValue(value)}${guess}` });
    return undefined;
  };
  const optionsOf = (value: unknown, ctx: Zod.core.$RefinementCtx, path: PropertyKey[]): Record<string, unknown> | undefined => {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    ctx.addIssue({ code: 'custom', path, message: `expected the rule's options as a mapping (such as {max: 20}), got ${describeValue(value)}` });
    return undefined;
  };

  /** One rule's setting in any of its three spellings. */
  const ruleSetting = (value: unknown, ctx: Zod.core.$RefinementCtx, path: PropertyKey[]): RuleConfig | undefined => {
    if (typeof value === 'string') {
      const severity = severityOf(value, ctx, path);
      return severity && { severity };
    }
    if (Array.isArray(value)) {
      if (value.length < 1 || value.length > 2) {
        ctx.addIssue({ code: 'custom', path, message: `expected [severity] or [severity, options], got ${describeValue(value)}` });
        return undefined;
      }
      const severity = severityOf(value[0], ctx, [...path, 0]);
      const options = value.length === 2 ? optionsOf(value[1], ctx, [...path, 1]) : {};
      return severity && options ? { severity, ...(value.length === 2 ? { options } : {}) } : undefined;
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      // `{max: 20}` is shorthand for `{options: {max: 20}}`: options beside `severity` but never beside `options`.
      const bare = entries.filter(([key]) => key !== 'severity' && key !== 'options');
      if (bare.length > 0 && 'options' in (value as object)) {
        const [key] = bare[0]!;
        ctx.addIssue({ code: 'custom', path: [...path, key], message: `unknown key${didYouMean(key, ['severity', 'options'])} (give the rule's options either under "options" or directly, not both)` });
        return undefined;
      }
      let ok = true;
      const setting: RuleConfig = {};
      for (const [key, part] of entries) {
        if (key === 'severity') {
          const severity = severityOf(part, ctx, [...path, key]);
          if (severity) setting.severity = severity;
          else ok = false;
        } else if (key === 'options') {
          const options = optionsOf(part, ctx, [...path, key]);
          if (options) setting.options = options;
          else ok = false;
        }
      }
      if (bare.length > 0) setting.options = Object.fromEntries(bare);
      return ok ? setting : undefined;
    }
    ctx.addIssue({ code: 'custom', path, message: `expected ${orList(SEVERITIES)}, [severity, options] or {severity, options}, got ${describeValue(value)}` });
    return undefined;
  };

  /**
   * A built-in rule takes only the options it declares: a misspelt option
   * would otherwise be ignored in silence. Custom rules take none (checked
   * once they are loaded).
   */
  const knownOptions = (id: string, parsed: RuleConfig, written: unknown, ctx: Zod.core.$RefinementCtx): boolean => {
    const allowed = rules.optionNames.get(id);
    if (!allowed || !parsed.options) return true;
    // Where the options were written, so the message points at the key as the user wrote it.
    const base: PropertyKey[] = Array.isArray(written) ? [id, 1] : written && typeof written === 'object' && 'options' in written ? [id, 'options'] : [id];
    let ok = true;
    for (const key of Object.keys(parsed.options)) {
      if (allowed.includes(key)) continue;
      const takes = allowed.length > 0 ? `; it takes ${allowed.map((o) => `"${o}"`).join(', ')}` : '; it takes no options';
      // Written beside "severity", a key may be a misspelt "options" rather than an option.
      const guess = didYouMean(key, base.length === 1 ? [...allowed, 'severity', 'options'] : allowed);
      ctx.addIssue({ code: 'custom', path: [...base, key], message: `unknown option${guess}${guess ? '' : takes}` });
      ok = false;
    }
    return ok;
  };

  const ruleMap = z.unknown().transform((value, ctx) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: `expected a mapping of rule ids to settings, got ${describeValue(value)}` });
      return z.NEVER;
    }
    const out: Record<string, RuleConfig> = {};
    for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
      const category = id.includes('/') ? id.slice(0, id.indexOf('/')) : undefined;
      if (!rules.builtinIds.has(id) && (category === undefined || (BUILTIN_CATEGORIES as readonly string[]).includes(category))) {
        const guess = closest(id, rules.builtinIds);
        const hint = guess ? ` (did you mean "${guess}"?)` : category === undefined ? ' (rule ids look like "plain/sentence-length"; run cc-check rules for the list)' : ' (run cc-check rules for the list)';
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule${hint}` });
        continue;
      }
      const parsed = ruleSetting(setting, ctx, [id]);
      if (parsed && knownOptions(id, parsed, setting, ctx)) out[id] = parsed;
    }
    return out;
  });

  const organisation = z.strictObject({
    name: text.optional(),
    aliases: texts.optional(),
    emailDomains: z.array(domain).optional(),
    phonePatterns: z.array(regex).optional(),
    addressPatterns: z.array(regex).optional(),
  });

  const replacement = z.union([text, z.array(text), z.null()], {
    error: (iss) => (iss.code === 'invalid_union' ? `expected a replacement, a list of replacements or nothing (null), got ${describeValue(iss.input)}` : undefined),
  });
  const vocabulary = z.strictObject({
    accept: texts.optional(),
    reject: z
      .record(text, replacement)
      .transform((map) => Object.fromEntries(Object.entries(map).map(([word, to]) => [word, to === null ? [] : typeof to === 'string' ? [to] : to])))
      .optional(),
  });

  const timescales = z.record(text, z.number().int().positive());

  const template = z.strictObject({
    required: z.array(z.enum(TEMPLATE_ELEMENTS)).optional(),
    file: text.optional(),
    minFontSize: z.number().positive().max(72).optional(),
    fonts: texts.optional(),
  });

  const passage = z
    .strictObject({ name: text, text: text.optional(), start: text.optional(), end: text.optional() })
    .superRefine((p, ctx) => {
      const markers = p.start !== undefined || p.end !== undefined;
      if (p.text !== undefined && markers) ctx.addIssue({ code: 'custom', message: 'give either "text", or "start" and "end", not both' });
      else if (p.text === undefined && (p.start === undefined || p.end === undefined)) {
        ctx.addIssue({ code: 'custom', message: p.start === undefined && p.end === undefined ? 'expected "text", or "start" and "end"' : `expected "${p.start === undefined ? 'start' : 'end'}" too: a passage marked by its start needs its end, and the other way round` });
      }
    });

  const percent = z.number().min(0).max(100);
  const targets = z.strictObject({
    minReadingEase: percent.optional(),
    maxReadingAge: z.number().positive().max(25).optional(),
    maxPassivePercent: percent.optional(),
    maxLongSentencePercent: percent.optional(),
    longSentenceWords: z.number().int().positive().optional(),
  });

  const settings = {
    rules: ruleMap.optional(),
    minScore: z.number().int().min(0).max(100).optional(),
    organisation: organisation.optional(),
    vocabulary: vocabulary.optional(),
    timescales: timescales.optional(),
    template: template.optional(),
    protected: z.array(passage).optional(),
    targets: targets.optional(),
  };

  const override = z.strictObject({
    files: oneOrMany('a glob').pipe(z.array(text).min(1)),
    excludedFiles: oneOrMany('a glob').optional(),
    kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]).optional(),
    templateMode: z.boolean().optional(),
    ...settings,
  });

  return z.strictObject({
    root: z.boolean().optional(),
    extends: oneOrMany('a preset, path or package name').optional(),
    ...settings,
    customRules: oneOrMany('a folder').optional(),
    ignore: oneOrMany('a glob').optional(),
    overrides: z.array(override).optional(),
  });
}

export type ConfigSchema = ReturnType<typeof buildConfigSchema>;

/** Validates parsed content: the data, or the problems in the file's order. */
export function validateConfig(schema: ConfigSchema, content: unknown): { data: ConfigFileData } | { problems: SchemaProblem[] } {
  const result = schema.safeParse(content, { error: errorMap });
  if (result.success) return { data: result.data as ConfigFileData };
  return { problems: problemsOf(result.error.issues) };
}
