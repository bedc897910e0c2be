/** A phrase of a word list and what to write instead (empty for existence lists). */
export interface PhraseEntry {
  phrase: string;
  replacements: string[];
}

export interface PhraseMatch {
  /** Offsets in the searched text, shifted by the offset given to `find`. */
  start: number;
  end: number;
  /** The text as written in the document. */
  actual: string;
  entry: PhraseEntry;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Letters (Latin, with accents), digits and underscore. Spelt out rather than
 * \p{L} because a case-insensitive Unicode pattern of a few hundred phrases
 * took ~35 ms to compile on first use, a tenth of the start-up budget.
 */
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** Lower case, one space between words, straight apostrophes: how phrases are keyed. */
export function normalisePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** One space between words, straight apostrophes, case kept: how phrases are keyed when case matters. */
export function normaliseSpacing(phrase: string): string {
  return phrase.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

export interface PhraseMatcherOptions {
  /** Match regardless of case (default true); false for lists where "SDC" and "sdc" differ. */
  ignoreCase?: boolean;
}

function phrasePattern(key: string): string {
  return key
    .split(' ')
    .map((word) => word.replace(ESCAPE, '\\$&').replace(/'/g, "['’]"))
    .join('\\s+');
}

/**
 * Finds every phrase of a list in a text with one regular expression,
 * compiled once: case-insensitive, whole words, any whitespace (including a
 * line break) between the words of a phrase. Longer phrases win over their
 * prefixes because the alternatives are tried longest first.
 */
export class PhraseMatcher {
  private readonly pattern: RegExp | null;
  private readonly byKey = new Map<string, PhraseEntry>();
  private readonly keyOf: (phrase: string) => string;

  constructor(entries: readonly PhraseEntry[], options: PhraseMatcherOptions = {}) {
    const ignoreCase = options.ignoreCase ?? true;
    this.keyOf = ignoreCase ? normalisePhrase : normaliseSpacing;
    for (const entry of entries) this.byKey.set(this.keyOf(entry.phrase), entry);
    const phrases = [...this.byKey.keys()].sort((a, b) => b.length - a.length);
    // A letter, digit, hyphen or apostrophe next to the phrase means it is part of a longer word.
    try {
      this.pattern = phrases.length > 0
        ? new RegExp(`(?<![${WORD_CHAR}'’-])(?:${phrases.map(phrasePattern).join('|')})(?![${WORD_CHAR}-]|['’][${WORD_CHAR}])`, ignoreCase ? 'gi' : 'g')
        : null;
      // V8 compiles a pattern when first used: use it now, so a list too big fails here, at load.
      this.pattern?.test('');
      if (this.pattern) this.pattern.lastIndex = 0;
    } catch {
      // The engine's limit on one pattern: say so in a line, not with the pattern itself (megabytes of it).
      throw new RangeError(`too many words and phrases to match at once (${phrases.length}): split the list over several rules`);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The first listed phrase found in a short text, by looking up its runs of
   * words: cheaper at start-up than running the compiled pattern, which
   * matters because every replacement of every list is checked at load.
   */
  phraseIn(text: string): PhraseEntry | undefined {
    const words = this.keyOf(text).split(' ');
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const entry = this.byKey.get(words.slice(from, to).join(' '));
        if (entry) return entry;
      }
    }
    return undefined;
  }

  find(text: string, offset = 0): PhraseMatch[] {
    if (!this.pattern) return [];
    const found: PhraseMatch[] = [];
    this.pattern.lastIndex = 0;
    for (const match of text.matchAll(this.pattern)) {
      const entry = this.byKey.get(this.keyOf(match[0]));
      if (!entry) continue;
      found.push({ start: offset + match.index, end: offset + match.index + match[0].length, actual: match[0], entry });
    }
    return found;
  }
}

/**
 * Gives a replacement the capital of the text it replaces, so that a
 * sentence-initial "Utilise" becomes "Use" and not "use".
 */
export function matchCase(actual: string, replacement: string): string {
  const first = actual.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase() && replacement.length > 0) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
