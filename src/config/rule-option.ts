/** `--rule "plain/sentence-length: [warning, {max: 20}]"`: a rule setting given on the command line, in the config file's syntax. */
import { createRequire } from 'node:module';
import { ConfigError } from './errors.js';
import { validateContent } from './load.js';
import type { RuleConfig } from './types.js';

const requireModule = createRequire(import.meta.url);

/** A rule id with a colon straight after it, as in "plain/passive:off" (which YAML reads as one key). */
const TIGHT_COLON = /^\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*):(?=\S)/i;

/**
 * Parses each `--rule` value (`id: setting`, as a line of a config file's
 * `rules`) and validates them with the config schema. Later values win.
 * Throws ConfigError naming `--rule` and the rule.
 */
export async function parseRuleOptions(values: readonly string[]): Promise<Record<string, RuleConfig>> {
  const yaml = requireModule('yaml') as typeof import('yaml');
  const rules: Record<string, unknown> = {};
  for (const value of values) {
    let parsed: unknown;
    try {
      // The braces a config file's flow mapping has are optional, and so is the space after the id's colon ("plain/passive:off").
      const mapping = value.trim().startsWith('{') ? value : `{${value.replace(TIGHT_COLON, '$1: ')}}`;
      // logLevel: a warning (such as for a mapping used as a key) would reach stderr beside the error below.
      parsed = value.includes(':') ? yaml.parse(mapping, { logLevel: 'error' }) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
      throw new ConfigError('--rule', '', `expected "rule-id: severity" or "rule-id: [severity, {option: value}]", got ${JSON.stringify(value)}`);
    }
    Object.assign(rules, parsed);
  }
  try {
    return (await validateContent('--rule', { rules })).rules ?? {};
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError('--rule', error.keyPath.replace(/^rules\./, ''), error.detail);
    throw error;
  }
}
