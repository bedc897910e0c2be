import { syllable } from 'syllable';
import type { DocumentMetrics, Sentence } from '../types.js';

/** Below this many words a readability formula says little (GOV.UK and Hemingway use similar floors). */
export const MIN_WORDS_FOR_READABILITY = 100;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Counts words made of letters (not numbers or references) for the formulas. */
function isCountedWord(word: string): boolean {
  return /[A-Za-z]/.test(word);
}

/** Flesch reading ease, Flesch–Kincaid grade and UK reading age, computed once per document. */
export function computeMetrics(sentences: Sentence[]): DocumentMetrics {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const sentenceWords = sentence.words.filter((w) => isCountedWord(w.text));
    if (sentenceWords.length === 0) continue;
    counted++;
    for (const word of sentenceWords) {
      words++;
      syllables += Math.max(1, syllable(word.text));
    }
  }
  if (words < MIN_WORDS_FOR_READABILITY || counted === 0) {
    return { words, sentences: counted, syllables, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null };
  }
  const wordsPerSentence = words / counted;
  const syllablesPerWord = syllables / words;
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  return {
    words,
    sentences: counted,
    syllables,
    fleschReadingEase: round1(ease),
    fleschKincaidGrade: round1(grade),
    // UK reading age is the US grade plus five years (grade 4 ≈ age 9).
    readingAge: Math.max(5, Math.round(grade + 5)),
  };
}
