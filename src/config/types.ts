/** The shapes a config file becomes once it is read, validated and its paths made absolute. */
import type { DocumentKind, Profile, RuleSetting } from '../types.js';

/** One rule's setting after validation: `warning`, `[warning, {max: 20}]` and `{severity, options}` all become this. */
export type RuleConfig = RuleSetting;

/** What a config (or one of its overrides) sets; every part optional, every path absolute. */
export interface ConfigSettings extends Profile {
  rules?: Record<string, RuleConfig>;
  minScore?: number;
  /** Overrides only: check the matching files as this kind. */
  kind?: DocumentKind;
  /** Overrides only: the matching files are templates with merge fields. */
  templateMode?: boolean;
}

/** A rule id a config sets that is not built in: it must be one of the custom rules in effect. */
export interface PendingRuleId {
  id: string;
  /** Where it was set, e.g. `rules, shepway/dear-sir` or `overrides, 0, rules, shepway/dear-sir` (its key path and line are found only for a message). */
  path: PropertyKey[];
}

/** One `overrides` entry: settings for the files its globs match. */
export interface ConfigOverride {
  /** Globs relative to the config file's folder. */
  files: string[];
  excludedFiles: string[];
  settings: ConfigSettings;
}

/**
 * The settings of one config file or of one file it extends (a preset, a
 * path, a package). A config file becomes a list of layers: what it extends
 * first, itself last.
 */
export interface ConfigLayer {
  /** Absolute path of the file the settings come from (a preset's YAML file for a preset). */
  file: string;
  /** The folder its globs and relative paths start from. */
  dir: string;
  settings: ConfigSettings;
  /** Absolute folders of YAML custom rules. */
  customRules: string[];
  /** Globs relative to `dir`; a leading `!` takes a file back. */
  ignore: string[];
  overrides: ConfigOverride[];
  pendingRuleIds: PendingRuleId[];
}

/** A config file, read and validated, with everything it extends. */
export interface LoadedConfig {
  /** Absolute path. */
  file: string;
  /** `root: true`: no config in a folder above applies. */
  root: boolean;
  /** What it extends (depth first, in order), then the file's own settings last. */
  layers: ConfigLayer[];
}

/** The config that applies to one checked file: every layer merged, nearest last. */
export interface ResolvedConfig {
  /** The file the config was resolved for (absolute). */
  filePath: string;
  /** The config files that apply, from the farthest (or extended) to the nearest; empty without a config. */
  files: string[];
  /** A matching `ignore` glob drops the file from the check. */
  ignored: boolean;
  /** The settings after merging, in a config file's shape (absolute paths). */
  settings: ConfigSettings;
  /** Custom rule folders of every layer that applies, in order, without repeats, with the config file naming each. */
  customRules: Array<{ folder: string; file: string }>;
  /** Which config file set each rule's options last, to name it when the rule refuses them. */
  ruleSources: Record<string, string>;
  /** The config file that set `template.file`, to name it when the template cannot be read. */
  templateSource?: string;
  /** Rule ids set in the config that must be custom rules, checked once those are loaded. */
  pendingRuleIds: Array<PendingRuleId & { file: string }>;
  /** Equal keys mean equal settings: files with one key are checked with one set of rules. */
  key: string;
}
