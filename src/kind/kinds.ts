import type { DocumentKind, FileResult } from '../types.js';

/** Every kind, in the order help and reports list them; kept apart from detection so the CLI loads it cheaply. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'letter',
  'email',
  'out-of-office',
  'acknowledgement',
  'complaint-response',
  'refusal',
  'visit-appointment',
  'change-notice',
  'template',
  'leaflet',
];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** `--explain-kind`: one line per file with the kind, how sure, and the cue that decided it. */
export function formatKinds(files: FileResult[]): string {
  return files
    .map((file) => {
      if (file.error) return `${file.path}: not read (${file.error.message})`;
      const detection = file.kindDetection;
      const how = detection ? ` (confidence ${detection.confidence.toFixed(2)}): ${detection.cue}` : '';
      return `${file.path}: ${file.kind ?? 'unknown'}${how}`;
    })
    .map((line) => `${line}\n`)
    .join('');
}
