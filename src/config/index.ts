/** Config files: discovery, validation, cascading and presets. */
export { ConfigError } from './errors.js';
export { loadConfigFile, SEARCH_PLACES, PRESETS, presetPath, type LoadConfigOptions, type PresetName } from './load.js';
export { ConfigResolver, resolveConfig, applyExplicit, type ResolveOptions, type ConfiguredCheck } from './resolve.js';
export { starterConfig, STARTER_FILE, type StarterAnswers } from './starter.js';
export { parseRuleOptions } from './rule-option.js';
export type { ConfigSettings, ConfigLayer, ConfigOverride, LoadedConfig, ResolvedConfig, RuleConfig } from './types.js';

/**
 * A file's config as `--print-config` shows it: the config files that
 * apply, and every setting in effect (the caller's options included), with
 * every rule's severity and options.
 */
export async function printableConfig(configured: import('./resolve.js').ConfiguredCheck): Promise<Record<string, unknown>> {
  const { allRules } = await import('../rules/index.js');
  const { DEFAULT_MIN_SCORE } = await import('../engine/report.js');
  const { options, resolved, active } = configured;
  const activeById = new Map(active.map((a) => [a.rule.meta.id, a]));
  const rules: Record<string, unknown> = {};
  for (const rule of [...allRules, ...(options.extraRules ?? [])]) {
    const entry = activeById.get(rule.meta.id);
    rules[rule.meta.id] = !entry ? 'off' : Object.keys(entry.options).length > 0 ? [entry.severity, entry.options] : entry.severity;
  }
  return {
    file: resolved.filePath,
    configFiles: resolved.files,
    ignored: resolved.ignored,
    minScore: options.minScore ?? DEFAULT_MIN_SCORE,
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
    ...(options.templateMode !== undefined ? { templateMode: options.templateMode } : {}),
    ...options.profile,
    ...(resolved.customRules.length > 0 ? { customRules: resolved.customRules.map((c) => c.folder) } : {}),
    rules,
  };
}
