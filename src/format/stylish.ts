import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';
import { DEFAULT_MIN_SCORE } from '../engine/report.js';
import type { CheckReport, DocumentMetrics, FileResult, Finding, Severity } from '../types.js';
import { plural } from './words.js';

export interface StylishOptions {
  /** Colour level (0 none, 1 basic, 2 256, 3 truecolor); the caller decides, never the environment. */
  colorLevel?: ColorSupportLevel;
  /** The pass mark the report was checked against, to say why a file failed. */
  minScore?: number;
  /** Findings below error level were left out (--quiet), so an empty list means "no errors". */
  quiet?: boolean;
}

/** Beyond this a message is not padded, so one long message does not push every rule id off the screen. */
const MESSAGE_PAD_LIMIT = 72;


/** `¶12` for .docx (with the part when it is not the body), `31:1` for text formats. */
export function locationOf(finding: Finding): string {
  if (finding.paragraph !== undefined) {
    const part = finding.part && finding.part !== 'body' ? `${finding.part} ` : '';
    return `${part}¶${finding.paragraph}`;
  }
  return `${finding.line}:${finding.column}`;
}

/**
 * What the report says about readability: "reading age 12 years, reading
 * ease 64.2" (UK usage, as GOV.UK's "reading age of 9"), or, below
 * MIN_WORDS_FOR_READABILITY words, that the letter is too short to score
 * rather than a figure that means nothing. Shared by the stylish and HTML reports.
 */
export function readabilityStatement(metrics: DocumentMetrics): string {
  if (metrics.readingAge == null || metrics.fleschReadingEase == null) {
    return `too short for a readability score (${plural(metrics.words, 'word')})`;
  }
  return `reading age ${plural(metrics.readingAge, 'year')}, reading ease ${metrics.fleschReadingEase}`;
}

function severityLabel(c: ChalkInstance, severity: Severity): string {
  const padded = severity.padEnd(7);
  if (severity === 'error') return c.red(padded);
  if (severity === 'warning') return c.yellow(padded);
  return c.blue(padded);
}

/** The pass mark a file was judged by: its own (from its config), else the run's. */
export function passMarkOf(file: FileResult, fallback: number): number {
  return file.minScore ?? fallback;
}

/**
 * How reports state the pass mark: the one mark every checked file shares,
 * or, when configs gave files different marks, each file's own.
 */
export function passMarkSentence(files: FileResult[], fallback: number): string {
  const marks = new Set(files.filter((f) => !f.error).map((f) => passMarkOf(f, fallback)));
  const only = marks.size <= 1 ? [...marks][0] ?? fallback : undefined;
  return only !== undefined ? `a document passes with a score of ${only} or more and no error` : 'a document passes with a score at or above its pass mark (set per folder by the config) and no error';
}

/** Why a file failed, in words: "2 errors", "score below 80", or both. */
export function failReasons(file: FileResult, fallback: number): string[] {
  const minScore = passMarkOf(file, fallback);
  const reasons: string[] = [];
  if (file.baselineScore !== undefined) {
    // Judged against a baseline: only what is new fails, and a score lower than recorded.
    const fresh = file.findings.filter((f) => f.baseline === 'new' && f.severity !== 'info').length;
    if (fresh > 0) reasons.push(`${fresh} new ${fresh === 1 ? 'finding' : 'findings'}`);
    if (file.score !== null && file.score < file.baselineScore) reasons.push(`score below baseline ${file.baselineScore}`);
    return reasons;
  }
  const errors = file.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) reasons.push(plural(errors, 'error'));
  if (file.score !== null && file.score < minScore) reasons.push(`score below ${minScore}`);
  return reasons;
}

function scoreLine(c: ChalkInstance, file: FileResult, minScore: number): string {
  const verdict = file.pass ? c.green.bold('PASS') : c.red.bold('FAIL');
  const reasons = file.pass ? '' : ` (${failReasons(file, minScore).join(', ') || 'failed'})`;
  const parts = [`${verdict}  score ${c.bold(`${file.score}/100`)}${reasons}`];
  const categories = Object.entries(file.categories).map(([name, score]) => `${name} ${score}`);
  if (categories.length > 0) parts.push(categories.join(' · '));
  const readability = file.metrics ? readabilityStatement(file.metrics) : '';
  if (readability) parts.push(readability);
  return `  ${parts.join(c.dim('  |  '))}`;
}

/** Which declared protected passages the letter carries: it may still need one it lacks (config `protected`). */
export function protectedStatement(file: FileResult): string {
  if (!file.protected || file.protected.length === 0) return '';
  const names = (found: boolean) => file.protected!.filter((p) => p.found === found).map((p) => `“${p.name}”`).join(', ');
  const found = names(true);
  const missing = names(false);
  return [found && `protected wording found: ${found}`, missing && `protected wording not in this letter: ${missing}`].filter(Boolean).join('; ');
}

function formatFile(c: ChalkInstance, file: FileResult, minScore: number, quiet: boolean): string {
  if (file.error) return `${c.red('✖')} ${c.bold(file.path)}: ${file.error.message}\n`;
  const lines = [c.underline(file.path)];
  const locationWidth = Math.max(0, ...file.findings.map((f) => locationOf(f).length));
  const messageWidth = Math.min(MESSAGE_PAD_LIMIT, Math.max(0, ...file.findings.map((f) => f.message.length)));
  for (const finding of file.findings) {
    const location = c.dim(locationOf(finding).padEnd(locationWidth));
    // A finding the baseline records stays visible, greyed and tagged, but does not fail the file.
    const known = finding.baseline === 'known';
    const source = c.dim(`${finding.ruleId} · ${finding.standard}${known ? ' · in baseline' : ''}`);
    const severity = known ? c.dim(finding.severity.padEnd(7)) : severityLabel(c, finding.severity);
    lines.push(`  ${location}  ${severity}  ${finding.message.padEnd(messageWidth)}  ${source}`);
    if (finding.suggestion) lines.push(`  ${' '.repeat(locationWidth)}  ${' '.repeat(7)}  ${c.green(`→ ${finding.suggestion}`)}`);
  }
  if (file.findings.length === 0) lines.push(`  ${c.green('✔')} ${quiet ? 'no errors' : 'no problems found'}`);
  const protectedLine = protectedStatement(file);
  if (protectedLine) lines.push(`  ${c.dim(protectedLine)}`);
  lines.push(scoreLine(c, file, minScore));
  return `${lines.join('\n')}\n`;
}

function summaryLine(c: ChalkInstance, report: CheckReport): string {
  const { summary } = report;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of report.files) for (const finding of file.findings) counts[finding.severity]++;
  const files = [`${plural(summary.files, 'file')} checked`, `${summary.passed} passed`, `${summary.failed} failed`];
  if (summary.errors > 0) files.push(`${summary.errors} unreadable`);
  const parts = [files.join(', ')];
  if (summary.meanScore !== null) parts.push(`mean score ${summary.meanScore}`);
  parts.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`);
  const known = report.files.reduce((sum, file) => sum + file.findings.filter((f) => f.baseline === 'known').length, 0);
  if (known > 0) parts.push(`${known} in the baseline`);
  const mark = summary.failed > 0 || summary.errors > 0 ? c.red.bold('✖') : c.green.bold('✔');
  return `${mark} ${parts.join(' · ')}\n`;
}

/**
 * The terminal report: findings grouped by file with their place, severity,
 * message, suggestion, rule and standard; a score line per file; a summary.
 * Reads the same without colour.
 */
export function formatStylish(report: CheckReport, options: StylishOptions = {}): string {
  const c = new Chalk({ level: options.colorLevel ?? 0 });
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const files = report.files.map((file) => formatFile(c, file, minScore, options.quiet ?? false));
  return `${files.join('\n')}\n${summaryLine(c, report)}`;
}
