/** Why a file could not be read. The message is shown to the user as it is. */
export type LoadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'not-a-document'
  | 'unsupported-format'
  | 'encoding'
  | 'corrupt'
  | 'encrypted'
  | 'too-large'
  | 'unsafe';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Largest .docx read at all (embedded logos and scans make them big; only their XML is inflated). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Largest text or Markdown file: a long letter is tens of kilobytes, and
 * analysing megabytes of prose would keep an officer waiting for nothing.
 */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
