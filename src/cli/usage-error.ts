/** A mistake in how cc-check was called: one line on stderr and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses a whole number within bounds, for option values such as --min-score. */
export function parseWholeNumber(value: string, option: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number of ${min} or more` : `a whole number from ${min} to ${max}`;
    throw new UsageError(`${option} must be ${range}, not "${value}"`);
  }
  return Number(trimmed);
}
