import type { Category, CategoryScores, Finding, Severity } from '../types.js';

/** Points a finding takes off its category and the overall score. */
export const SEVERITY_PENALTY: Record<Severity, number> = { error: 15, warning: 4, info: 1 };

/**
 * How many findings of one rule count towards the score: a letter that says
 * "utilise" six times has one habit to fix, not six.
 */
export const MAX_COUNTED_PER_RULE = 3;

export interface ScoreResult {
  score: number;
  categories: CategoryScores;
}

/**
 * Score = 100 minus the penalties of the findings (error 15, warning 4,
 * info 1), counting at most three findings per rule, never below 0. Each
 * category that has rules in the run gets the same sum over its own findings.
 */
export function scoreFindings(
  findings: Finding[],
  categories: Iterable<Category | string>,
  // A custom rule's id starts with the organisation's folder, not its category.
  categoryOf: (ruleId: string) => string | undefined = () => undefined,
): ScoreResult {
  const perRule = new Map<string, number>();
  const categoryPenalty = new Map<string, number>();
  for (const category of categories) categoryPenalty.set(category, 0);
  let total = 0;
  for (const finding of findings) {
    const counted = perRule.get(finding.ruleId) ?? 0;
    if (counted >= MAX_COUNTED_PER_RULE) continue;
    perRule.set(finding.ruleId, counted + 1);
    const penalty = SEVERITY_PENALTY[finding.severity];
    total += penalty;
    const category = categoryOf(finding.ruleId) ?? finding.ruleId.split('/')[0]!;
    categoryPenalty.set(category, (categoryPenalty.get(category) ?? 0) + penalty);
  }
  const scores: CategoryScores = {};
  for (const [category, penalty] of categoryPenalty) scores[category] = Math.max(0, 100 - penalty);
  return { score: Math.max(0, 100 - total), categories: scores };
}
