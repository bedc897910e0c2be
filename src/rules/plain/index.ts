import type { Rule } from '../../types.js';
import sentenceLength from './sentence-length.js';
import readability from './readability.js';
import passive from './passive.js';
import jargon from './jargon.js';
import latinLegal from './latin-legal.js';
import waffle from './waffle.js';
import vague from './vague.js';
import slowStart from './slow-start.js';
import abbreviation from './abbreviation.js';
import spelling from './spelling.js';
import grammar from './grammar.js';
import vocabulary from './vocabulary.js';
import targets from './targets.js';

/** The plain/* rules, in the order `cc-check rules` lists them. */
export const plainRules: Rule[] = [sentenceLength, readability, targets, passive, jargon, latinLegal, waffle, vague, slowStart, abbreviation, spelling, grammar, vocabulary];
