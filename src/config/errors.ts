import { isAbsolute, relative } from 'node:path';
import { editDistance } from '../util/edit-distance.js';

/**
 * A config file that cannot be used: its message is one line naming the
 * file, the key and what was expected, e.g.
 * `.cc-checkrc.yml:4: rules."plain/sentenc-length": unknown rule (did you mean "plain/sentence-length"?)`.
 * The CLI shows it as it is and exits 2.
 */
export class ConfigError extends Error {
  /**
   * @param file absolute path of the config file (or a label such as `--rule` for a setting given elsewhere)
   * @param keyPath where in the file, e.g. `organisation.emailDomains[1]` (empty for the whole file)
   * @param detail what is wrong and what was expected
   * @param line 1-based line in the file, when known
   */
  constructor(
    readonly file: string,
    readonly keyPath: string,
    readonly detail: string,
    readonly line?: number,
    private readonly shownFile = file,
  ) {
    super(`${shownFile}${line === undefined ? '' : `:${line}`}: ${keyPath ? `${keyPath}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }

  /** The same error naming the file relative to `cwd` when it lies below it (as users typed it). */
  relativeTo(cwd: string): ConfigError {
    if (!isAbsolute(this.file)) return this;
    return new ConfigError(this.file, this.keyPath, this.detail, this.line, displayPath(cwd, this.file));
  }
}

/** An absolute path as messages show it: relative to `cwd` when it lies below it, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown.split('\\').join('/') : path;
}

export { formatKeyPath } from '../util/messages.js';


/** The closest of `candidates` to a mistyped `word`, when it is close enough to be what was meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word may be wrong (at least two letters): "sentenc-length", "emailDomain", "warn".
  const limit = word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 3));
  if (best !== undefined && bestDistance <= limit) return best;
  // "warn" → "warning", "org" → "organisation": a prefix is a good guess too.
  for (const candidate of candidates) if (lower.length >= 3 && candidate.toLowerCase().startsWith(lower)) return candidate;
  return undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = closest(word, candidates);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}
