import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { LineCounter as LineCounterType, Node, parseDocument as ParseDocument } from 'yaml';
import type * as Zod from 'zod';
import { messagePlaceholders } from '../../engine/define-rule.js';
import type { RuleMeta } from '../../types.js';
import { VERSION } from '../../version.js';
import { PhraseMatcher, normalisePhrase, normaliseSpacing, type PhraseEntry, type PhraseMatcherOptions } from './matcher.js';

/** A word list or data rule that is malformed. The message names the file and the entry. */
export class RuleDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleDataError';
  }
}

// src/rules/data and dist/rules/data are both three levels below the package root.
export const PACKAGE_RULES_DIR = fileURLToPath(new URL('../../../rules/', import.meta.url));

// yaml and zod take ~90 ms to import on a cold start, more than checking a
// letter, so they are loaded (synchronously) only when a list is not cached.
const requireModule = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
let listSchema: ReturnType<typeof buildSchema> | undefined;

/** The yaml package, loaded on first use. */
export function requireYaml(): typeof import('yaml') {
  yamlModule ??= requireModule('yaml') as typeof import('yaml');
  return yamlModule;
}

/** The zod package, loaded on first use. */
export function requireZod(): typeof Zod {
  return requireModule('zod') as typeof Zod;
}

function buildSchema() {
  const { z } = requireZod();
  const examples = z.strictObject({
    good: z.array(z.string().min(1)).min(1),
    bad: z.array(z.string().min(1)).min(1),
  });
  const common = {
    severity: z.enum(['error', 'warning', 'info']),
    standard: z.string().min(1),
    description: z.string().min(1),
    why: z.string().min(1).optional(),
    message: z.string().min(1),
    examples,
  };
  return z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('substitution'), ...common, swap: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])) }),
    z.strictObject({ kind: z.literal('existence'), ...common, tokens: z.array(z.string()).min(1) }),
  ]);
}

export interface PhraseList {
  /** Name relative to the rules folder, without extension: "plain/jargon". */
  name: string;
  file: string;
  kind: 'substitution' | 'existence';
  severity: 'error' | 'warning' | 'info';
  standard: string;
  description: string;
  why?: string;
  message: string;
  examples: { good: string[]; bad: string[] };
  entries: PhraseEntry[];
  matcher: PhraseMatcher;
}

const PLACEHOLDERS: Record<PhraseList['kind'], string[]> = {
  substitution: ['actual', 'expected'],
  existence: ['actual'],
};

function lineOf(node: Node | null | undefined, counter: LineCounterType): string {
  const offset = node?.range?.[0];
  return offset === undefined ? '' : `:${counter.linePos(offset).line}`;
}

/** Where a path of the YAML document starts, as ":line" (or "" when unknown). */
export function locate(doc: ReturnType<typeof ParseDocument>, path: PropertyKey[], counter: LineCounterType): string {
  const { isMap, isScalar } = requireYaml();
  const keys = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  for (let depth = keys.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(keys.slice(0, depth - 1), true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keys[depth - 1]);
      if (pair) return lineOf(pair.key as Node, counter);
    }
    const node = doc.getIn(keys.slice(0, depth), true) as Node | undefined;
    if (node) return lineOf(node, counter);
  }
  return '';
}

/**
 * Parses and validates one list file. Every problem is a RuleDataError
 * naming the file, the line and the entry, because these files are edited
 * by hand (and later extended from users' configs).
 */
export function parsePhraseList(source: string, file: string, name: string): PhraseList {
  listSchema ??= buildSchema();
  const { LineCounter, parseDocument } = requireYaml();
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = counter.linePos(error.pos[0]).line;
    // The yaml package reports a repeated key as "Map keys must be unique"; say which entry.
    const reason = /unique/i.test(error.message)
      ? `"${source.slice(error.pos[0]).split(/[:\n]/)[0]!.trim()}" is listed twice`
      : error.message.split('\n')[0];
    throw new RuleDataError(`${file}:${line}: ${reason}`);
  }
  const parsed = listSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const where = [...issue.path, key].map(String).join('.');
      throw new RuleDataError(`${file}${locate(doc, [...issue.path, key], counter)}: unknown key "${where}"`);
    }
    const where = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}"` : 'the file';
    throw new RuleDataError(`${file}${locate(doc, issue.path, counter)}: ${where}: ${issue.message}`);
  }
  const data = parsed.data;
  const at = (path: PropertyKey[]) => `${file}${locate(doc, path, counter)}`;

  const unknown = messagePlaceholders(data.message).filter((p) => !PLACEHOLDERS[data.kind].includes(p));
  if (unknown.length > 0) throw new RuleDataError(`${at(['message'])}: message uses unknown placeholder {${unknown[0]}}`);

  const items = data.kind === 'substitution' ? swapItems(data.swap) : tokenItems(data.tokens);
  if (items.length === 0) throw new RuleDataError(`${file}: the list has no entries`);
  const { entries, matcher } = buildPhraseEntries(items, (path, reason) => {
    throw new RuleDataError(`${at(path)}: ${reason}`);
  });
  const { kind, severity, standard, description, why, message, examples } = data;
  return { name, file, kind, severity, standard, description, why, message, examples, entries, matcher };
}

/** A phrase as written in a YAML file, with where it is (for messages). */
export interface PhraseItem {
  phrase: string;
  replacements: string[];
  path: PropertyKey[];
}

/** The phrases of a `swap` map, each to one replacement or a list of them. */
export function swapItems(swap: Record<string, string | string[]>): PhraseItem[] {
  return Object.entries(swap).map(([phrase, value]) => ({ phrase, replacements: typeof value === 'string' ? [value] : value, path: ['swap', phrase] }));
}

/** The phrases of a `tokens` list, which have no replacement. */
export function tokenItems(tokens: readonly string[]): PhraseItem[] {
  return tokens.map((phrase, index) => ({ phrase, replacements: [], path: ['tokens', index] }));
}

/**
 * Checks the phrases of a list and compiles its matcher: no empty phrase or
 * replacement, no phrase twice, no replacement that the list itself flags
 * (a fix would then need fixing). `fail` throws, naming the file and line.
 */
export function buildPhraseEntries(
  items: PhraseItem[],
  fail: (path: PropertyKey[], reason: string) => never,
  options: PhraseMatcherOptions = {},
): { entries: PhraseEntry[]; matcher: PhraseMatcher } {
  const key = options.ignoreCase === false ? normaliseSpacing : normalisePhrase;
  const entries: PhraseEntry[] = [];
  const seen = new Map<string, string>();
  for (const { phrase, replacements, path } of items) {
    if (phrase.trim() === '') fail(path, 'an entry has an empty phrase');
    const keyed = key(phrase);
    if (seen.has(keyed)) fail(path, `"${phrase}" is listed twice (also as "${seen.get(keyed)}")`);
    seen.set(keyed, phrase);
    for (const replacement of replacements) {
      if (replacement.trim() === '') fail(path, `"${phrase}" has an empty replacement`);
    }
    entries.push({ phrase, replacements: replacements.map((r) => r.trim()) });
  }
  const matcher = new PhraseMatcher(entries, options);
  entries.forEach((entry, index) => {
    for (const replacement of entry.replacements) {
      const flagged = matcher.phraseIn(replacement);
      if (flagged) fail(items[index]!.path, `the replacement "${replacement}" for "${entry.phrase}" is itself flagged ("${flagged.phrase}")`);
    }
  });
  return { entries, matcher };
}

/** Bump when validation or the shape of a list changes, so old cache entries are not trusted (a new release also changes the key). */
const CACHE_FORMAT = 1;
// Filled by `npm run build` (scripts/compile-lists.js) inside the package, never at run time:
// a cache in a shared temp folder could be planted by another user.
export const PACKAGE_LIST_CACHE_DIR = fileURLToPath(new URL('../../../dist/lists-cache/', import.meta.url));

type CachedList = Omit<PhraseList, 'matcher'>;

function readCached(path: string): CachedList | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CachedList;
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only or full disk only costs the next run a re-parse. */
function writeCached(dir: string, path: string, list: PhraseList): void {
  try {
    mkdirSync(dir, { recursive: true });
    const { matcher: _matcher, ...plain } = list;
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(plain));
    renameSync(temporary, path);
  } catch {
    // Not cached; nothing else depends on it.
  }
}

const memory = new Map<string, PhraseList>();

export interface LoadListOptions {
  rulesDir?: string;
  /** Where validated lists are cached between runs, keyed by their content; `false` turns the cache off. */
  cacheDir?: string | false;
  /** Write the validated list to the cache (the build does; a check run only reads). */
  writeCache?: boolean;
}

/**
 * Reads a list from the rules folder ("plain/jargon" → rules/plain/jargon.yml),
 * once per process. A list is validated the first time its content is seen;
 * the build caches the validated form by a hash of the content (yaml and
 * zod cost ~90 ms to import), so an unchanged list costs a JSON parse and an
 * edited one is validated again.
 */
export function loadPhraseList(name: string, options: LoadListOptions | string = {}): PhraseList {
  const { rulesDir = PACKAGE_RULES_DIR, cacheDir = PACKAGE_LIST_CACHE_DIR, writeCache = false } = typeof options === 'string' ? { rulesDir: options } : options;
  const file = join(rulesDir, `${name}.yml`);
  const remembered = memory.get(file);
  if (remembered) return remembered;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new RuleDataError(`${file}: cannot read the word list`);
  }
  const shown = rulesDir === PACKAGE_RULES_DIR ? join('rules', relative(rulesDir, file)) : file;
  const key = createHash('sha1').update(`${VERSION}\0${CACHE_FORMAT}\0${shown}\0${name}\0${source}`).digest('hex');
  const cachePath = cacheDir === false ? undefined : join(cacheDir, `${key}.json`);
  const cached = cachePath ? readCached(cachePath) : undefined;
  let list: PhraseList;
  if (cached) {
    list = { ...cached, matcher: new PhraseMatcher(cached.entries) };
  } else {
    list = parsePhraseList(source, shown, name);
    if (cachePath && cacheDir !== false && writeCache) writeCached(cacheDir, cachePath, list);
  }
  memory.set(file, list);
  return list;
}

/** Forgets the lists read in this process (tests, and a long-running process whose lists changed). */
export function forgetPhraseLists(): void {
  memory.clear();
}

/** The parts of a rule's metadata that a YAML list declares itself. */
export function listRuleMeta(list: PhraseList): Pick<RuleMeta, 'severity' | 'description' | 'why' | 'standard' | 'examples'> {
  return {
    severity: list.severity,
    description: list.description,
    ...(list.why ? { why: list.why } : {}),
    standard: list.standard,
    examples: list.examples,
  };
}
