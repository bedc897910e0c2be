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

/** The LoadError for a failure to stat or read a file from disk (what the user can act on, not errno). */
export function fileReadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new LoadError('not-found', 'file not found');
  if (code === 'EACCES' || code === 'EPERM') return new LoadError('unreadable', 'permission denied');
  return new LoadError('unreadable', `cannot read the file (${code ?? 'unknown error'})`);
}

/** Largest .docx read at all (embedded logos and scans make them big; only their XML is inflated). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Largest text or Markdown file: a long letter is tens of kilobytes, and
 * analysing megabytes of prose would keep an officer waiting for nothing.
 */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
