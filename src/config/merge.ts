/** Merging config layers, nearest last, and matching their globs against a checked file. */
import { isAbsolute, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { ProtectedPassage, VocabularySettings } from '../types.js';
import type { ConfigLayer, ConfigOverride, ConfigSettings, RuleConfig } from './types.js';

const requireModule = createRequire(import.meta.url);
type Picomatch = typeof import('picomatch');
let picomatch: Picomatch | undefined;
const matchers = new Map<string, (path: string) => boolean>();

/**
 * A glob matcher. A pattern without a slash matches a file's name in any
 * folder (`*.md`, as in .gitignore and ESLint); dot files match too.
 */
function matcher(pattern: string): (path: string) => boolean {
  let match = matchers.get(pattern);
  if (!match) {
    picomatch ??= requireModule('picomatch') as Picomatch;
    const cleaned = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    match = picomatch(cleaned, { dot: true, basename: !cleaned.includes('/') });
    matchers.set(pattern, match);
  }
  return match;
}

/** The file's path relative to `dir` with forward slashes, or undefined when it lies outside. */
function relativeInside(dir: string, file: string): string | undefined {
  const path = relative(dir, file);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

function matchesAny(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) => matcher(pattern)(path));
}

/** Whether an override applies to the file. */
function overrideMatches(override: ConfigOverride, dir: string, file: string): boolean {
  const path = relativeInside(dir, file);
  if (path === undefined) return false;
  return matchesAny(override.files, path) && !matchesAny(override.excludedFiles, path);
}

/**
 * Applies one layer's `ignore` globs to the current verdict: a match
 * ignores the file, a `!pattern` match takes it back. A pattern naming a
 * folder ignores everything in it, as in .gitignore.
 */
function applyIgnore(ignored: boolean, patterns: readonly string[], dir: string, file: string): boolean {
  const path = relativeInside(dir, file);
  if (path === undefined) return ignored;
  const parts = path.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const match = matcher(negated ? pattern.slice(1) : pattern);
    if (candidates.some((candidate) => match(candidate))) ignored = !negated;
  }
  return ignored;
}

function mergeRule(lower: RuleConfig | undefined, higher: RuleConfig): RuleConfig {
  const merged: RuleConfig = {};
  const severity = higher.severity ?? lower?.severity;
  if (severity !== undefined) merged.severity = severity;
  // Options merge key by key: `strict` sets max 20, a nearer file that only raises the severity keeps it.
  if (lower?.options || higher.options) merged.options = { ...lower?.options, ...higher.options };
  return merged;
}

const lower = (word: string) => word.toLocaleLowerCase('en-GB');

function mergeVocabulary(base: VocabularySettings | undefined, next: VocabularySettings): VocabularySettings {
  const accepted = new Set((next.accept ?? []).map(lower));
  const rejected = new Set(Object.keys(next.reject ?? {}).map(lower));
  // A nearer file that accepts a word takes back a farther file's rejection of it, and the other way round.
  const accept = [...(base?.accept ?? []).filter((w) => !rejected.has(lower(w))), ...(next.accept ?? [])];
  const reject: Record<string, string[]> = {};
  for (const [word, to] of Object.entries(base?.reject ?? {})) if (!accepted.has(lower(word))) reject[word] = to;
  Object.assign(reject, next.reject ?? {});
  const merged: VocabularySettings = {};
  if (accept.length > 0 || base?.accept || next.accept) merged.accept = [...new Set(accept)];
  if (Object.keys(reject).length > 0 || base?.reject || next.reject) merged.reject = reject;
  return merged;
}

function mergePassages(base: ProtectedPassage[] | undefined, next: ProtectedPassage[]): ProtectedPassage[] {
  // A passage of the same name replaces the farther one (a service's own wording of its appeal rights).
  const names = new Set(next.map((p) => p.name));
  return [...(base ?? []).filter((p) => !names.has(p.name)), ...next];
}

/**
 * Applies `next` over `base` (which is not changed). Scalars and lists
 * replace; mappings merge key by key; rules merge severity and options;
 * vocabulary and protected passages add up.
 */
export function mergeSettings(base: ConfigSettings, next: ConfigSettings, onRuleOptions?: (id: string) => void): ConfigSettings {
  const out: ConfigSettings = { ...base };
  if (next.rules) {
    out.rules = { ...base.rules };
    for (const [id, setting] of Object.entries(next.rules)) {
      out.rules[id] = mergeRule(base.rules?.[id], setting);
      if (setting.options) onRuleOptions?.(id);
    }
  }
  if (next.minScore !== undefined) out.minScore = next.minScore;
  if (next.kind !== undefined) out.kind = next.kind;
  if (next.templateMode !== undefined) out.templateMode = next.templateMode;
  if (next.organisation) out.organisation = { ...base.organisation, ...next.organisation };
  if (next.vocabulary) out.vocabulary = mergeVocabulary(base.vocabulary, next.vocabulary);
  if (next.timescales) out.timescales = { ...base.timescales, ...next.timescales };
  if (next.template) out.template = { ...base.template, ...next.template };
  if (next.protected) out.protected = mergePassages(base.protected, next.protected);
  if (next.targets) out.targets = { ...base.targets, ...next.targets };
  return out;
}

/** The settings of the layers that apply to `file`, merged in order, and what else the merge decides. */
export function mergeLayers(layers: readonly ConfigLayer[], file: string) {
  let settings: ConfigSettings = {};
  let ignored = false;
  let templateSource: string | undefined;
  const ruleSources: Record<string, string> = {};
  const customRules: Array<{ folder: string; file: string }> = [];
  const pendingRuleIds: Array<ConfigLayer['pendingRuleIds'][number] & { file: string }> = [];
  const apply = (layerFile: string, next: ConfigSettings) => {
    settings = mergeSettings(settings, next, (id) => (ruleSources[id] = layerFile));
    if (next.template?.file !== undefined) templateSource = layerFile;
  };
  for (const layer of layers) {
    apply(layer.file, layer.settings);
    for (const override of layer.overrides) if (overrideMatches(override, layer.dir, file)) apply(layer.file, override.settings);
    ignored = applyIgnore(ignored, layer.ignore, layer.dir, file);
    for (const folder of layer.customRules) if (!customRules.some((c) => c.folder === folder)) customRules.push({ folder, file: layer.file });
    pendingRuleIds.push(...layer.pendingRuleIds.map((p) => ({ ...p, file: layer.file })));
  }
  return { settings, ignored, ruleSources, templateSource, customRules, pendingRuleIds };
}

