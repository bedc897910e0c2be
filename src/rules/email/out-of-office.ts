import { defineRule } from '../../engine/define-rule.js';
import { parseName } from '../../segment/names.js';
import { AWAY_WORDING, isAutoReply, ownTextEnd } from './shared.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date the reader can plan by: "Monday 9 March", "9th March", "09/03/2026", "March 9". */
const DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)`, 'i');
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const EMAIL_ADDRESS = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const WEB = /\b(?:www\.[\w.-]+|https?:\/\/\S+)/i;

/** An auto-reply often ends with the name block and no sign-off: the last paragraph, when it opens with a name. */
function signatureParagraphStart(text: string): number | undefined {
  const paragraphs = [...text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)];
  const last = paragraphs[paragraphs.length - 1];
  if (!last || paragraphs.length < 2) return undefined;
  const firstLine = last[0].split('\n')[0]!.trim();
  return parseName(firstLine) ? last.index : undefined;
}

export default defineRule({
  meta: {
    id: 'email/out-of-office',
    category: 'email',
    severity: 'warning',
    fixable: false,
    description: 'An out-of-office reply says when you are back and whom to contact meanwhile.',
    why: 'Shepway 13: use an out-of-office message when away, giving the dates and an alternative contact, so no customer waits on an empty inbox.',
    standard: 'Shepway 13',
    messages: {
      noReturn: 'The auto-reply does not say when you are back: give the date, as in “I am back on Monday 9 March”.',
      noAlternative: 'The auto-reply does not say where to get help meanwhile: name a colleague or team with a phone number or email address.',
    },
    examples: {
      good: [
        'From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: Automatic reply: Council Tax refund\nAuto-Submitted: auto-replied\n\nThank you for your email. I am on annual leave until Monday 9 March. If your enquiry is urgent, please contact the Council Tax team on 01632 960 400 or counciltax@eastbrook.gov.uk.',
      ],
      bad: ['From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: Automatic reply: Council Tax refund\nAuto-Submitted: auto-replied\n\nI am currently out of the office with limited access to email. I will respond on my return.'],
    },
  },
  create(context) {
    const { document } = context;
    if (document.format !== 'eml' || !document.email) return;
    const end = ownTextEnd(context);
    // The absent officer's own signature is no alternative contact: read up to the sign-off.
    const replyEnd = context.parts.signoff?.start ?? context.parts.signature?.start ?? signatureParagraphStart(document.text.slice(0, end)) ?? end;
    const reply = document.text.slice(0, replyEnd);
    if (!isAutoReply(document, document.text.slice(0, end))) return;
    const away = AWAY_WORDING.exec(reply);
    const lineStart = away ? document.text.lastIndexOf('\n', away.index) + 1 : 0;
    const lineEndAt = document.text.indexOf('\n', away?.index ?? 0);
    const anchor = { start: away ? away.index : lineStart, end: away ? away.index + away[0].length : lineEndAt === -1 ? Math.min(replyEnd, document.text.length) : Math.min(lineEndAt, replyEnd) };
    if (!DATE.test(reply) && !/\b(?:tomorrow|next\s+week)\b/i.test(reply)) context.report({ messageId: 'noReturn', ...anchor });
    const contact = PHONE.test(reply) || EMAIL_ADDRESS.test(reply) || WEB.test(reply);
    if (!contact) context.report({ messageId: 'noAlternative', ...anchor });
  },
});
