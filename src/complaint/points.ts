/**
 * Points raised in a complaint (questions, demands, grievances, list items),
 * and whether a reply answers each one (Shepway 30).
 */

import type { ComplaintPoint } from '../types.js';

export type { ComplaintPoint };

const LABEL_MAX = 100;

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both but by can could did do does doing done down during each even ever every few for from further get got had has have having he her here hers him his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours out over own please same she should so some still such than that the their theirs them then there these they this those through to too under until up upon us very was we were what when where which while who whom why will with would you your yours yourself i'm i've i'd it's don't didn't doesn't hasn't haven't isn't wasn't weren't won't can't couldn't wouldn't shouldn't im ive dont didnt doesnt cant wont yet since because may might must shall really told tell said say ask asked want like would know think feel seem make made take took go went going come came put see seen`
    .split(/\s+/),
);

// Common council pairs: the complainant's word and the officer's word count as the same term.
const SYNONYMS: Record<string, string> = {
  collection: 'bin', collect: 'bin', wheelie: 'bin', bins: 'bin', recycling: 'bin', waste: 'bin', rubbish: 'bin',
  repay: 'refund', repayment: 'refund', reimburse: 'refund', reimbursement: 'refund', repaid: 'refund', refunded: 'refund',
  manner: 'rude', behaviour: 'rude', behavior: 'rude', attitude: 'rude', conduct: 'rude', unprofessional: 'rude', impolite: 'rude',
  phone: 'call', ring: 'call', rang: 'call', telephone: 'call', callback: 'call', phoned: 'call',
  charge: 'fee', charged: 'fee', payment: 'fee', paid: 'fee', pay: 'fee', cost: 'fee',
  repair: 'fix', repaired: 'fix', mend: 'fix',
  letter: 'write', email: 'write', emailed: 'write', wrote: 'write', reply: 'respond', response: 'respond', replied: 'respond', answer: 'respond',
  compensate: 'compensation', apologise: 'apology', apologize: 'apology',
  officer: 'staff', employee: 'staff', member: 'staff', crew: 'staff',
  miss: 'missed',
};

const MONEY = /£\s?\d[\d,]*(?:\.\d{2})?/;
const TOKEN = /£\s?\d[\d,]*(?:\.\d{2})?|\d+(?:[.:/]\d+)*(?:st|nd|rd|th)?|[a-z][a-z'’-]*/gi;

/** The lemma of one word: lower case, possessive, plural, -ed and -ing stripped (crudely). */
function lemma(word: string): string {
  let w = word.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '').replace(/^-+|-+$/g, '');
  if (w in SYNONYMS) return SYNONYMS[w]!;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "collect" → "collect", "collected" → "collect": doubled consonants left by -ed/-ing ("stopp") fold too.
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}

/** The key terms of a sentence, in order, without repeats. */
export function termsOf(sentence: string): string[] {
  const terms: string[] = [];
  for (const [token] of sentence.matchAll(TOKEN)) {
    let term: string;
    if (MONEY.test(token)) term = token.replace(/\s|,/g, '').replace(/\.00$/, '');
    else if (/^\d/.test(token)) term = token.replace(/(?:st|nd|rd|th)$/i, '');
    else {
      if (STOP_WORDS.has(token.toLowerCase().replace(/’/g, "'"))) continue;
      term = lemma(token);
      if (term.length < 3 || STOP_WORDS.has(term)) continue;
    }
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** A term that alone ties a reply sentence to a point: an amount, a number or a date. */
function distinctive(term: string): boolean {
  return /\d/.test(term);
}

const GREETING = /^(?:dear\b|hi\b|hello\b|good (?:morning|afternoon|evening)\b|to whom it may concern)/i;
const SIGNOFF = /^(?:yours\b|kind regards|best regards|regards\b|many thanks|thanks\b|thank you\b|best wishes|cheers\b|sent from my)/i;
const PLEASANTRY = /^(?:i hope (?:you are|you're|this finds)|thank you for|thanks for|i look forward|i am writing\b|i'm writing\b|i write\b|my name is\b)/i;
const QUESTION_START = /^(?:why|when|what|how|who|where|which|can|could|will|would|is|are|was|were|do|does|did|has|have|should)\b/i;
const DEMAND =
  /\b(?:i (?:want|would like|expect|demand|request|insist)|i'd like|i need (?:you|the council|someone)|i am (?:asking|requesting)|i'm (?:asking|requesting)|please (?:refund|explain|confirm|arrange|send|tell|ensure|make sure|investigate|remove|repair|fix|cancel|reimburse|provide|call|ring|collect|look into|sort|stop|return)|(?:should|must) (?:be|have)|refund|compensation|an apology|apologise)\b/i;
const GRIEVANCE =
  /\b(?:nobody|no one|no-one|never|rude|unhelpful|dismissive|twice|(?:second|third|fourth|fifth) time|again|still (?:not|no|waiting|hasn't|have not|has not|haven't)|failed|ignored|missed|not (?:been )?(?:collected|returned|replied|contacted|called|fixed|repaired|told|informed)|wrong(?:ly)?|incorrect|unacceptable|disgraceful|appalling|damaged|broken|no (?:response|reply|answer)|hung up|waited|weeks? later|overcharged|not acceptable|complain|cancell?ed|without (?:any )?(?:notice|warning|telling|letting)|left (?:a mess|\w+ (?:and \w+ )?all over))\b/i;

function isPleasantry(sentence: string): boolean {
  const s = sentence.trim();
  return !s || GREETING.test(s) || SIGNOFF.test(s) || PLEASANTRY.test(s);
}

/** True when a sentence raises an issue the reply must answer. */
export function raisesIssue(sentence: string): boolean {
  const s = sentence.trim();
  if (isPleasantry(s)) return false;
  if (termsOf(s).length === 0) return false;
  return /\?\s*$/.test(s) || QUESTION_START.test(s) || DEMAND.test(s) || GRIEVANCE.test(s);
}

const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-*•–])\s+/i;

/** A sentence of a complaint, and whether it was a numbered or bulleted item (always a point). */
interface Candidate {
  text: string;
  listItem: boolean;
}

/** The sentences of a text: each list item whole, other paragraphs split into sentences. */
export function candidateSentences(text: string): string[] {
  return candidates(text).map((c) => c.text);
}

function candidates(text: string): Candidate[] {
  const sentences: Candidate[] = [];
  let paragraph: string[] = [];
  const flush = (listItem = false): void => {
    const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    paragraph = [];
    if (!joined) return;
    // A sentence ends at . ! or ? before a capital, digit, quote or £ (not after "Mr", "No" and similar).
    for (const part of joined.split(/(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|ref))[.!?])\s+(?=[A-Z0-9£"“‘(])/)) {
      if (part.trim()) sentences.push({ text: part.trim(), listItem });
    }
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) flush();
    else if (LIST_ITEM.test(line)) {
      flush();
      paragraph.push(line.replace(LIST_ITEM, ''));
      flush(true);
    } else paragraph.push(line);
  }
  flush();
  return sentences;
}

function labelOf(text: string): string {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).trimEnd()}…` : text;
}

/** One point from a sentence, as the complainant wrote it. */
export function pointOf(sentence: string): ComplaintPoint {
  const text = sentence.replace(/\s+/g, ' ').trim();
  return { text, label: labelOf(text), terms: termsOf(text) };
}

/** The points a complaint raises, in order. */
export function extractPoints(text: string): ComplaintPoint[] {
  return candidates(text)
    .filter((c) => raisesIssue(c.text) || (c.listItem && !isPleasantry(c.text) && termsOf(c.text).length >= 2))
    .map((c) => pointOf(c.text));
}

/** How many shared terms tie a reply passage to a point: half its terms, at least 2 (or all of fewer), at most 3. */
function needed(point: ComplaintPoint): number {
  const n = point.terms.length;
  return Math.min(3, Math.max(Math.min(2, n), Math.ceil(n / 2)));
}

/** True when some passage of the reply (a sentence with the next) shares enough of the point's terms. */
export function isAnswered(point: ComplaintPoint, replySentences: string[][]): boolean {
  for (let i = 0; i < replySentences.length; i++) {
    const passage = new Set([...replySentences[i]!, ...(replySentences[i + 1] ?? [])]);
    const shared = point.terms.filter((t) => passage.has(t));
    if (shared.some(distinctive) || (shared.length > 0 && shared.length >= needed(point))) return true;
  }
  return false;
}

/** The points of a complaint the reply text leaves unanswered. */
export function unansweredPoints(points: ComplaintPoint[], replyText: string): ComplaintPoint[] {
  const replySentences = candidateSentences(replyText).map(termsOf);
  return points.filter((point) => !isAnswered(point, replySentences));
}
