import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

type Speller = ReturnType<typeof nspell>;

let speller: Speller | undefined;
const suggestionCache = new Map<string, string[]>();

/**
 * The UK English speller, built on first use: reading and compiling the
 * dictionary costs ~0.1 s, so a document with no prose never pays it.
 * The files are read synchronously because rules run synchronously.
 */
export function getSpeller(): Speller {
  if (!speller) {
    const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en-gb'));
    speller = nspell(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')));
  }
  return speller;
}

/** True when the UK dictionary knows the word as written. */
export function isKnownWord(word: string): boolean {
  return getSpeller().correct(word);
}

/** Suggestions for a misspelt word; each suggest() costs up to ~80 ms, so they are cached per process. */
export function suggestSpellings(word: string): string[] {
  let suggestions = suggestionCache.get(word);
  if (!suggestions) {
    suggestions = getSpeller().suggest(word);
    suggestionCache.set(word, suggestions);
  }
  return suggestions;
}
