import type { Severity } from '../types.js';
import { escapeHtml } from './html-escape.js';

/** One finding to mark in the letter's text. */
export interface Highlight {
  /** The finding's number in its document (1-based), shown in the text and the panel. */
  number: number;
  start: number;
  end: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

/** Outer marks first: earlier start, then the longer range, then the finding's number. */
function nestingOrder(a: Highlight, b: Highlight): number {
  return a.start - b.start || b.end - a.end || a.number - b.number;
}

/**
 * The letter's text as HTML with each finding in a <mark>. Overlapping
 * findings nest; where two ranges cross, the one that ends later is closed
 * and reopened as a continuation, so the markup stays well formed and the
 * text reads exactly as written. The first piece of each mark carries the id
 * the panel links to; a numbered link after its last piece points back.
 */
export function highlightText(text: string, findings: Highlight[], idPrefix: string): string {
  const highlights = findings.map((h) => {
    const start = Math.min(Math.max(0, h.start), text.length);
    return { ...h, start, end: Math.min(Math.max(start, h.end), text.length) };
  });
  const ranges = highlights.filter((h) => h.end > h.start);
  const points = highlights.filter((h) => h.end === h.start);
  const boundaries = [...new Set([0, text.length, ...highlights.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);

  const opened = new Set<number>();
  const stack: Highlight[] = [];
  let html = '';

  const openTag = (h: Highlight, point = false) => {
    const first = !opened.has(h.number);
    opened.add(h.number);
    const classes = [`sev-${h.severity}`, point ? 'point' : '', first ? '' : 'cont'].filter(Boolean).join(' ');
    const id = first ? ` id="${idPrefix}-m${h.number}"` : '';
    const title = escapeHtml(`${h.number}. ${h.severity}: ${h.message}`);
    return `<mark${id} class="${classes}" data-rule="${escapeHtml(h.ruleId)}" data-finding="${h.number}" title="${title}">`;
  };
  const ref = (h: Highlight) =>
    `<a class="ref" href="#${idPrefix}-f${h.number}" aria-label="Finding ${h.number}, ${h.severity}">${h.number}</a>`;

  for (let i = 0; i < boundaries.length; i++) {
    const at = boundaries[i]!;
    const wanted = ranges.filter((h) => h.start <= at && h.end > at).sort(nestingOrder);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep] === wanted[keep]) keep++;
    while (stack.length > keep) {
      stack.pop();
      html += '</mark>';
    }
    for (const h of ranges) if (h.end === at) html += ref(h);
    for (const h of points) if (h.start === at) html += `${openTag(h, true)}</mark>${ref(h)}`;
    for (const h of wanted.slice(keep)) {
      html += openTag(h);
      stack.push(h);
    }
    const next = boundaries[i + 1];
    if (next !== undefined) html += escapeHtml(text.slice(at, next));
  }
  return html;
}
