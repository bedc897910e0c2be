import { join } from 'node:path';
import { Chalk, type ColorSupportLevel } from 'chalk';
import { allRules } from '../index.js';
import type { Rule } from '../types.js';

/**
 * The built-in rules and the custom rules of the config that applies in
 * `cwd` (as it would to a letter there, `config` chosen as by --config and
 * --no-config), so `rules` and `explain` know an organisation's own rules
 * too. A config that cannot be used is an error.
 */
export async function rulesInEffect(cwd: string, config?: string | false): Promise<Rule[]> {
  const { ConfigResolver } = await import('../config/index.js');
  const resolver = new ConfigResolver({ cwd, config });
  const configured = await resolver.configure(await resolver.resolve(join(cwd, 'letter.txt')));
  return [...allRules, ...(configured.options.extraRules ?? [])];
}

export interface RuleRow {
  id: string;
  severity: string;
  category: string;
  fixable: boolean;
  standard: string;
  description: string;
  /** The options the rule reads, each with its meaning and default. */
  options?: Record<string, string>;
}

export function ruleRows(rules: Rule[] = allRules): RuleRow[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    severity: meta.severity,
    category: meta.category,
    fixable: meta.fixable,
    standard: meta.standard,
    description: meta.description,
    ...(meta.options ? { options: meta.options } : {}),
  }));
}

/** `cc-check rules`: every rule as an aligned table, or as JSON. */
export function formatRules(format: 'stylish' | 'json', colorLevel: ColorSupportLevel, rules: Rule[] = allRules): string {
  const rows = ruleRows(rules);
  if (format === 'json') return `${JSON.stringify({ rules: rows }, null, 2)}\n`;
  const c = new Chalk({ level: colorLevel });
  const header = ['rule', 'severity', 'category', 'fixable', 'standard'];
  const cells = rows.map((r) => [r.id, r.severity, r.category, r.fixable ? 'yes' : 'no', r.standard]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const body = cells.map((row) => {
    const text = line(row);
    const severity = row[1]!;
    // Colour only the severity word; padding stays outside the escape codes so columns line up.
    const coloured = severity === 'error' ? c.red(severity) : severity === 'warning' ? c.yellow(severity) : c.blue(severity);
    return text.replace(` ${severity} `, ` ${coloured} `);
  });
  return `${c.bold(line(header))}\n${body.join('\n')}\n\n${rows.length} rules. Run \`cc-check explain <rule>\` for what a rule checks and why.\n`;
}
