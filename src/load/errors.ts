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

/** Largest input file read at all; letters are kilobytes, so this only stops accidents. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
