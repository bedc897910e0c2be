import { analyseDocument, type ProseRange } from '../analyse/index.js';
import { segmentLetter } from '../segment/index.js';
import { scoreFindings } from '../score/index.js';
import { allRules } from '../rules/index.js';
import type { Analysis, CheckOptions, Document, FileResult, Finding, Rule, RuleSetting, Severity, SeverityOrOff } from '../types.js';
import { formatMessage } from './define-rule.js';
import { PositionMap } from './positions.js';
import { DEFAULT_MIN_SCORE } from './report.js';
import { maskPersonalData } from './mask.js';
import { detectKind } from '../kind/index.js';
import { isTemplatePath } from '../template/fields.js';
import { controlRegions, createInlineControlRule, inlineControlRule, INLINE_CONTROL_RULE_ID } from './controls.js';
import { findProtectedPassages, inProtected, withinRanges, withoutRanges } from './protected.js';

// Kept here too for existing importers; report.ts holds it so reports need not load the rules.
export { DEFAULT_MIN_SCORE };

const EXCERPT_MAX = 120;

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

function normaliseSetting(setting: SeverityOrOff | RuleSetting | undefined): RuleSetting {
  if (setting === undefined) return {};
  return typeof setting === 'string' ? { severity: setting } : setting;
}

/**
 * The rules to run with their severities and options, after the user's
 * settings: the given rules (by default the built-in and custom ones), plus
 * template/inline-control when they lack it, which reports inline controls
 * naming a rule cc-check does not know.
 */
export function resolveRules(options: CheckOptions = {}, rules: Rule[] = [...allRules, ...(options.extraRules ?? [])]): ActiveRule[] {
  const list = rules.some((r) => r.meta.id === INLINE_CONTROL_RULE_ID) ? rules : [...rules, inlineControlRule];
  const known = new Set(list.map((r) => r.meta.id));
  for (const id of [...Object.keys(options.rules ?? {}), ...(options.only ?? [])]) {
    if (!known.has(id)) throw new Error(`Unknown rule "${id}" (run \`cc-check rules\` for the list)`);
  }
  // What a control may name: every rule of the run, on or off, and every built-in and custom rule.
  const nameable = [...known, ...allRules.map((r) => r.meta.id), ...(options.extraRules ?? []).map((r) => r.meta.id)];
  const active: ActiveRule[] = [];
  for (const rule of list) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    const setting = normaliseSetting(options.rules?.[rule.meta.id]);
    const severity = setting.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    const unknownOption = Object.keys(setting.options ?? {}).find((name) => !(name in (rule.meta.options ?? {})));
    if (unknownOption !== undefined) {
      const takes = Object.keys(rule.meta.options ?? {});
      throw new Error(`${rule.meta.id}: unknown option "${unknownOption}" (${takes.length > 0 ? `it takes ${takes.join(', ')}` : 'it takes no options'})`);
    }
    // Bound to the names of this run, so a control naming a custom rule, or one switched off, is not "unknown".
    const bound = rule.meta.id === INLINE_CONTROL_RULE_ID ? createInlineControlRule(nameable) : rule;
    active.push({ rule: bound, severity, options: setting.options ?? {} });
  }
  return active;
}

/** The text shown for a finding: one line, trimmed, at most EXCERPT_MAX characters. */
export function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return raw.length > EXCERPT_MAX ? `${raw.slice(0, EXCERPT_MAX - 1)}…` : raw;
}

/** Two analyses of disjoint prose as one, in document order; the metrics stay those of the first. */
function mergeAnalyses(main: Analysis, extra: Analysis): Analysis {
  return {
    sentences: [...main.sentences, ...extra.sentences].sort((a, b) => a.start - b.start),
    messages: [...main.messages, ...extra.messages].sort((a, b) => a.start - b.start || a.end - b.end),
    metrics: main.metrics,
  };
}

/**
 * Runs every active rule on one loaded document and scores it.
 *
 * Before scoring, a finding is dropped when an inline control disables its
 * rule where the finding starts (see controls.ts; template/inline-control is
 * never hidden), or when it comes from a plain rule and starts inside a
 * protected passage. Protected passages are also left out of the prose the
 * plain rules and the metrics read; the other rules see the whole prose.
 */
export function checkDocument(document: Document, options: CheckOptions = {}, active = resolveRules(options)): FileResult {
  // Where the file really is: `cd templates && cc-check letter.docx` is still a template.
  const templateMode = options.templateMode ?? isTemplatePath(document.sourcePath ?? document.path);
  const parts = segmentLetter(document, { templateMode });
  const declared = options.profile?.protected;
  const passages = findProtectedPassages(document.text, declared);
  const protectedRanges = passages.ranges;
  const found: ProseRange[] = [parts.subject, parts.body].filter((s): s is NonNullable<typeof s> => Boolean(s));
  const prose = found.length > 0 ? found : [{ start: 0, end: document.text.length }];
  const analysis = analyseDocument(document, withoutRanges(prose, protectedRanges));
  const protectedProse = withinRanges(prose, protectedRanges);
  // Parsed apart so a sentence never runs into or out of a passage; costs only the passages' length.
  const fullAnalysis = protectedProse.length > 0 ? mergeAnalyses(analysis, analyseDocument(document, protectedProse)) : analysis;
  const controls = controlRegions(document);
  const positions = new PositionMap(document);
  const findings: Finding[] = [];
  const kind = options.kind ? { kind: options.kind, confidence: 1, cue: `--kind ${options.kind}` } : detectKind(document, parts);
  // Excerpts come from a copy with personal data hidden (same offsets), made only once something is reported.
  let maskedText: string | undefined;

  for (const { rule, severity, options: ruleOptions } of active) {
    const { meta } = rule;
    // The plain rules (built-in or custom) say nothing inside a protected passage and read an analysis without it.
    const plain = meta.category === 'plain';
    const controllable = meta.id !== INLINE_CONTROL_RULE_ID && !controls.empty;
    rule.create({
      document,
      kind,
      replyTo: options.replyTo,
      parts,
      analysis: plain ? analysis : fullAnalysis,
      options: ruleOptions,
      templateMode,
      profile: options.profile ?? {},
      corporateTemplate: options.corporateTemplate,
      protectedRanges,
      report({ messageId, data, start, end, suggestion, fix, severity: reportSeverity }) {
        if (controllable && controls.disabled(meta.id, start, meta.category)) return;
        if (plain && inProtected(protectedRanges, start)) return;
        const from = positions.position(start);
        const to = positions.position(Math.max(start, end));
        const block = positions.block(start);
        const finding: Finding = {
          ruleId: meta.id,
          severity: reportSeverity && severity === meta.severity ? reportSeverity : severity,
          // A message may quote the letter; what it quotes is hidden as in the excerpt.
          message: maskPersonalData(formatMessage(meta.messages[messageId]!, data)),
          line: from.line,
          column: from.column,
          endLine: to.line,
          endColumn: to.column,
          excerpt: excerptOf((maskedText ??= maskPersonalData(document.text)), start, end),
          standard: meta.standard,
          messageId,
          start,
          end,
        };
        if (document.format === 'docx' && block) {
          finding.paragraph = block.paragraph;
          finding.part = block.part;
        }
        if (suggestion !== undefined) finding.suggestion = suggestion;
        if (fix) finding.fix = fix;
        findings.push(finding);
      },
    });
  }

  findings.sort((a, b) => a.start! - b.start! || a.end! - b.end! || a.ruleId.localeCompare(b.ruleId));
  const categories = new Set<string>(active.map((a) => a.rule.meta.category));
  // The email rules never apply to a letter: a sub-score of 100 there would only be noise.
  if (document.format !== 'eml') categories.delete('email');
  const categoryOfRule = new Map(active.map((a) => [a.rule.meta.id, a.rule.meta.category]));
  const { score, categories: categoryScores } = scoreFindings(findings, categories, (id) => categoryOfRule.get(id));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  return {
    path: document.path,
    kind: kind.kind,
    kindDetection: { confidence: Math.round(kind.confidence * 100) / 100, cue: kind.cue },
    score,
    pass: score >= minScore && !findings.some((f) => f.severity === 'error'),
    categories: categoryScores,
    error: null,
    findings,
    metrics: analysis.metrics,
    format: document.format,
    minScore,
    ...(declared && declared.length > 0 ? { protected: passages.passages } : {}),
  };
}
