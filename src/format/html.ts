import { createHash } from 'node:crypto';
import { categoryName } from './categories.js';
import { DEFAULT_MIN_SCORE } from '../engine/report.js';
import type { CheckReport, Document, FileResult, Finding, Severity } from '../types.js';
import { escapeHtml } from './html-escape.js';
import { highlightText, type Highlight } from './html-highlight.js';
import { REPORT_CSS } from './html-style.js';
import { maskPersonalData } from '../engine/mask.js';
import { failReasons, locationOf, passMarkSentence, protectedStatement, readabilityStatement } from './stylish.js';
import { DEFAULT_LONG_SENTENCE_WORDS } from '../analyse/metrics.js';
import { capitalise, plural } from './words.js';

export interface HtmlOptions {
  /** When the report was made (default: now); tests pass a fixed date. */
  generatedAt?: Date;
  /** The pass mark the report was checked against, to say why a file failed. */
  minScore?: number;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Record<Severity, string> = { error: '✖ Error', warning: '▲ Warning', info: '● Info' };
const SEVERITY_COLOUR: Record<Severity, string> = { error: '#a4001d', warning: '#b36b00', info: '#1447b8' };


const styleHash = `sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}`;

/**
 * No script at all, and only the one stylesheet by hash: even if a piece of
 * letter text escaped our escaping, the browser would refuse to run it.
 */
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src '${styleHash}'; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'`;

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function formatDate(date: Date): string {
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day} at ${time} UTC`;
}

function verdictOf(file: FileResult): { className: string; label: string } {
  if (file.error) return { className: 'unreadable', label: '✖ Could not be read' };
  return file.pass ? { className: 'pass', label: '✔ Pass' } : { className: 'fail', label: '✖ Fail' };
}

/** Horizontal bars of findings per category; the counts are written beside the bars, and the figure has a text alternative. */
function categoryChart(report: CheckReport): string {
  const byCategory = new Map<string, Record<Severity, number>>();
  for (const file of report.files) {
    for (const finding of file.findings) {
      const category = finding.ruleId.split('/')[0]!;
      const counts = byCategory.get(category) ?? { error: 0, warning: 0, info: 0 };
      counts[finding.severity]++;
      byCategory.set(category, counts);
    }
  }
  if (byCategory.size === 0) return '<figure class="chart"><figcaption>Findings by category</figcaption><p class="none">✔ No findings in any document.</p></figure>';
  const rows = [...byCategory].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  const max = Math.max(...rows.map(([, counts]) => total(counts)));
  const labelWidth = 140;
  const barWidth = 360;
  const rowHeight = 28;
  const height = rows.length * rowHeight + 8;
  const bars = rows.map(([category, counts], i) => {
    const y = i * rowHeight + 4;
    let x = labelWidth;
    const segments = SEVERITIES.filter((s) => counts[s] > 0).map((severity) => {
      const width = Math.max(2, (counts[severity] / max) * barWidth);
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${rowHeight - 10}" fill="${SEVERITY_COLOUR[severity]}"/>`;
      x += width;
      return rect;
    });
    const detail = SEVERITIES.filter((s) => counts[s] > 0).map((s) => (s === 'info' ? `${counts[s]} info` : plural(counts[s], s))).join(', ');
    return [
      `<text x="0" y="${y + 13}">${escapeHtml(categoryName(category))}</text>`,
      ...segments,
      `<text x="${(x + 6).toFixed(1)}" y="${y + 13}">${total(counts)} (${detail})</text>`,
    ].join('');
  });
  const description = rows.map(([category, counts]) => `${categoryName(category)}: ${plural(total(counts), 'finding')}`).join('; ');
  return `<figure class="chart">
<figcaption id="chart-title">Findings by category</figcaption>
<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${labelWidth + barWidth + 250} ${height}" xmlns="http://www.w3.org/2000/svg">
<desc id="chart-desc">${escapeHtml(description)}</desc>
${bars.join('\n')}
</svg>
<p class="legend" aria-hidden="true"><span class="swatch swatch-error"></span> errors <span class="swatch swatch-warning"></span> warnings <span class="swatch swatch-info"></span> info</p>
</figure>`;
}

function total(counts: Record<Severity, number>): number {
  return counts.error + counts.warning + counts.info;
}

function summarySection(report: CheckReport, minScore: number): string {
  const { summary } = report;
  const all = report.files.flatMap((f) => f.findings);
  const counts = countBySeverity(all);
  const stat = (value: string | number, label: string) => `<li><span class="value">${escapeHtml(String(value))}</span> <span class="label">${label}</span></li>`;
  const stats = [
    stat(summary.files, summary.files === 1 ? 'file checked' : 'files checked'),
    stat(summary.passed, 'passed'),
    stat(summary.failed, 'failed'),
    stat(summary.errors, 'could not be read'),
    stat(summary.meanScore ?? '–', 'mean score'),
    stat(counts.error, counts.error === 1 ? 'error' : 'errors'),
    stat(counts.warning, counts.warning === 1 ? 'warning' : 'warnings'),
    stat(counts.info, 'info'),
  ];
  const rows = report.files.map((file, i) => {
    const verdict = verdictOf(file);
    const c = countBySeverity(file.findings);
    const reason = file.error ? escapeHtml(file.error.message) : file.pass ? '' : escapeHtml(failReasons(file, minScore).join(', '));
    return `<tr><td class="num">${i + 1}</td><th scope="row"><a href="#d${i + 1}">${escapeHtml(file.path)}</a></th><td class="num">${file.score ?? '–'}</td><td><span class="verdict ${verdict.className}">${verdict.label}</span>${reason ? `<br><span class="note">${reason}</span>` : ''}</td><td class="num">${file.error ? '–' : c.error}</td><td class="num">${file.error ? '–' : c.warning}</td><td class="num">${file.error ? '–' : c.info}</td></tr>`;
  });
  return `<section aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<ul class="stats">${stats.join('')}</ul>
<div class="overview">
${categoryChart(report)}
<table>
<caption>Documents: ${escapeHtml(passMarkSentence(report.files, minScore))}</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Document</th><th scope="col" class="num">Score</th><th scope="col">Result</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</section>`;
}

function categoryScores(file: FileResult): string {
  const entries = Object.entries(file.categories);
  if (entries.length === 0) return '';
  const items = entries.map(
    ([category, score]) =>
      `<dt>${escapeHtml(categoryName(category))}</dt><dd><meter min="0" max="100" low="60" high="80" optimum="100" value="${score}">${score}</meter> <span>${score}</span></dd>`,
  );
  return `<dl class="categories" aria-label="Category scores">${items.join('')}</dl>`;
}

function metricsLine(file: FileResult): string {
  const metrics = file.metrics;
  if (!metrics) return '';
  const parts: string[] = [];
  if (metrics.readingAge != null) {
    parts.push(plural(metrics.words, 'word'), readabilityStatement(metrics));
    // The rates behind plain/targets; older reports (and callers building FileResults) may lack them.
    if (metrics.averageSentenceLength != null) parts.push(`${metrics.averageSentenceLength} words a sentence on average`);
    if (metrics.passivePercent != null) parts.push(`${metrics.passivePercent}% of sentences passive`);
    if (metrics.longSentencePercent != null) parts.push(`${metrics.longSentencePercent}% of sentences over ${DEFAULT_LONG_SENTENCE_WORDS} words`);
  } else parts.push(readabilityStatement(metrics));
  const passages = protectedStatement(file);
  return `<p class="metrics">${escapeHtml(parts.join(' · '))}</p>${passages ? `<p class="protected">${escapeHtml(passages)}</p>` : ''}`;
}

/** A finding can be marked in the text when the document was kept and the finding has its offsets. */
function canHighlight(finding: Finding, document: Document | undefined): boolean {
  return document !== undefined && finding.start !== undefined && finding.end !== undefined;
}

function findingItem(finding: Finding, number: number, prefix: string, highlighted: boolean): string {
  const where = escapeHtml(locationOf(finding));
  const location = highlighted ? `<a class="where" href="#${prefix}-m${number}">${where}</a>` : `<span class="where">${where}</span>`;
  const known = finding.baseline === 'known' ? ' <span class="known">in baseline</span>' : '';
  const lines = [
    `<p>${location} <span class="sev">${SEVERITY_LABEL[finding.severity]}</span>${known}</p>`,
    `<p class="message">${escapeHtml(finding.message)}</p>`,
  ];
  if (finding.excerpt) lines.push(`<p class="excerpt">Text: <q>${escapeHtml(finding.excerpt)}</q></p>`);
  if (finding.suggestion) lines.push(`<p class="suggestion">Write instead: <strong>${escapeHtml(finding.suggestion)}</strong></p>`);
  lines.push(`<p class="rule"><code>${escapeHtml(finding.ruleId)}</code> · <span class="standard">${escapeHtml(finding.standard)}</span></p>`);
  return `<li id="${prefix}-f${number}" class="finding sev-${finding.severity}" data-rule="${escapeHtml(finding.ruleId)}">${lines.join('')}</li>`;
}

function documentArticle(file: FileResult, document: Document | undefined, index: number, minScore: number): string {
  const prefix = `d${index + 1}`;
  const verdict = verdictOf(file);
  const heading = `<h2 id="${prefix}-title">${escapeHtml(file.path)}</h2>`;
  if (file.error) {
    return `<article class="doc" id="${prefix}" aria-labelledby="${prefix}-title">${heading}
<p><span class="verdict unreadable">${verdict.label}</span>: ${escapeHtml(file.error.message)}</p></article>`;
  }
  const reasons = file.pass ? '' : ` <span class="note">(${escapeHtml(failReasons(file, minScore).join(', ') || 'failed')})</span>`;
  const scoreline = `<div class="scoreline"><p class="score">${file.score}<small>/100</small></p><p><span class="verdict ${verdict.className}">${verdict.label}</span>${reasons}</p>${categoryScores(file)}</div>`;

  const highlights: Highlight[] = [];
  file.findings.forEach((finding, i) => {
    if (canHighlight(finding, document)) {
      highlights.push({ number: i + 1, start: finding.start!, end: finding.end!, severity: finding.severity, ruleId: finding.ruleId, message: finding.message });
    }
  });
  const letter = document
    ? // Personal data is hidden here as in every excerpt; masking keeps the offsets the highlights use.
      `<div class="letter-text">${highlightText(maskPersonalData(document.text), highlights, prefix)}</div>`
    : '<p class="note">The letter’s text was not kept for this report, so the findings are listed without it.</p>';
  const items = file.findings.map((finding, i) => findingItem(finding, i + 1, prefix, canHighlight(finding, document)));
  const list = items.length > 0 ? `<ol class="findings">${items.join('\n')}</ol>` : '<p class="none">✔ No problems found.</p>';
  const counts = countBySeverity(file.findings);
  const countLine = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;

  return `<article class="doc" id="${prefix}" aria-labelledby="${prefix}-title">${heading}
${scoreline}
${metricsLine(file)}
<div class="layout">
<section aria-labelledby="${prefix}-text-title"><h3 id="${prefix}-text-title">Letter</h3>${letter}</section>
<aside class="panel" aria-labelledby="${prefix}-findings-title"><h3 id="${prefix}-findings-title">Findings (${file.findings.length})</h3><p class="note">${countLine}</p>
${list}</aside>
</div>
</article>`;
}

/**
 * A self-contained HTML report: a summary with a chart, then each document
 * with its score, its text with every finding marked in place, and a panel
 * of findings linked to the marks. No external resource and no script; every
 * piece of text that came from a file is escaped. Shows the text only when the
 * report was made with `keepDocuments`.
 */
export function formatHtml(report: CheckReport, options: HtmlOptions = {}): string {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const generatedAt = options.generatedAt ?? new Date();
  const articles = report.files.map((file, i) => documentArticle(file, report.documents?.[i], i, minScore));
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(`${report.tool} ${report.version}`)}">
<title>Letter check report: ${plural(report.summary.files, 'file')}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the summary</a>
<header class="page">
<h1>Letter check report</h1>
<p>${escapeHtml(`${report.tool} ${report.version}`)} · made ${escapeHtml(formatDate(generatedAt))} · findings are marked in each letter and listed beside it: ✖ error, ▲ warning, ● info.</p>
</header>
<main id="main">
${summarySection(report, minScore)}
${articles.join('\n')}
</main>
<footer class="page">
<p>Standards cited: Shepway District Council customer care standards (by slide, “Shepway 11”) and Wirral Council customer care standards (by section, “Wirral §8”). ${escapeHtml(capitalise(passMarkSentence(report.files, minScore)))}.</p>
</footer>
</body>
</html>
`;
}
