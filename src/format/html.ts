import type { CheckReport } from '../types.js';

/** Self-contained HTML report; needs report.documents. PLACEHOLDER: being written. */
export function formatHtml(_report: CheckReport): string {
  throw new Error('HTML output is not built yet');
}
