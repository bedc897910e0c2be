import { defineRule } from '../../engine/define-rule.js';
import { listRuleMeta } from '../data/load.js';
import type { Rule, RuleContext } from '../../types.js';
import { fittedReplacement, joinAlternatives, listMatches, listOf, type ListMatch, type ListName } from './prose.js';

/** Reports one list's matches with its YAML message; a fix only when there is exactly one replacement. */
export function reportListMatch(context: RuleContext, match: ListMatch, messageId: string): void {
  const replacements = match.entry.replacements.map((r) => fittedReplacement(match, r));
  const single = replacements.length === 1 ? replacements[0] : undefined;
  context.report({
    messageId,
    data: { actual: match.actual.replace(/\s+/g, ' '), expected: joinAlternatives(replacements) },
    start: match.start,
    end: match.end,
    // The suggestion is one replacement a tool can apply; the message names every alternative.
    ...(replacements.length > 0 ? { suggestion: replacements[0] } : {}),
    ...(single !== undefined ? { fix: { start: match.start, end: match.end, text: single } } : {}),
  });
}

/**
 * A rule made from a substitution list (rules/plain/<name>.yml): the id,
 * severity, standard, message and examples all come from the YAML.
 */
export function defineListRule(name: ListName, extra: { create?: (context: RuleContext) => void; messages?: Record<string, string> } = {}): Rule {
  const list = listOf(name);
  return defineRule({
    meta: {
      id: name,
      category: 'plain',
      ...listRuleMeta(list),
      fixable: list.kind === 'substitution',
      messages: { [list.kind === 'substitution' ? 'replace' : 'found']: list.message, ...extra.messages },
    },
    create(context) {
      const messageId = list.kind === 'substitution' ? 'replace' : 'found';
      for (const match of listMatches(context)) if (match.list === name) reportListMatch(context, match, messageId);
      extra.create?.(context);
    },
  });
}
