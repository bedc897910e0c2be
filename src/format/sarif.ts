import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PositionMap } from '../engine/positions.js';
import { allRules } from '../rules/index.js';
import { VERSION } from '../version.js';
import type { CheckReport, Document, DocumentFormat, FileResult, Finding, Rule, RuleMeta, Severity } from '../types.js';

/** The schema GitHub code scanning and the SARIF viewers know 2.1.0 by. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Base id for relative paths: GitHub code scanning resolves it to the checkout root. */
const SOURCE_ROOT = '%SRCROOT%';

/** Key of the fingerprint that lets code scanning follow one finding across runs. */
const FINGERPRINT_KEY = 'ccCheckFinding/v1';

const MIME_TYPES: Partial<Record<DocumentFormat, string>> = {
  txt: 'text/plain',
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

type SarifLevel = 'error' | 'warning' | 'note';
type Json = Record<string, unknown>;

const levelOf = (severity: Severity): SarifLevel => (severity === 'info' ? 'note' : severity);

/** The project page, when package.json names one (SARIF viewers link to it). */
const INFORMATION_URI: string | undefined = (() => {
  const { homepage } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage?: unknown };
  return typeof homepage === 'string' && /^https?:\/\//.test(homepage) ? homepage : undefined;
})();

/** "courtesy/signoff-mismatch" → "CourtesySignoffMismatch": SARIF wants a readable identifier as the name. */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** A fence longer than any backtick run in the example, so an example cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function helpText(meta: RuleMeta): string {
  const lines = [meta.description];
  if (meta.why) lines.push('', `Why: ${meta.why}`);
  lines.push('', `Standard: ${meta.standard}`);
  lines.push('', 'Bad:', ...meta.examples.bad.map((e) => `  ✖ ${e.replace(/\n/g, '\n    ')}`));
  lines.push('', 'Good:', ...meta.examples.good.map((e) => `  ✔ ${e.replace(/\n/g, '\n    ')}`));
  if (meta.fixable) lines.push('', 'cc-check --fix makes this change where the replacement is clear.');
  return lines.join('\n');
}

function helpMarkdown(meta: RuleMeta): string {
  const parts = [meta.description];
  if (meta.why) parts.push(`**Why:** ${meta.why}`);
  parts.push(`**Standard:** ${meta.standard}`);
  parts.push('**Bad**', ...meta.examples.bad.map(fenced));
  parts.push('**Good**', ...meta.examples.good.map(fenced));
  if (meta.fixable) parts.push('`cc-check --fix` makes this change where the replacement is clear.');
  return parts.join('\n\n');
}

function ruleDescriptor(meta: RuleMeta): Json {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.why ? `${meta.description} ${meta.why}` : meta.description },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    defaultConfiguration: { level: levelOf(meta.severity) },
    properties: {
      category: meta.category,
      standard: meta.standard,
      fixable: meta.fixable,
      tags: ['customer-care', meta.category, ...(meta.fixable ? ['fixable'] : [])],
    },
  };
}

/** A rule the catalogue does not know (a custom rule): described from its finding. */
function unknownRuleDescriptor(finding: Finding): Json {
  const category = finding.ruleId.split('/')[0] ?? finding.ruleId;
  return {
    id: finding.ruleId,
    name: ruleName(finding.ruleId),
    shortDescription: { text: `Custom rule ${finding.ruleId}.` },
    defaultConfiguration: { level: levelOf(finding.severity) },
    properties: { category, standard: finding.standard, fixable: false, tags: ['customer-care', category] },
  };
}

const isWindowsAbsolute = (path: string) => /^[A-Za-z]:[\\/]/.test(path);

/**
 * The artifact location of a path as the user gave it: relative paths stay
 * relative to the source root (forward slashes, each segment URI-encoded);
 * absolute ones become file: URIs.
 */
export function artifactLocationOf(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  const encode = (segments: string[]) => segments.map(encodeURIComponent).join('/');
  if (isWindowsAbsolute(path)) {
    const [drive, ...rest] = slashed.split('/');
    return { uri: `file:///${drive}/${encode(rest)}` };
  }
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed.split('/'))}` };
  return { uri: encode(slashed.replace(/^(\.\/)+/, '').split('/')), uriBaseId: SOURCE_ROOT };
}

function region(finding: Finding): Json {
  const result: Json = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    snippet: { text: finding.excerpt },
  };
  // Line and column are in the text extracted from Word; the paragraph is what the officer finds.
  if (finding.paragraph !== undefined) result.properties = { paragraph: finding.paragraph, part: finding.part ?? 'body' };
  return result;
}

/** Formats whose extracted text has the file's own lines and columns. */
const TEXT_KEEPS_FILE_POSITIONS = new Set<DocumentFormat>(['txt', 'md']);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A fix is a text replacement in the file, which only holds where the
 * extracted text keeps the file's lines and columns (.txt and .md), and only
 * with the loaded document to place the fix's own offsets.
 */
function fixesOf(finding: Finding, file: FileResult, document: Document | undefined, positions: PositionMap | undefined): Json[] | undefined {
  const fix = finding.fix;
  if (!fix || !document || !positions || !TEXT_KEEPS_FILE_POSITIONS.has(document.format)) return undefined;
  const from = positions.position(fix.start);
  const to = positions.position(Math.max(fix.start, fix.end));
  const removed = document.text.slice(fix.start, fix.end);
  return [
    {
      description: { text: `Replace “${removed}” with “${fix.text}”.` },
      artifactChanges: [
        {
          artifactLocation: artifactLocationOf(file.path),
          replacements: [
            {
              deletedRegion: { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column },
              insertedContent: { text: fix.text },
            },
          ],
        },
      ],
    },
  ];
}

function artifactOf(file: FileResult): Json {
  const artifact: Json = { location: artifactLocationOf(file.path) };
  const mimeType = file.format && MIME_TYPES[file.format];
  if (mimeType) artifact.mimeType = mimeType;
  const properties: Json = file.error
    ? { error: file.error }
    : { kind: file.kind, score: file.score, pass: file.pass, categories: file.categories };
  if (file.metrics) properties.metrics = file.metrics;
  artifact.properties = properties;
  return artifact;
}

/**
 * SARIF 2.1.0 log of a report, for GitHub code scanning and SARIF viewers:
 * every rule with its help and the standard it enforces, one result per
 * finding, unreadable files as tool notifications, scores on the artifacts.
 */
export function formatSarif(report: CheckReport): string {
  const metas = [...allRules.map((rule: Rule) => rule.meta), ...(report.customRules ?? [])];
  const rules: Json[] = metas.map(ruleDescriptor);
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const results: Json[] = [];
  const notifications: Json[] = [];

  report.files.forEach((file, artifactIndex) => {
    const location = { ...artifactLocationOf(file.path), index: artifactIndex };
    if (file.error) {
      notifications.push({
        level: 'error',
        message: { text: `${file.path}: ${file.error.message}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
        properties: { code: file.error.code },
      });
      return;
    }
    const document = report.documents?.[artifactIndex];
    const positions = document ? new PositionMap(document) : undefined;
    // Identical findings (the same phrase twice) are told apart by their order, not their line, so edits above them do not reopen alerts.
    const seen = new Map<string, number>();
    for (const finding of file.findings) {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(finding.ruleId, index);
        rules.push(unknownRuleDescriptor(finding));
      }
      const identity = `${finding.ruleId}\u0000${file.path}\u0000${sha256(finding.excerpt)}`;
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      const result: Json = {
        ruleId: finding.ruleId,
        ruleIndex: index,
        level: levelOf(finding.severity),
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${sha256(identity).slice(0, 32)}:${occurrence}` },
        properties: {
          standard: finding.standard,
          ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
        },
      };
      const fixes = fixesOf(finding, file, document, positions);
      if (fixes) result.fixes = fixes;
      results.push(result);
    }
  });

  const driver: Json = {
    name: 'cc-check',
    version: report.version || VERSION,
    semanticVersion: report.version || VERSION,
    ...(INFORMATION_URI ? { informationUri: INFORMATION_URI } : {}),
    rules,
  };
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        // Unreadable inputs are the documents' fault, not the tool's: the run itself succeeded.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        artifacts: report.files.map(artifactOf),
        results,
        columnKind: 'utf16CodeUnits',
        properties: { schemaVersion: report.schemaVersion, summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
