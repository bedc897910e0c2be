import { Chalk, type ColorSupportLevel } from 'chalk';
import { allRules } from '../index.js';
import type { Rule } from '../types.js';
import { UsageError } from './usage-error.js';
import { editDistance } from '../util/edit-distance.js';

/** The rule id closest to what the user typed, matching with or without the category. */
export function suggestRule(typed: string, rules: Rule[] = allRules): string | undefined {
  const wanted = typed.toLowerCase();
  let best: { id: string; score: number } | undefined;
  for (const { meta } of rules) {
    const name = meta.id.slice(meta.id.indexOf('/') + 1);
    const score = Math.min(editDistance(wanted, meta.id), editDistance(wanted, name));
    if (!best || score < best.score) best = { id: meta.id, score };
  }
  if (!best) return undefined;
  return best.score <= Math.max(2, Math.floor(wanted.length / 3)) ? best.id : undefined;
}

/** An example under its mark, later lines aligned with the first. */
function markExample(text: string, mark: string): string {
  return text
    .split('\n')
    .map((line, i) => `  ${i === 0 ? mark : ' '} ${line}`.trimEnd())
    .join('\n');
}

/** `cc-check explain <rule>`: what the rule checks, why, the standard, and its examples. */
export function formatExplain(id: string, colorLevel: ColorSupportLevel, rules: Rule[] = allRules): string {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) {
    const suggestion = suggestRule(id, rules);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    throw new UsageError(`unknown rule "${id}".${hint} Run \`cc-check rules\` for the list`);
  }
  const c = new Chalk({ level: colorLevel });
  const { meta } = rule;
  const lines = [
    `${c.bold(meta.id)}  ${c.dim(`${meta.severity} · ${meta.category} · ${meta.fixable ? 'fixable' : 'not fixable'}`)}`,
    '',
    meta.description,
  ];
  if (meta.why) lines.push('', `${c.bold('Why:')} ${meta.why}`);
  lines.push('', `${c.bold('Standard:')} ${meta.standard}`, `${c.bold('Fixable:')} ${meta.fixable ? 'yes, with --fix' : 'no'}`);
  const options = Object.entries(meta.options ?? {});
  if (options.length > 0) {
    // As a config file sets them, so the lines can be copied.
    lines.push('', `${c.bold('Options')} (in a config file: rules: {${meta.id}: {${options[0]![0]}: …}}):`);
    for (const [name, meaning] of options) lines.push(`  ${name}: ${meaning}`);
  }
  lines.push('', c.bold('Bad:'));
  for (const bad of meta.examples.bad) lines.push(markExample(bad, c.red('✖')), '');
  lines.push(c.bold('Good:'));
  for (const good of meta.examples.good) lines.push(markExample(good, c.green('✔')), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
