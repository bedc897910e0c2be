import type { CheckReport } from '../types.js';

/** A .docx report for a manager. PLACEHOLDER: being written. */
export async function formatDocxReport(_report: CheckReport): Promise<Uint8Array> {
  throw new Error('.docx report output is not built yet');
}
