import { defineRule } from '../../engine/define-rule.js';
import { TIMESCALE_PHRASE, kindOf } from '../../kind/cues.js';
import { isDocumentKind } from '../../kind/kinds.js';
import type { DocumentKind, RuleContext } from '../../types.js';
import { listMatches } from '../plain/prose.js';
import { escapeRegExp } from '../../util/escape-regexp.js';

/** A promise to come back to the reader. */
const PROMISE =
  /\b(?:we|I)(?:'ll|’ll|\s+will|\s+shall)\s+(?:then\s+|also\s+)?(?:contact you|be in touch|be in contact|let you know|get back to you|write to you(?:\s+again)?|call you|phone you|telephone you|reply to you|update you|send you (?:a|our) (?:full |final )?(?:reply|response|decision))\b/i;
/** "If we need anything else, we will contact you" promises nothing unless the condition comes true. */
/** A condition right after the promised time: "within 20 working days if we need a site visit". */
const TRAILING_CONDITION = /^[\s,]*(?:if|unless|where|should|in case)\b/i;
const CONDITIONAL = /^\s*(?:if|should|where|when|unless)\b|\b(?:let you know|contact you|be in touch|get back to you|call you)\s+(?:if|whether|when|should)\b/i;

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-one': 21,
  'twenty-five': 25, 'twenty-eight': 28, thirty: 30, forty: 40, sixty: 60, ninety: 90,
};

/** "within 20 working days", "in three weeks", "within a month": a length of time a reply is promised in. */
const DURATION = new RegExp(
  `\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(\\d{1,3}|${Object.keys(NUMBERS).join('|')})\\s+(working\\s+|business\\s+|calendar\\s+|clear\\s+)?(days?|weeks?|months?)\\b`,
  'gi',
);

/**
 * A promise of a reply (not of a decision or of work: "we will decide your
 * application within 8 weeks" follows a statutory period, not a reply timescale).
 */
const REPLY_PROMISE = new RegExp(
  [
    "\\b(?:we|I)(?:'ll|’ll|\\s+will|\\s+shall|\\s+aim\\s+to|\\s+expect\\s+to|\\s+hope\\s+to|\\s+try\\s+to)\\s+(?:then\\s+|also\\s+|usually\\s+|normally\\s+)?",
    '(?:reply|respond|answer|write\\s+(?:to\\s+you|back)|contact\\s+you|call\\s+you|phone\\s+you|get\\s+back\\s+to\\s+you|be\\s+in\\s+touch|let\\s+you\\s+know|',
    'send\\s+you\\s+(?:a|an|our)\\s+(?:full\\s+|final\\s+|written\\s+)?(?:reply|response|answer))\\b',
    '|\\byou\\s+(?:will|should)\\s+(?:receive|get|have|hear)\\s+(?:(?:a|an|our)\\s+)?(?:full\\s+|final\\s+|written\\s+)?(?:reply|response|answer|from\\s+us)\\b',
  ].join(''),
  'i',
);

/** How the messages name what a timescale is for. */
const KIND_LABELS: Partial<Record<DocumentKind, string>> = {
  letter: 'letters',
  email: 'emails',
  acknowledgement: 'acknowledgements',
  'complaint-response': 'complaint responses',
  refusal: 'refusals',
  'visit-appointment': 'visit appointments',
  'change-notice': 'change notices',
};

/** The working days a reply may take, and what that timescale is for ("complaint responses", "planning"). */
export interface Timescale {
  days: number;
  what: string;
}

/** A promise of a reply that takes longer than the configured timescale. */
export interface OverlongPromise {
  start: number;
  end: number;
  actual: string;
  days: number;
  timescale: Timescale;
}

function readTimescales(context: RuleContext): Array<[string, number]> {
  const timescales = context.profile.timescales;
  if (timescales === undefined) return [];
  if (typeof timescales !== 'object' || timescales === null || Array.isArray(timescales)) throw new Error('correspondence/timescale: timescales in the profile must map a service or kind to working days');
  return Object.entries(timescales).map(([key, days]) => {
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) throw new Error(`correspondence/timescale: timescales.${key} in the profile must be a number of working days`);
    return [key.trim().toLowerCase(), days];
  });
}

/** Where a letter names its service: the subject line (or an email's Subject header) and the reference lines. */
function serviceText(context: RuleContext): string {
  const { parts, document } = context;
  const references = (parts.references ?? []).map((r) => `${r.label}: ${r.value}`);
  return [parts.subject?.text ?? document.email?.subject ?? '', ...references].join('\n');
}

/** "council-tax" matches "Council Tax" as whole words; nothing looser, so a service is never guessed. */
function namesService(text: string, service: string): boolean {
  const words = service.split(/[\s_-]+/).filter(Boolean).map(escapeRegExp);
  return words.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The timescale a promised reply is held to, from the profile's `timescales`:
 * every service named in the subject or a reference line, and the document's
 * kind, apply; of those the longest wins, so that a letter is never held to
 * a shorter timescale than one that may be its own; `default` applies only
 * when none does. In an acknowledgement the promise is of the full reply, so
 * the `acknowledgement` timescale (for sending the acknowledgement itself)
 * does not apply, and `complaint-response` does when it acknowledges a complaint.
 */
export function configuredTimescale(context: RuleContext): Timescale | undefined {
  const entries = readTimescales(context);
  if (entries.length === 0) return undefined;
  const kind = kindOf(context);
  const text = serviceText(context);
  const candidates: Timescale[] = [];
  for (const [key, days] of entries) {
    if (key === 'default') continue;
    if (isDocumentKind(key)) {
      const complaint = kind === 'acknowledgement' && key === 'complaint-response' && /\bcomplain(?:t|ts|ed)?\b/i.test(`${text}\n${context.parts.body?.text ?? context.document.text}`);
      if ((key === kind && kind !== 'acknowledgement') || complaint) candidates.push({ days, what: KIND_LABELS[key] ?? key });
    } else if (namesService(text, key)) {
      candidates.push({ days, what: key.replace(/[_-]+/g, ' ') });
    }
  }
  if (candidates.length === 0) {
    const fallback = entries.find(([key]) => key === 'default');
    return fallback ? { days: fallback[1], what: 'replies' } : undefined;
  }
  return candidates.reduce((longest, t) => (t.days > longest.days ? t : longest));
}

/** A duration in working days: weeks of five, months of twenty, calendar days scaled down (never over-counted). */
function workingDays(count: string, qualifier: string | undefined, unit: string): number {
  const n = /^\d+$/.test(count) ? Number(count) : NUMBERS[count.toLowerCase()]!;
  if (/^week/i.test(unit)) return n * 5;
  if (/^month/i.test(unit)) return n * 20;
  return /working|business/i.test(qualifier ?? '') ? n : Math.floor((n * 5) / 7);
}

/**
 * Promises of a reply "within N days/weeks/months" longer than the
 * configured timescale. A promise that depends on a condition ("If we need
 * a site visit, we will reply within 20 working days") is left alone.
 */
export function overlongPromises(context: RuleContext): OverlongPromise[] {
  const timescale = configuredTimescale(context);
  if (!timescale) return [];
  const found: OverlongPromise[] = [];
  for (const sentence of context.analysis.sentences) {
    if (!REPLY_PROMISE.test(sentence.text) || CONDITIONAL.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(DURATION)) {
      // "within 20 working days if we need to check with your bank": the longer time depends on the condition after it.
      if (TRAILING_CONDITION.test(sentence.text.slice(match.index + match[0].length))) continue;
      const days = workingDays(match[1]!, match[2], match[3]!);
      if (days <= timescale.days) continue;
      const start = sentence.start + match.index;
      found.push({ start, end: start + match[0].length, actual: match[0].replace(/\s+/g, ' '), days, timescale });
    }
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'correspondence/timescale',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A promise to follow up (“we will contact you”) gives a date or a timescale, and no longer a timescale than the organisation’s (`timescales` in the config).',
    why: 'Shepway 11: correspondence is answered within the service’s timescale, and the customer is told when to expect a full reply. A promise with no date cannot be kept or checked.',
    standard: 'Shepway 11',
    messages: {
      noTimescale: '“{actual}” does not say when: add a date or a timescale, such as “by 14 March” or “within 10 working days”.',
      tooLong: '“{actual}” is longer than our timescale for {what}, which is {limit} working days: promise a reply within {limit} working days, or explain why it will take longer.',
    },
    examples: {
      good: ['Dear Mr Hughes\n\nWe will contact you by 14 March to arrange the repair.\n\nYours sincerely\n\nPriya Shah'],
      bad: ['Dear Mr Hughes\n\nWe will contact you to arrange the repair.\n\nYours sincerely\n\nPriya Shah'],
    },
  },
  create(context) {
    const kind = kindOf(context);
    if (kind === 'template' || kind === 'leaflet' || kind === 'out-of-office') return;
    const sentences = context.analysis.sentences;
    // Vague timing ("in due course") is plain/vague's finding; one finding per sentence is enough.
    const vague = listMatches(context).filter((m) => m.list === 'plain/vague');
    sentences.forEach((sentence, index) => {
      const promise = PROMISE.exec(sentence.text);
      if (!promise || CONDITIONAL.test(sentence.text)) return;
      // The date may come in the sentence before ("We will decide by 27 November. We will write to you with our decision.") or after.
      const sameBlock = [sentences[index - 1], sentence, sentences[index + 1]].filter((s) => s && s.block === sentence.block);
      const nearby = sameBlock.map((s) => s!.text).join(' ');
      if (TIMESCALE_PHRASE.test(nearby)) return;
      if (vague.some((m) => m.start >= sentence.start && m.start < sentence.end)) return;
      const start = sentence.start + promise.index;
      context.report({ messageId: 'noTimescale', data: { actual: promise[0] }, start, end: start + promise[0].length });
    });
    // An acknowledgement's promised full reply is correspondence/acknowledgement's to check.
    if (kind === 'acknowledgement') return;
    for (const promise of overlongPromises(context)) {
      context.report({ messageId: 'tooLong', data: { actual: promise.actual, what: promise.timescale.what, limit: promise.timescale.days }, start: promise.start, end: promise.end });
    }
  },
});
