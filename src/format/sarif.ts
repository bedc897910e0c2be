import type { CheckReport } from '../types.js';

/** SARIF 2.1.0 log of a report. PLACEHOLDER: being written. */
export function formatSarif(_report: CheckReport): string {
  throw new Error('SARIF output is not built yet');
}
