/**
 * Which config applies to a checked file: found from the file's folder
 * upwards (the nearest wins, `root: true` stops the search, the user's home
 * or the file system's root ends it), or the one file `--config` names, or
 * none. Everything is cached per folder and per distinct config, so
 * thousands of files cost a handful of searches and one rule set per config.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { PublicExplorer } from 'cosmiconfig';
import type { ActiveRule } from '../engine/check.js';
import type { CheckOptions, Profile, Rule } from '../types.js';
import { stableJson } from '../util/stable-json.js';
import { ConfigError, didYouMean, displayPath, formatKeyPath } from './errors.js';
import { configInFolder, createExplorer, lineOfKey, loadConfigFile } from './load.js';
import { mergeLayers, mergeSettings } from './merge.js';
import type { ConfigSettings, LoadedConfig, ResolvedConfig } from './types.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface ResolveOptions {
  /** Folder that relative paths start from (default: the process's). */
  cwd?: string;
  /**
   * A config file to use for every file instead of searching (relative to
   * `cwd`; its `extends` still apply, its `root` means nothing), or `false`
   * for no config at all: the built-in defaults.
   */
  config?: string | false;
  /** The search upwards stops after this folder (default: the user's home). */
  stopDir?: string;
  /** How messages name the explicit options when one sets an unknown rule (default "options"; the CLI says "--rule"). */
  explicitLabel?: string;
}

/** A file's config made ready to check with: options and rules, shared by every file with the same config. */
export interface ConfiguredCheck {
  resolved: ResolvedConfig;
  /** The options to check with: the config's, under the caller's own (CLI options win). */
  options: CheckOptions;
  /** The rules to run, resolved once per distinct config. */
  active: ActiveRule[];
}

function sha(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function profileOf(settings: ConfigSettings): Profile {
  const profile: Profile = {};
  if (settings.organisation) profile.organisation = settings.organisation;
  if (settings.vocabulary) profile.vocabulary = settings.vocabulary;
  if (settings.timescales) profile.timescales = settings.timescales;
  if (settings.template) profile.template = settings.template;
  if (settings.protected) profile.protected = settings.protected;
  if (settings.targets) profile.targets = settings.targets;
  return profile;
}

/** The caller's options over the config's: minScore, kind and the rest replace; rules and profile merge. */
export function applyExplicit(fromConfig: CheckOptions, explicit: CheckOptions): CheckOptions {
  const out: CheckOptions = { ...fromConfig };
  if (explicit.minScore !== undefined) out.minScore = explicit.minScore;
  if (explicit.kind !== undefined) out.kind = explicit.kind;
  if (explicit.templateMode !== undefined) out.templateMode = explicit.templateMode;
  if (explicit.only !== undefined) out.only = explicit.only;
  if (explicit.replyTo !== undefined) out.replyTo = explicit.replyTo;
  if (explicit.corporateTemplate !== undefined) out.corporateTemplate = explicit.corporateTemplate;
  if (explicit.rules) {
    const rules: ConfigSettings['rules'] = {};
    for (const [id, setting] of Object.entries(explicit.rules)) rules[id] = typeof setting === 'string' ? { severity: setting } : setting;
    out.rules = mergeSettings({ rules: fromConfig.rules as ConfigSettings['rules'] }, { rules }).rules;
  }
  if (explicit.profile) out.profile = profileOf(mergeSettings(fromConfig.profile ?? {}, explicit.profile));
  if (explicit.extraRules) {
    const ids = new Set(explicit.extraRules.map((r) => r.meta.id));
    out.extraRules = [...(fromConfig.extraRules ?? []).filter((r) => !ids.has(r.meta.id)), ...explicit.extraRules];
  }
  return out;
}

/** The Error a rule threw, without the rule id it usually starts with. */
function reasonOf(error: unknown, id: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(new RegExp(`^${escapeRegExp(id)}:\\s*`), '');
}

/**
 * A rule whose options the user set: when it refuses them (it throws), the
 * user hears where they were set (`refused` names it), as a config error.
 */
function blaming(rule: Rule, refused: (detail: string) => ConfigError): Rule {
  return {
    meta: rule.meta,
    create(context) {
      try {
        rule.create(context);
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw refused(`the rule cannot use these options: ${reasonOf(error, rule.meta.id)}`);
      }
    },
  };
}

export class ConfigResolver {
  readonly cwd: string;
  private readonly stopDir: string;
  private explorer?: Promise<PublicExplorer>;
  private readonly folders = new Map<string, Promise<LoadedConfig[]>>();
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  private readonly files = new Map<string, Promise<LoadedConfig>>();
  private readonly configured = new Map<string, Promise<ConfiguredCheck>>();
  private readonly fingerprints = new Map<string, string>();
  private readonly customRules = new Map<string, Promise<Rule[]>>();
  private readonly templates = new Map<string, Promise<CheckOptions['corporateTemplate']>>();
  private explicitChain?: Promise<LoadedConfig[]>;

  /**
   * @param options where to look for configs
   * @param explicit options given outside any config file (the CLI's, or a library caller's): they win over every file
   */
  constructor(
    private readonly options: ResolveOptions = {},
    private readonly explicit: CheckOptions = {},
  ) {
    this.cwd = resolve(options.cwd ?? '.');
    this.stopDir = resolve(options.stopDir ?? homedir());
  }

  private getExplorer(): Promise<PublicExplorer> {
    return (this.explorer ??= createExplorer());
  }

  private loadFile(file: string, globBase?: string): Promise<LoadedConfig> {
    const key = `${file}\0${globBase ?? ''}`;
    let loaded = this.files.get(key);
    if (!loaded) {
      loaded = this.getExplorer().then((explorer) => loadConfigFile(file, { explorer, globBase }));
      this.files.set(key, loaded);
    }
    return loaded;
  }

  /** The configs that apply in `dir`, farthest first. */
  private chainFor(dir: string): Promise<LoadedConfig[]> {
    let chain = this.folders.get(dir);
    if (!chain) {
      chain = (async () => {
        const found = await configInFolder(() => this.getExplorer(), dir);
        const own = found ? await this.loadFile(found) : undefined;
        const parent = dirname(dir);
        if (own?.root || dir === this.stopDir || parent === dir) return own ? [own] : [];
        const above = await this.chainFor(parent);
        return own ? [...above, own] : above;
      })();
      this.folders.set(dir, chain);
    }
    return chain;
  }

  private chainForFile(file: string): Promise<LoadedConfig[]> {
    const { config } = this.options;
    if (config === false) return Promise.resolve([]);
    if (typeof config === 'string') {
      // Like ESLint: with --config, globs start from the current folder, not from wherever the file lives.
      this.explicitChain ??= (async () => {
        const path = resolve(this.cwd, config);
        const exists = statSync(path, { throwIfNoEntry: false });
        if (!exists) throw new ConfigError(path, '', 'config file not found');
        return [await this.loadFile(path, this.cwd)];
      })();
      return this.explicitChain;
    }
    return this.chainFor(dirname(file));
  }

  /** The config for one file (absolute, or relative to `cwd`): merged settings, whether it is ignored, and its key. Once per file. */
  resolve(filePath: string): Promise<ResolvedConfig> {
    const file = resolve(this.cwd, filePath);
    let resolved = this.resolved.get(file);
    if (!resolved) {
      resolved = this.resolveFile(file);
      this.resolved.set(file, resolved);
    }
    return resolved;
  }

  private async resolveFile(file: string): Promise<ResolvedConfig> {
    try {
      const chain = await this.chainForFile(file);
      const merged = mergeLayers(chain.flatMap((c) => c.layers), file);
      const key = sha(stableJson({ settings: merged.settings, customRules: merged.customRules.map((c) => c.folder) }));
      return {
        filePath: file,
        files: [...new Set(chain.flatMap((c) => c.layers.map((l) => l.file)))],
        ignored: merged.ignored,
        settings: merged.settings,
        customRules: merged.customRules,
        ruleSources: merged.ruleSources,
        templateSource: merged.templateSource,
        pendingRuleIds: merged.pendingRuleIds,
        key,
      };
    } catch (error) {
      throw error instanceof ConfigError ? error.relativeTo(this.cwd) : error;
    }
  }

  /**
   * What besides the settings decides results: the content of the custom
   * rule files and of the corporate template. For the result cache.
   */
  fingerprint(resolved: ResolvedConfig): string {
    let fingerprint = this.fingerprints.get(resolved.key);
    if (fingerprint === undefined) {
      const parts = [resolved.key];
      for (const { folder } of resolved.customRules) {
        const names = (() => {
          try {
            return readdirSync(folder).filter((n) => /\.ya?ml$/i.test(n)).sort();
          } catch {
            return [];
          }
        })();
        for (const name of names) parts.push(`${name}:${sha(readFileSync(join(folder, name)))}`);
      }
      const template = resolved.settings.template?.file;
      if (template) {
        try {
          parts.push(sha(readFileSync(template)));
        } catch {
          parts.push('missing-template');
        }
      }
      fingerprint = sha(parts.join('\n'));
      this.fingerprints.set(resolved.key, fingerprint);
    }
    return fingerprint;
  }

  /** Every custom rule this resolver has loaded so far (for reports that describe their rules, such as SARIF). */
  async loadedCustomRules(): Promise<Rule[]> {
    const settled = await Promise.allSettled(this.customRules.values());
    const byId = new Map<string, Rule>();
    for (const result of settled) if (result.status === 'fulfilled') for (const rule of result.value) byId.set(rule.meta.id, rule);
    return [...byId.values()];
  }

  private loadCustomRules(folder: string, file: string): Promise<Rule[]> {
    return loadOnce(this.customRules, folder, file, 'customRules', async () => {
      const found = statSync(folder, { throwIfNoEntry: false });
      if (found?.isFile()) throw new Error(`${displayPath(this.cwd, folder)} is a file: customRules names folders of rule files`);
      if (!found?.isDirectory()) throw new Error(`cannot find the folder ${folder}`);
      const { loadCustomRules } = await import('../rules/kinds/load.js');
      return loadCustomRules(folder);
    });
  }

  private loadTemplate(path: string, file: string): Promise<CheckOptions['corporateTemplate']> {
    return loadOnce(this.templates, path, file, 'template.file', async () => {
      if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new Error(`cannot find the template ${path}`);
      const { loadCorporateTemplate } = await import('../template/corporate.js');
      return loadCorporateTemplate(path);
    });
  }

  /** The options a config stands for, before the caller's own: custom rules and the template loaded. */
  async checkOptionsOf(resolved: ResolvedConfig): Promise<CheckOptions> {
    const { settings } = resolved;
    const options: CheckOptions = {};
    if (settings.rules) options.rules = settings.rules;
    if (settings.minScore !== undefined) options.minScore = settings.minScore;
    if (settings.kind !== undefined) options.kind = settings.kind;
    if (settings.templateMode !== undefined) options.templateMode = settings.templateMode;
    options.profile = profileOf(settings);
    const extraRules: Rule[] = [];
    const owners = new Map<string, { folder: string; file: string }>();
    for (const owner of resolved.customRules) {
      for (const rule of await this.loadCustomRules(owner.folder, owner.file)) {
        extraRules.push(rule);
        const twin = owners.get(rule.meta.id);
        if (twin) {
          const from = ({ folder, file }: typeof owner) => `${displayPath(this.cwd, folder)} (customRules of ${displayPath(this.cwd, file)})`;
          throw new ConfigError(owner.file, 'customRules', `two custom rules have the id "${rule.meta.id}": one in ${from(twin)}, one in ${from(owner)}`);
        }
        owners.set(rule.meta.id, owner);
      }
    }
    if (extraRules.length > 0) {
      const { allRules } = await import('../rules/index.js');
      const builtin = new Set(allRules.map((r) => r.meta.id));
      for (const rule of extraRules) {
        if (builtin.has(rule.meta.id)) {
          throw new ConfigError(owners.get(rule.meta.id)!.file, 'customRules', `the custom rule "${rule.meta.id}" has the id of a built-in rule: rename its file or folder`);
        }
      }
      options.extraRules = extraRules;
    }
    const custom = new Set(extraRules.map((r) => r.meta.id));
    for (const pending of resolved.pendingRuleIds) {
      if (!custom.has(pending.id)) {
        const hint = custom.size > 0 ? didYouMean(pending.id, custom) : '';
        const detail = `unknown rule${hint || (custom.size === 0 ? ' (no custom rules are loaded: is customRules set?)' : ' (not among the custom rules)')}`;
        throw new ConfigError(pending.file, formatKeyPath(pending.path), detail, lineOfKey(pending.file, pending.path));
      }
    }
    for (const rule of extraRules) {
      const options = settings.rules?.[rule.meta.id]?.options;
      if (options && Object.keys(options).length > 0) {
        const file = resolved.ruleSources[rule.meta.id] ?? resolved.filePath;
        throw new ConfigError(file, `rules.${JSON.stringify(rule.meta.id)}`, `unknown option "${Object.keys(options)[0]}": a custom rule takes no options (set what it checks in its own file)`, lineOfKey(file, ['rules', rule.meta.id]));
      }
    }
    if (settings.template?.file && this.explicit.corporateTemplate === undefined) {
      options.corporateTemplate = await this.loadTemplate(settings.template.file, resolved.templateSource ?? resolved.filePath);
    }
    return options;
  }

  /** Options and rules for a resolved config, built once per distinct config. */
  configure(resolved: ResolvedConfig): Promise<ConfiguredCheck> {
    let configured = this.configured.get(resolved.key);
    if (!configured) {
      configured = (async () => {
        const options = applyExplicit(await this.checkOptionsOf(resolved), this.explicit);
        const { allRules } = await import('../rules/index.js');
        const { resolveRules } = await import('../engine/check.js');
        const label = this.options.explicitLabel ?? 'options';
        const explicitRules = this.explicit.rules ?? {};
        // Where each rule's options were set last: the caller's options (such as --rule) over the config files.
        const blamed = new Set<string>();
        const rules = [...allRules, ...(options.extraRules ?? [])].map((rule) => {
          const { id } = rule.meta;
          const explicit = explicitRules[id];
          if (typeof explicit === 'object' && Object.keys(explicit.options ?? {}).length > 0) {
            blamed.add(id);
            return blaming(rule, (detail) => new ConfigError(label, JSON.stringify(id), detail));
          }
          const source = resolved.ruleSources[id];
          if (!source) return rule;
          blamed.add(id);
          return blaming(rule, (detail) => new ConfigError(source, `rules.${JSON.stringify(id)}`, detail, lineOfKey(source, ['rules', id])));
        });
        const known = new Set(rules.map((r) => r.meta.id));
        for (const id of Object.keys(explicitRules)) {
          if (!known.has(id)) throw new ConfigError(label, JSON.stringify(id), `unknown rule${didYouMean(id, known)}`);
        }
        const active = resolveRules(options, rules);
        await probe(options, active.filter((a) => blamed.has(a.rule.meta.id)));
        return { resolved, options, active };
      })().catch((error: unknown) => {
        throw error instanceof ConfigError ? error.relativeTo(this.cwd) : error;
      });
      this.configured.set(resolved.key, configured);
    }
    return configured;
  }

  /** resolve() and configure() in one: the options and rules for one file, or undefined when the config ignores it. */
  async forFile(filePath: string): Promise<ConfiguredCheck | undefined> {
    const resolved = await this.resolve(filePath);
    return resolved.ignored ? undefined : this.configure(resolved);
  }
}

/** The config that applies to one file: its settings merged from every config file that applies, nearest last. */
export async function resolveConfig(filePath: string, options: ResolveOptions = {}): Promise<ResolvedConfig> {
  return new ConfigResolver(options).resolve(filePath);
}

/**
 * Runs each rule whose options the user set on the rule's own bad example.
 * meta.options lets the schema refuse an unknown option, but only the rule
 * knows a bad value (`max: twenty`): this reports it before any letter is
 * checked, whether or not a letter (or a cached run) would have reached it.
 */
async function probe(options: CheckOptions, probed: ActiveRule[]): Promise<void> {
  if (probed.length === 0) return;
  const { loadBytes } = await import('../load/index.js');
  const { checkDocument } = await import('../engine/check.js');
  for (const entry of probed) {
    const example = entry.rule.meta.examples.bad[0] ?? entry.rule.meta.examples.good[0];
    if (example === undefined) continue;
    const document = await loadBytes('example.txt', new TextEncoder().encode(example), 'txt');
    checkDocument(document, options, [entry]);
  }
}

/**
 * Loads what a config names (a custom rules folder, a template) once per run
 * however many configs name it. A file the user wrote that cannot be used is
 * a config error: the loader's own message already names that file (and the
 * line and key of a rule file).
 */
function loadOnce<T>(cache: Map<string, Promise<T>>, path: string, configFile: string, keyPath: string, load: () => Promise<T>): Promise<T> {
  let loaded = cache.get(path);
  if (!loaded) {
    loaded = (async () => {
      try {
        return await load();
      } catch (error) {
        // A bug of ours stays a bug, with its stack.
        if (error instanceof TypeError || error instanceof ReferenceError) throw error;
        throw new ConfigError(configFile, keyPath, (error as Error).message.split('\n')[0]!);
      }
    })();
    cache.set(path, loaded);
  }
  return loaded;
}
