import type { DocumentKind, RuleContext } from '../types.js';

/** Phrases shared by kind detection and the correspondence rules: dates, times, timescales, contact details. */

export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** A calendar date or a day: "14 March", "March 14", "Tuesday", "03/04/2026". */
export const DATE_PHRASE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b|${MONTH_NAME}\\s+\\d{1,2}\\b|${WEEKDAY_NAME}\\b|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|tomorrow\\b|today\\b)`,
  'i',
);

/** A date on the calendar, not just a weekday: "14 March", "March 14", "03/04/2026". */
export const CALENDAR_DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b|${MONTH_NAME}\\s+\\d{1,2}\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}\\b)`, 'i');

/** A clock time or part of a day: "10am", "2.30pm", "between 8am and 12 noon", "in the morning". */
export const TIME_PHRASE = /\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\d{1,2}[.:]\d{2}\b|noon\b|midday\b|(?:in the |that |this )?(?:morning|afternoon|evening)\b|all day\b)/i;

const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|twenty-eight|thirty|a|an)';

/** A timescale or date that a promise can be held to: "by 14 March", "within 10 working days", "next week". */
export const TIMESCALE_PHRASE = new RegExp(
  [
    DATE_PHRASE.source,
    `\\bwithin\\s+(?:the\\s+next\\s+)?${NUMBER_WORD}\\s+(?:working\\s+|calendar\\s+|business\\s+)?(?:days?|weeks?|months?|hours?)\\b`,
    `\\bin\\s+(?:the\\s+next\\s+)?${NUMBER_WORD}\\s+(?:working\\s+|calendar\\s+|business\\s+)?(?:days?|weeks?|months?)(?:'|’)?(?:\\s+time)?\\b`,
    '\\b(?:next|this)\\s+(?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday)\\b',
    '\\bby\\s+the\\s+end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|day)\\b',
    `\\bend\\s+of\\s+${MONTH_NAME}\\b`,
    `\\bin\\s+${MONTH_NAME}\\b`,
    '\\b(?:early|mid|late)[- ]\\w+\\b(?=.*\\b(?:19|20)\\d{2}\\b)',
  ].join('|'),
  'i',
);

/** A UK phone number or an email address. */
export const CONTACT_DETAIL = /(?:\b0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\+44\s?\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/;

/** Capitalised words that look like a first name and surname but are not a person. */
const NOT_A_NAME = /^(?:Council|District|Borough|County|Housing|Services?|Team|Street|Road|Lane|Avenue|Court|House|Offices?|Centre|Customer|Department|Yours|Dear|Eastbrook|Ombudsman|Local|Government|Social|Care|Environmental|Health|Waste|Recycling|Benefits?|Revenues?|Planning|Council Tax|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Please|Thank|We|I|If|You|Your|The|Our|This|When|From|Tel|Email|Direct|Ref)$/;

/** A person's name: "Tom Baker", "Mrs Anita Patel", "Ms Shah". */
export function findPersonName(text: string): RegExpExecArray | undefined {
  const titled = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\b/.exec(text);
  if (titled) return titled;
  for (const match of text.matchAll(/\b([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b/g)) {
    if (!NOT_A_NAME.test(match[1]!) && !NOT_A_NAME.test(match[2]!)) return match as RegExpExecArray;
  }
  return undefined;
}

/** The kind the engine decided, or a plain letter when a caller ran a rule without one. */
export function kindOf(context: RuleContext): DocumentKind {
  return context.kind?.kind ?? 'letter';
}

/** The officer's own text: everything but quoted earlier messages. */
export function ownText(context: RuleContext): { text: string; offset: number } {
  const end = context.parts.quoted?.start ?? context.document.text.length;
  return { text: context.document.text.slice(0, end), offset: 0 };
}

/** The body (or the whole text) without its offset shift: what element checks search. */
export function bodyText(context: RuleContext): { text: string; offset: number } {
  const body = context.parts.body;
  return body ? { text: body.text, offset: body.start } : ownText(context);
}

/** Where a "this letter lacks …" finding points: the first line of the subject, or of the body. */
export function anchorOf(context: RuleContext): { start: number; end: number } {
  const text = context.document.text;
  const from = context.parts.subject?.start ?? context.parts.body?.start ?? 0;
  let start = from;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return { start, end: Math.max(start, end) };
}
