/**
 * What kind of correspondence a document is, from its headers and content,
 * with the cue that decided it, so a user can see (and override) the choice.
 */
import type { Document, DocumentKind, KindResult, LetterParts } from '../types.js';
import { findPlaceholders } from '../rules/correspondence/placeholder.js';

export { DOCUMENT_KINDS, isDocumentKind, formatKinds } from './kinds.js';

interface Cue {
  pattern: RegExp;
  /** How sure one match makes us: 3 decides alone, 2 decides with another cue, 1 only supports. */
  weight: number;
}

/** Content cues of each specific kind; the strongest total wins over the generic letter or email. */
const CUES: Array<{ kind: DocumentKind; cues: Cue[] }> = [
  {
    kind: 'out-of-office',
    cues: [
      { pattern: /\b(?:I am|I'm|I will be)\s+(?:currently\s+)?(?:out of (?:the )?office|on (?:annual |sick |parental |maternity )?leave|away from (?:the|my) (?:office|desk))\b/i, weight: 3 },
      { pattern: /\b(?:automatic reply|out of office|auto-?reply)\b/i, weight: 2 },
    ],
  },
  {
    kind: 'visit-appointment',
    cues: [
      { pattern: /\bwill\s+(?:visit|call at|come to|be visiting)\s+(?:you|your (?:home|property|flat|house)|the property)\b[^.\n]*/, weight: 3 },
      { pattern: /\b(?:appointment|arranged|booked) (?:to visit|for (?:an? )?(?:officer|inspector|surveyor|joiner|engineer|assessor) to (?:visit|call))\b[^.\n]*/i, weight: 3 },
      { pattern: /\b(?:home visit|visit to your home|your appointment is on)\b[^.\n]*/i, weight: 2 },
    ],
  },
  {
    kind: 'change-notice',
    cues: [
      { pattern: /\b(?:we are|we're|we will be)\s+(?:changing|moving|replacing|introducing|closing|ending)\b[^.\n]*/i, weight: 3 },
      { pattern: /\b(?:changes?|is changing|will change) (?:to|in) (?:your|the|our) [a-z ]{0,30}(?:collection|service|day|charges?|fees?|opening hours|office|arrangements?)s?\b[^.\n]*/i, weight: 3 },
      { pattern: /\bfrom\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?\d{1,2}\s+[A-Z][a-z]+\s+(?:\d{4}\s+)?[^.\n]*\b(?:will no longer|will (?:change|move|be collected|close|open)|changes?)\b[^.\n]*/, weight: 3 },
      { pattern: /\b(?:your|the|our) [a-z ]{0,40}(?:day|days|collections?|service|charges?|fees?|hours|office|arrangements?|address) (?:is|are) (?:changing|moving)\b[^.\n]*/i, weight: 3 },
      { pattern: /\bwill no longer\b[^.\n]*/i, weight: 1 },
    ],
  },
  {
    kind: 'acknowledgement',
    cues: [
      { pattern: /\b(?:a |our |the )?full (?:reply|response|answer)\b[^.\n]*/i, weight: 2 },
      { pattern: /\b(?:we have not yet been able to|we are not yet able to|we are still (?:looking into|investigating|waiting)|(?:sorry|apologise) for the delay|taking longer than)\b[^.\n]*/i, weight: 2 },
      { pattern: /\b(?:this is (?:a|an) (?:holding|interim) (?:reply|letter|response)|holding reply)\b[^.\n]*/i, weight: 3 },
      // A complaint acknowledged but not yet answered is a holding reply, not a complaint response.
      { pattern: /\b(?:we|I) (?:will|aim to|expect to) (?:send|give|write to) you (?:with )?(?:a |our |my )?full (?:reply|response|answer)\b[^.\n]*/i, weight: 3 },
    ],
  },
  {
    kind: 'complaint-response',
    cues: [
      { pattern: /\b(?:your complaint|stage (?:1|one|2|two) (?:complaint|response|review)|complaints? (?:procedure|policy|process))\b[^.\n]*/i, weight: 2 },
      { pattern: /\b(?:investigated|looked into|reviewed) your complaint\b[^.\n]*/i, weight: 3 },
      { pattern: /\bthank you for your complaint\b[^.\n]*/i, weight: 2 },
      { pattern: /\b(?:I|we) (?:uphold|partly uphold|do not uphold|have upheld|have not upheld)\b[^.\n]*/i, weight: 3 },
    ],
  },
  {
    kind: 'refusal',
    cues: [
      { pattern: /\b(?:your (?:application|request|claim|appeal)|the application) (?:has been|was|is) (?:refused|unsuccessful|turned down|declined|rejected|not successful)\b[^.\n]*/i, weight: 3 },
      { pattern: /\b(?:we|I|the council) (?:are|am|is) (?:unable|not able) to (?:approve|agree to|grant|award|offer|accept|allow|pay|issue|provide|give)\b[^.\n]*/i, weight: 3 },
      { pattern: /\b(?:we|I) (?:have decided|decided) not to\b[^.\n]*/i, weight: 3 },
      { pattern: /\b(?:we|I) cannot (?:approve|agree to|grant|award|offer|accept|allow|pay|issue|give)\b[^.\n]*/i, weight: 2 },
      { pattern: /\b(?:you are|you're) not eligible\b[^.\n]*/i, weight: 2 },
    ],
  },
];

const TEMPLATE_PATH = /(?:^|[\\/])templates?[\\/]/i;
const MERGE_FIELD = /^(?:«|<<|\{\{?|\[)/;

function shorten(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The text whose content decides the kind: the subject and body, never quoted earlier messages. */
function ownText(document: Document, parts: LetterParts): string {
  const pieces = [document.email?.subject, parts.subject?.text, parts.body?.text].filter((p): p is string => Boolean(p));
  if (pieces.length > 0) return pieces.join('\n');
  return parts.quoted ? document.text.slice(0, parts.quoted.start) : document.text;
}

function headingCount(document: Document): number {
  const marked = document.blocks.filter((b) => b.heading).length;
  if (marked > 0) return marked;
  // Plain text: short capitalised lines without a full stop, followed by prose.
  return document.text.split('\n').filter((line) => /^[A-Z][^.!?:]{2,50}$/.test(line.trim()) && line.trim().split(/\s+/).length <= 7).length;
}

/** Decides the kind of one document. `parts` are the segmenter's. */
export function detectKind(document: Document, parts: LetterParts): KindResult {
  const email = document.email;
  if (email) {
    const auto = email.autoSubmitted?.trim().toLowerCase();
    if (auto && auto !== 'no') return { kind: 'out-of-office', confidence: 0.97, cue: `Auto-Submitted: ${email.autoSubmitted!.trim()}` };
    if (email.xAutoreply) return { kind: 'out-of-office', confidence: 0.95, cue: `X-Autoreply: ${email.xAutoreply.trim()}` };
    if (email.subject && /^(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office)\b/i.test(email.subject.trim())) {
      return { kind: 'out-of-office', confidence: 0.9, cue: `Subject: ${shorten(email.subject)}` };
    }
  }

  if (TEMPLATE_PATH.test(document.path.split('\\').join('/'))) return { kind: 'template', confidence: 0.9, cue: 'the file is under templates/' };
  const fields = findPlaceholders(document.text).filter((f) => MERGE_FIELD.test(document.text.slice(f.start, f.end)));
  if (fields.length >= 3) {
    const first = document.text.slice(fields[0]!.start, fields[0]!.end);
    return { kind: 'template', confidence: Math.min(0.95, 0.6 + fields.length * 0.05), cue: `${fields.length} merge fields, the first “${first}”` };
  }

  const text = ownText(document, parts);
  let best: { kind: DocumentKind; score: number; cue: string } | undefined;
  for (const { kind, cues } of CUES) {
    let score = 0;
    let cue: { text: string; weight: number } | undefined;
    for (const { pattern, weight } of cues) {
      const match = pattern.exec(text);
      if (!match) continue;
      score += weight;
      if (!cue || weight > cue.weight) cue = { text: match[0], weight };
    }
    if (cue && score >= 3 && (!best || score > best.score)) best = { kind, score, cue: `“${shorten(cue.text)}”` };
  }
  if (best) return { kind: best.kind, confidence: Math.min(0.95, 0.55 + best.score * 0.1), cue: best.cue };

  if (document.format === 'eml' || email) {
    const from = email?.from ? `From: ${email.from.name ? `${email.from.name} <${email.from.address}>` : email.from.address}` : 'email headers';
    return { kind: 'email', confidence: 0.9, cue: from };
  }
  if (!parts.salutation && !parts.signoff && !parts.addressee && headingCount(document) >= 2) {
    return { kind: 'leaflet', confidence: 0.7, cue: 'no salutation or sign-off, and headings like a publication' };
  }
  if (parts.salutation) return { kind: 'letter', confidence: 0.85, cue: `salutation “${shorten(parts.salutation.text, 40)}”` };
  if (parts.isLetter) return { kind: 'letter', confidence: 0.7, cue: 'letter parts (address, date or sign-off)' };
  return { kind: 'letter', confidence: 0.4, cue: 'no cue of another kind' };
}
