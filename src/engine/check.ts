import { analyseDocument, type ProseRange } from '../analyse/index.js';
import { segmentLetter } from '../segment/index.js';
import { scoreFindings } from '../score/index.js';
import { allRules } from '../rules/index.js';
import type { CheckOptions, Document, FileResult, Finding, Rule, RuleSetting, Severity, SeverityOrOff } from '../types.js';
import { formatMessage } from './define-rule.js';
import { PositionMap } from './positions.js';
import { DEFAULT_MIN_SCORE } from './report.js';
import { maskPersonalData } from './mask.js';
import { detectKind } from '../kind/index.js';
import { isTemplatePath } from '../template/fields.js';

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

/** The rules to run with their severities and options, after the user's settings. */
export function resolveRules(options: CheckOptions = {}, rules: Rule[] = [...allRules, ...(options.extraRules ?? [])]): ActiveRule[] {
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of [...Object.keys(options.rules ?? {}), ...(options.only ?? [])]) {
    if (!known.has(id)) throw new Error(`Unknown rule "${id}" (run \`cc-check rules\` for the list)`);
  }
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    const setting = normaliseSetting(options.rules?.[rule.meta.id]);
    const severity = setting.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    active.push({ rule, severity, options: setting.options ?? {} });
  }
  return active;
}

/** The text shown for a finding: one line, trimmed, at most EXCERPT_MAX characters. */
export function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return raw.length > EXCERPT_MAX ? `${raw.slice(0, EXCERPT_MAX - 1)}…` : raw;
}

/** Runs every active rule on one loaded document and scores it. */
export function checkDocument(document: Document, options: CheckOptions = {}, active = resolveRules(options)): FileResult {
  const templateMode = options.templateMode ?? isTemplatePath(document.path);
  const parts = segmentLetter(document, { templateMode });
  const prose: ProseRange[] = [parts.subject, parts.body].filter((s): s is NonNullable<typeof s> => Boolean(s));
  const analysis = analyseDocument(document, prose.length > 0 ? prose : [{ start: 0, end: document.text.length }]);
  const positions = new PositionMap(document);
  const findings: Finding[] = [];
  const kind = options.kind ? { kind: options.kind, confidence: 1, cue: `--kind ${options.kind}` } : detectKind(document, parts);
  // Excerpts come from a copy with personal data hidden (same offsets), made only once something is reported.
  let maskedText: string | undefined;

  for (const { rule, severity, options: ruleOptions } of active) {
    const { meta } = rule;
    rule.create({
      document,
      kind,
      replyTo: options.replyTo,
      parts,
      analysis,
      options: ruleOptions,
      templateMode,
      profile: options.profile ?? {},
      corporateTemplate: options.corporateTemplate,
      report({ messageId, data, start, end, suggestion, fix, severity: reportSeverity }) {
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
  const { score, categories: categoryScores } = scoreFindings(findings, categories);
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
  };
}
