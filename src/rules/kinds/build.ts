/** Turns a validated custom rule into a Rule the engine runs like a built-in one. */
import { defineRule } from '../../engine/define-rule.js';
import type { Rule, RuleContext } from '../../types.js';
import { matchCase } from '../data/matcher.js';
import { joinAlternatives } from '../plain/prose.js';
import { METRIC_NAMES, measure, scopeSentences } from './metrics.js';
import type { CustomRuleSpec, ExistenceSpec, MetricSpec, RequiredSpec, RuleKind, SubstitutionSpec } from './schema.js';
import { SCOPE_NAMES, firstLineFrom, scopeAnchor, scopeChunks, type Chunk } from './scope.js';

/** A Rule made from YAML, with what it was made from (for `cc-check rules`, and for testing its examples). */
export interface CustomRule extends Rule {
  custom: CustomRuleSpec;
}

/** The message id of each kind. */
export const MESSAGE_IDS: Record<RuleKind, string> = {
  existence: 'found',
  substitution: 'replace',
  required: 'missing',
  metric: 'limit',
};

interface Hit {
  start: number;
  end: number;
  actual: string;
  /** False for the Subject header of an email, which is not in the text: no fix can point into it. */
  inText: boolean;
  replacements: string[];
}

/** Where a hit in a chunk is reported: its own offsets, or the document's first line for the Subject header. */
function place(context: RuleContext, chunk: Chunk, start: number, end: number): { start: number; end: number; inText: boolean } {
  if (chunk.offset !== undefined) return { start: chunk.offset + start, end: chunk.offset + end, inText: true };
  return { ...firstLineFrom(context.document.text, 0), inText: false };
}

/** Keeps the first of overlapping hits, or the longer where two start together. */
function withoutOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && last.inText && hit.inText && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

function existenceHits(context: RuleContext, spec: ExistenceSpec): Hit[] {
  const hits: Hit[] = [];
  for (const chunk of scopeChunks(context, spec.scope)) {
    for (const match of spec.tokens?.find(chunk.text) ?? []) {
      hits.push({ ...place(context, chunk, match.start, match.end), actual: match.actual, replacements: [] });
    }
    for (const pattern of spec.patterns) {
      pattern.lastIndex = 0;
      for (const match of chunk.text.matchAll(pattern)) {
        if (match[0].length === 0) continue;
        hits.push({ ...place(context, chunk, match.index, match.index + match[0].length), actual: match[0], replacements: [] });
      }
    }
  }
  return withoutOverlaps(hits);
}

function substitutionHits(context: RuleContext, spec: SubstitutionSpec): Hit[] {
  const hits: Hit[] = [];
  for (const chunk of scopeChunks(context, spec.scope)) {
    for (const match of spec.swap.find(chunk.text)) {
      // "Going forward" at the start of a sentence becomes "From now on", not "from now on".
      const replacements = match.entry.replacements.map((r) => (spec.ignoreCase ? matchCase(match.actual, r) : r));
      hits.push({ ...place(context, chunk, match.start, match.end), actual: match.actual, replacements });
    }
  }
  return withoutOverlaps(hits);
}

function isPresent(context: RuleContext, spec: RequiredSpec): boolean {
  return scopeChunks(context, spec.scope).some((chunk) => {
    if (spec.tokens) return spec.tokens.matcher.find(chunk.text).length > 0;
    const pattern = spec.pattern!;
    pattern.lastIndex = 0;
    return [...chunk.text.matchAll(pattern)].some((m) => m[0].length > 0);
  });
}

const number = (n: number) => String(Math.round(n * 10) / 10);

function checkMetric(context: RuleContext, spec: MetricSpec): void {
  const sentences = scopeSentences(context, spec.scope);
  const value = measure(context, spec.scope, spec.metric, sentences);
  if (value === null) return;
  const breach = spec.max !== undefined && value > spec.max ? { limit: spec.max, bound: 'at most' } : spec.min !== undefined && value < spec.min ? { limit: spec.min, bound: 'at least' } : undefined;
  if (!breach) return;
  // Reported once, on the scope's first sentence (where the reader starts), or its first line.
  const first = sentences.find((s) => s.end > s.start);
  const at = first ? { start: first.start, end: first.end } : scopeAnchor(context, spec.scope);
  context.report({
    messageId: MESSAGE_IDS.metric,
    data: { value: number(value), limit: number(breach.limit), metric: METRIC_NAMES[spec.metric], bound: breach.bound },
    ...at,
  });
}

export function buildCustomRule(spec: CustomRuleSpec): CustomRule {
  const messageId = MESSAGE_IDS[spec.kind];
  const rule = defineRule(
    {
      meta: {
        id: spec.id,
        category: spec.category,
        severity: spec.severity,
        description: spec.description,
        ...(spec.why ? { why: spec.why } : {}),
        standard: spec.standard,
        fixable: spec.kind === 'substitution',
        messages: { [messageId]: spec.message },
        examples: spec.examples,
      },
      create(context) {
        if (spec.kinds && !spec.kinds.includes(context.kind?.kind ?? 'letter')) return;
        switch (spec.kind) {
          case 'existence':
            for (const hit of existenceHits(context, spec)) {
              context.report({ messageId, data: { actual: hit.actual.replace(/\s+/g, ' ') }, start: hit.start, end: hit.end });
            }
            return;
          case 'substitution':
            for (const hit of substitutionHits(context, spec)) {
              const single = hit.replacements.length === 1 && hit.inText ? hit.replacements[0] : undefined;
              context.report({
                messageId,
                data: { actual: hit.actual.replace(/\s+/g, ' '), expected: joinAlternatives(hit.replacements) },
                start: hit.start,
                end: hit.end,
                suggestion: hit.replacements[0],
                ...(single !== undefined ? { fix: { start: hit.start, end: hit.end, text: single } } : {}),
              });
            }
            return;
          case 'required':
            if (!isPresent(context, spec)) {
              context.report({
                messageId,
                data: { expected: spec.tokens ? joinAlternatives(spec.tokens.words) : '', scope: SCOPE_NAMES[spec.scope] },
                ...scopeAnchor(context, spec.scope),
              });
            }
            return;
          case 'metric':
            checkMetric(context, spec);
            return;
        }
      },
    },
    { custom: true },
  );
  return { ...rule, custom: spec };
}
