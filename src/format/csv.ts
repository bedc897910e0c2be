import type { CheckReport } from '../types.js';

/** CSV of a report, one row per finding. PLACEHOLDER: being written. */
export function formatCsv(_report: CheckReport): string {
  throw new Error('CSV output is not built yet');
}
