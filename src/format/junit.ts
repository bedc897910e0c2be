import type { CheckReport } from '../types.js';

/** JUnit XML of a report. PLACEHOLDER: being written. */
export function formatJunit(_report: CheckReport): string {
  throw new Error('JUnit output is not built yet');
}
