/**
 * Reading config files: found with cosmiconfig, parsed (YAML and JSON with
 * line numbers in their errors), validated with the schema, their
 * `extends` followed, their paths made absolute.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublicExplorer } from 'cosmiconfig';
import { ConfigError, formatKeyPath } from './errors.js';
import type { ConfigFileData, ConfigSchema, RuleKnowledge, SettingsData } from './schema.js';
import type { ConfigLayer, ConfigOverride, ConfigSettings, LoadedConfig, PendingRuleId } from './types.js';

/** The module name: `"cc-check"` in package.json. */
const CONFIG_NAME = 'cc-check';

/** Where a config is looked for in each folder, in this order (the first found is the folder's config). */
export const SEARCH_PLACES = [
  'package.json',
  '.cc-checkrc.yml',
  '.cc-checkrc.yaml',
  '.cc-checkrc.json',
  'cc-check.config.js',
  'cc-check.config.mjs',
  'cc-check.config.ts',
] as const;

/** The presets `extends` may name. */
export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

// src/config and dist/config are both two levels below the package root.
const PRESETS_DIR = fileURLToPath(new URL('../../rules/presets/', import.meta.url));

export function presetPath(name: PresetName): string {
  return join(PRESETS_DIR, `${name}.yml`);
}

/** A line and column from a character offset. */
function lineOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function loadYaml(filepath: string, content: string): unknown {
  const yaml = requireModule('yaml') as typeof import('yaml');
  const counter = new yaml.LineCounter();
  const doc = yaml.parseDocument(content, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line } = counter.linePos(error.pos[0]);
    const reason = /unique/i.test(error.message)
      ? `the key "${content.slice(error.pos[0]).split(/[:\n]/)[0]!.trim()}" is given twice`
      : error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(filepath, '', `invalid YAML: ${reason}`, line);
  }
  try {
    return doc.toJS();
  } catch (error) {
    // The yaml package refuses alias bombs ("billion laughs") as it expands them.
    if (/alias/i.test(String(error))) throw new ConfigError(filepath, '', 'invalid YAML: too many aliases (*name) to expand');
    throw error;
  }
}

function loadJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? lineOf(content, Number(at[1])).line : undefined;
    throw new ConfigError(filepath, '', `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`, line);
  }
}

// cosmiconfig, yaml and zod load on first use: a run with --no-config, or with no config file, needs none of them.
const requireModule = createRequire(import.meta.url);

/**
 * The search places present in `dir` (package.json only with a "cc-check"
 * key), in search order. Cheap: a folder without any is passed over without
 * loading cosmiconfig.
 */
export function configFilesIn(dir: string): string[] {
  return SEARCH_PLACES.filter((name) => {
    const path = join(dir, name);
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
    if (name !== 'package.json') return true;
    try {
      return (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)[CONFIG_NAME] !== undefined;
    } catch {
      // Not valid JSON: cosmiconfig's search reads it and names the problem.
      return true;
    }
  });
}

/**
 * cosmiconfig first reads its own settings in the current folder (its "meta
 * config": package.json's "cosmiconfig" key, .config/config.*): a broken
 * one is a config error naming the file, as for a config of ours.
 */
function metaConfigError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const file = /^(?:JSON|YAML) Error in (.+):\s*$/m.exec(message)?.[1];
  if (!file) return error;
  // Parsed again with our loaders, for the same message (and line) as a broken .cc-checkrc.json or .yml.
  try {
    (/\.json$/i.test(file) ? loadJson : loadYaml)(file, readFileSync(file, 'utf8'));
  } catch (parsed) {
    if (parsed instanceof ConfigError) return parsed;
  }
  return new ConfigError(file, '', 'cannot load it: not valid JSON or YAML');
}

/** A cosmiconfig explorer that looks in one folder only; the cascade upwards is ours. */
export async function createExplorer(): Promise<PublicExplorer> {
  const { cosmiconfig } = await import('cosmiconfig');
  try {
    return cosmiconfig(CONFIG_NAME, {
      searchPlaces: [...SEARCH_PLACES],
      searchStrategy: 'none',
      // An empty .cc-checkrc.yml is a config with nothing in it: it still marks the folder.
      ignoreEmptySearchPlaces: false,
      cache: true,
      loaders: { '.yml': loadYaml, '.yaml': loadYaml, '.json': loadJson, noExt: loadYaml },
    });
  } catch (error) {
    throw metaConfigError(error);
  }
}

/** The line of a key path in a YAML file, for messages; undefined for other files, labels such as `--rule`, or when not found. */
export function lineOfKey(file: string, path: PropertyKey[]): number | undefined {
  if (!isAbsolute(file) || (!/\.ya?ml$/i.test(file) && extname(file) !== '')) return undefined;
  try {
    const yaml = requireModule('yaml') as typeof import('yaml');
    const content = readFileSync(file, 'utf8');
    const counter = new yaml.LineCounter();
    const doc = yaml.parseDocument(content, { lineCounter: counter });
    for (let depth = path.length; depth > 0; depth--) {
      const keys = path.slice(0, depth);
      const parent = depth > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
      if (yaml.isMap(parent)) {
        const pair = parent.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === String(keys.at(-1)));
        const offset = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
        if (offset !== undefined) return counter.linePos(offset).line;
      }
      const node = doc.getIn(keys, true) as { range?: number[] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]!).line;
    }
  } catch {
    // The line is a courtesy: the message names the key anyway.
  }
  return undefined;
}

// Filled in place once a config sets rules: the schema built before that reads it at every parse.
const knowledge: RuleKnowledge = { builtinIds: new Set(), optionNames: new Map() };
let schema: ConfigSchema | undefined;
let ruleIdsLoaded = false;

/** Whether the content sets any rule (so the built-in rule ids are needed to check it). */
function setsRules(content: unknown): boolean {
  if (!content || typeof content !== 'object') return false;
  const data = content as { rules?: unknown; overrides?: unknown };
  return data.rules !== undefined || (Array.isArray(data.overrides) && data.overrides.some((o) => o && typeof o === 'object' && 'rules' in o));
}

/** The schema, with the built-in rule ids loaded when the content needs them (the rules take a while to import). */
/** Built-in rule ids with the options each takes. */
export type RuleCatalogue = Record<string, string[]>;

export function catalogueOf(rules: ReadonlyArray<{ meta: { id: string; options?: Record<string, string> } }>): RuleCatalogue {
  return Object.fromEntries(rules.map((r) => [r.meta.id, Object.keys(r.meta.options ?? {})]));
}

/** Where the build writes the catalogue (scripts/compile-lists.js), beside the built rules. */
export const RULE_CATALOGUE_URL = new URL('../rules/catalogue.json', import.meta.url);
const BUILT_RULES_URL = new URL('../rules/index.js', import.meta.url);

/**
 * The catalogue the build wrote, so checking a config's rule ids need not
 * import every rule (tens of milliseconds on a cached run). Undefined when
 * there is none (running from source) or it is older than the built rules.
 */
function readRuleCatalogue(): RuleCatalogue | undefined {
  try {
    const written = statSync(RULE_CATALOGUE_URL, { throwIfNoEntry: false });
    const built = statSync(BUILT_RULES_URL, { throwIfNoEntry: false });
    if (!written || !built || written.mtimeMs < built.mtimeMs) return undefined;
    return JSON.parse(readFileSync(RULE_CATALOGUE_URL, 'utf8')) as RuleCatalogue;
  } catch {
    return undefined;
  }
}

async function schemaFor(content: unknown): Promise<ConfigSchema> {
  if (setsRules(content) && !ruleIdsLoaded) {
    const catalogue = readRuleCatalogue() ?? catalogueOf((await import('../rules/index.js')).allRules);
    knowledge.builtinIds = new Set(Object.keys(catalogue));
    knowledge.optionNames = new Map(Object.entries(catalogue));
    ruleIdsLoaded = true;
  }
  if (!schema) {
    const { buildConfigSchema } = await import('./schema.js');
    schema = buildConfigSchema(await import('zod'), knowledge);
  }
  return schema;
}

/** Validates content read from `file`; the first problem becomes a ConfigError naming the key and the line. */
export async function validateContent(file: string, content: unknown, keyPrefix: PropertyKey[] = []): Promise<ConfigFileData> {
  const configSchema = await schemaFor(content);
  const { validateConfig } = await import('./schema.js');
  const result = validateConfig(configSchema, content ?? {});
  if ('data' in result) return result.data;
  const [first] = result.problems;
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more ${result.problems.length === 2 ? 'problem' : 'problems'})` : '';
  const path = [...keyPrefix, ...first!.path];
  throw new ConfigError(file, formatKeyPath(path), `${first!.message}${more}`, lineOfKey(file, path));
}

/** The kinds of file a config may be, for messages. */
const CONFIG_KINDS = '.yml, .yaml, .json, .js, .mjs, .ts or package.json';

/**
 * The syntax error of a JavaScript config that failed to load, with its
 * line, from `node --check`: a failed import() of an ES module says neither
 * (and cosmiconfig's fallback to require() then hides even the message).
 * Undefined when the file is not JavaScript or its syntax is fine.
 */
function javaScriptSyntaxError(file: string): { message: string; line?: number } | undefined {
  if (!/\.[cm]?js$/i.test(file)) return undefined;
  const checked = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
  const message = /^SyntaxError: (.+)$/m.exec(checked.stderr ?? '')?.[1];
  if (checked.status === 0 || !message) return undefined;
  // node prints "<file>:<line>" above the offending line.
  const line = /^.*:(\d+)$/m.exec(checked.stderr)?.[1];
  return { message, ...(line ? { line: Number(line) } : {}) };
}

/** Why cosmiconfig could not load `file`, as a config error of one line. */
function loadFailure(file: string, error: unknown): ConfigError {
  const message = error instanceof Error ? error.message : String(error);
  if (/^No loader specified for extension/.test(message)) return new ConfigError(file, '', `a config file must be ${CONFIG_KINDS}`);
  const syntax = javaScriptSyntaxError(file);
  if (syntax) return new ConfigError(file, '', `cannot load it: ${syntax.message}`, syntax.line);
  // cosmiconfig prefixes "TypeScript Error in <file>:" and the like; the file is named already.
  const reason = message.split('\n').map((l) => l.trim()).filter((l) => l && !l.includes(file))[0] ?? message.split('\n')[0];
  return new ConfigError(file, '', `cannot load it: ${reason}`);
}

/** Reads one file as a config (any of the supported kinds), without validating it. */
/** Larger than any real config: a bigger file is a mistake, or an attack on memory. */
const MAX_CONFIG_BYTES = 1024 * 1024;

async function readContent(explorer: PublicExplorer, file: string): Promise<unknown> {
  // Checked before reading: a FIFO or a device would hang or never end, a huge file would fill memory,
  // and a config the user cannot read must stop the run rather than be skipped in silence.
  const info = statSync(file, { throwIfNoEntry: false });
  if (info && !info.isFile()) throw new ConfigError(file, '', info.isDirectory() ? 'is a folder, not a config file' : 'is not a regular file');
  if (info && info.size > MAX_CONFIG_BYTES) throw new ConfigError(file, '', `is ${(info.size / 1024 / 1024).toFixed(1)} MB: a config file is at most 1 MB`);
  if (info) {
    try {
      accessSync(file, constants.R_OK);
    } catch {
      throw new ConfigError(file, '', 'cannot read it (permission denied)');
    }
  }
  let result;
  try {
    result = await explorer.load(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(file, '', 'file not found');
    if (code === 'EISDIR') throw new ConfigError(file, '', 'is a folder, not a config file');
    throw loadFailure(file, error);
  }
  // A package.json without a "cc-check" key, or an empty file: no settings.
  return result?.config ?? {};
}

/** Where `extends: spec` in `file` points. */
function extendsTarget(spec: string, file: string, keyPath: string): { path: string; preset?: PresetName } {
  if ((PRESETS as readonly string[]).includes(spec)) return { path: presetPath(spec as PresetName), preset: spec as PresetName };
  const dir = dirname(file);
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const path = resolve(dir, spec);
    if (!existsSync(path)) throw new ConfigError(file, keyPath, `cannot find "${spec}" (looked for ${path})`, lineOfKey(file, ['extends']));
    return { path };
  }
  try {
    return { path: createRequire(join(dir, 'package.json')).resolve(spec) };
  } catch {
    throw new ConfigError(
      file,
      keyPath,
      `expected "recommended", "strict", a path starting with ./ or ../, or an installed package; cannot find the package "${spec}" from ${dir}`,
      lineOfKey(file, ['extends']),
    );
  }
}

function toSettings(data: SettingsData, fileDir: string): ConfigSettings {
  const settings: ConfigSettings = {};
  if (data.rules) settings.rules = data.rules;
  if (data.minScore !== undefined) settings.minScore = data.minScore;
  if (data.kind !== undefined) settings.kind = data.kind;
  if (data.templateMode !== undefined) settings.templateMode = data.templateMode;
  if (data.organisation) settings.organisation = data.organisation;
  if (data.vocabulary) settings.vocabulary = data.vocabulary;
  if (data.timescales) settings.timescales = data.timescales;
  if (data.template) settings.template = data.template.file === undefined ? data.template : { ...data.template, file: resolve(fileDir, data.template.file) };
  if (data.protected) settings.protected = data.protected;
  if (data.targets) settings.targets = data.targets;
  return settings;
}

/** The rule ids a validated file sets that are not built in (the built-in ids are loaded whenever a file sets rules). */
function pendingIds(rules: Record<string, unknown> | undefined, prefix: PropertyKey[]): PendingRuleId[] {
  return Object.keys(rules ?? {})
    .filter((id) => !knowledge.builtinIds.has(id))
    .map((id) => ({ id, path: [...prefix, 'rules', id] }));
}

/** Options of loadConfigFile(). */
export interface LoadConfigOptions {
  /** Folder the file's globs (`ignore`, `overrides[].files`) start from; default: the file's own folder. */
  globBase?: string;
  /** A cosmiconfig explorer to share (its caches); default: a new one. */
  explorer?: PublicExplorer;
}

async function loadLayers(file: string, globBase: string, explorer: PublicExplorer, stack: string[]): Promise<{ root: boolean; layers: ConfigLayer[] }> {
  const content = await readContent(explorer, file);
  const prefix = basename(file) === 'package.json' ? [CONFIG_NAME] : [];
  const data = await validateContent(file, content, prefix);
  const layers: ConfigLayer[] = [];
  const specs = data.extends ?? [];
  for (const [index, spec] of specs.entries()) {
    const keyPath = formatKeyPath([...prefix, 'extends', ...(specs.length > 1 ? [index] : [])]);
    const target = extendsTarget(spec, file, keyPath);
    if (stack.includes(target.path) || target.path === file) {
      const loop = [...stack, file, target.path].map((p) => basename(p)).join(' → ');
      throw new ConfigError(file, keyPath, `extends itself in a loop (${loop})`, lineOfKey(file, ['extends']));
    }
    // Globs of an extended file start where the extending file's do; its paths, from its own folder.
    layers.push(...(await loadLayers(target.path, globBase, explorer, [...stack, file])).layers);
  }
  const fileDir = dirname(file);
  const overrides: ConfigOverride[] = (data.overrides ?? []).map((o) => ({
    files: o.files,
    excludedFiles: o.excludedFiles ?? [],
    settings: toSettings(o, fileDir),
  }));
  layers.push({
    file,
    dir: globBase,
    settings: toSettings(data, fileDir),
    customRules: (data.customRules ?? []).map((folder) => resolve(fileDir, folder)),
    ignore: data.ignore ?? [],
    overrides,
    pendingRuleIds: [
      ...pendingIds(data.rules, prefix),
      ...(data.overrides ?? []).flatMap((o, index) => pendingIds(o.rules, [...prefix, 'overrides', index])),
    ],
  });
  return { root: data.root === true, layers };
}

/**
 * Reads, validates and follows the `extends` of one config file (any of
 * the supported names, or any .yml/.yaml/.json/.js/.mjs/.ts file, or a
 * package.json's "cc-check" key). Throws ConfigError naming the file, key
 * and what was expected.
 */
export async function loadConfigFile(path: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const file = resolve(path);
  const explorer = options.explorer ?? (await createExplorer());
  const { root, layers } = await loadLayers(file, options.globBase ?? dirname(file), explorer, []);
  return { file, root, layers };
}

/** The config file in `dir` itself (not above), if there is one; `explorer` is asked only when a search place is there. */
export async function configInFolder(explorer: () => Promise<PublicExplorer>, dir: string): Promise<string | undefined> {
  const present = configFilesIn(dir);
  if (present.length === 0) return undefined;
  try {
    const found = await (await explorer()).search(dir);
    return found?.filepath;
  } catch (error) {
    // A config that is there but cannot be parsed: name it (the search reads the first present).
    if (error instanceof ConfigError) throw error;
    throw loadFailure((error as { filepath?: string }).filepath ?? join(dir, present[0]!), error);
  }
}
