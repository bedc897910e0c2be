import { defineRule } from '../../engine/define-rule.js';
import { CONTACT_DETAIL, TIMESCALE_PHRASE, anchorOf, bodyText, findPersonName, kindOf, ownText } from '../../kind/cues.js';
import { overlongPromises } from './timescale.js';

const PROGRESS =
  /\b(?:so far|progress|we have (?:now |already )?(?:spoken|contacted|written|visited|inspected|checked|asked|received|reviewed|looked|started|begun|completed|made|gathered|obtained|passed|sent|requested)|I have (?:now |already )?(?:spoken|contacted|written|visited|inspected|checked|asked|received|reviewed|looked|started|begun|completed|made|gathered|obtained|passed|sent|requested)|we are (?:now |currently )?(?:investigating|looking into|reviewing|waiting for|gathering|checking))\b/i;
const DELAYED = /\b(?:delay|delayed|not yet|longer than|still (?:looking|investigating|waiting|working)|(?:sorry|apologise) (?:that|for)|holding|interim)\b/i;
const DELAY_REASON = /\b(?:because|due to|owing to|the reason|this is (?:because|due)|as (?:we|I) (?:are|am|need|have|must|still)|as (?:the|our|your) [a-z ]{1,30}(?:is|are|has|have)|while (?:we|I) (?:wait|are waiting))\b/i;

export default defineRule({
  meta: {
    id: 'correspondence/acknowledgement',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A holding reply states the progress made, why there is a delay, who is dealing with it (name and contact details), and a new timescale; a first acknowledgement, the contact and the timescale, no later than the organisation’s (`timescales` in the config) unless it explains the delay.',
    why: 'Shepway 11: if a full response is not available, send an acknowledgement outlining any progress made, why there is a delay, the name and contact details of who is dealing with the query, and a new timescale for a full reply.',
    standard: 'Shepway 11',
    messages: {
      noProgress: 'This holding reply does not say what has been done so far: add the progress made, such as “We have spoken to the contractor”.',
      noReason: 'This holding reply does not say why the full reply is delayed: add the reason, such as “because we are waiting for the surveyor’s report”.',
      noContact: 'This holding reply does not name who is dealing with the query with a phone number or email address: add them, such as “Priya Shah, 01632 960 245”.',
      noTimescale: 'This holding reply does not give a new timescale: say when the full reply will come, such as “by 14 March” or “within 10 working days”.',
      tooLong: 'The full reply “{actual}” is later than our timescale for {what}, which is {limit} working days: promise it sooner, or say why it will take longer.',
    },
    examples: {
      good: [
        'Dear Mr Hughes\n\nYour enquiry about your rent account\n\nI am sorry that we have not yet been able to give you a full reply. We have checked your payments for last year, but we are waiting for your bank to confirm two transfers because they do not show on our system. I will send you a full reply by 14 March.\n\nIf you have any questions, please contact me, Priya Shah, on 01632 960 245.\n\nYours sincerely\n\nPriya Shah',
      ],
      bad: ['Dear Mr Hughes\n\nI am sorry that we have not yet been able to give you a full reply to your letter.\n\nYours sincerely\n\nRevenues Team'],
    },
  },
  create(context) {
    if (kindOf(context) !== 'acknowledgement') return;
    const body = bodyText(context).text;
    const own = ownText(context).text;
    const anchor = anchorOf(context);
    // A first acknowledgement sent in time has no delay to explain; one that admits a delay owes the progress and the reason.
    const delayed = DELAYED.test(body);
    if (delayed && !PROGRESS.test(body)) context.report({ messageId: 'noProgress', ...anchor });
    if (delayed && !DELAY_REASON.test(body)) context.report({ messageId: 'noReason', ...anchor });
    const named = Boolean(context.parts.signature?.name) || Boolean(findPersonName(body)) || Boolean(context.parts.references?.some((r) => /ask for|contact|officer|dealt/i.test(r.label) && r.value.trim()));
    if (!named || !CONTACT_DETAIL.test(own)) context.report({ messageId: 'noContact', ...anchor });
    if (!TIMESCALE_PHRASE.test(body)) context.report({ messageId: 'noTimescale', ...anchor });
    // A full reply later than the service's timescale is fine once the letter says why (Shepway 11's "new timescale").
    if (delayed && DELAY_REASON.test(body)) return;
    for (const promise of overlongPromises(context)) {
      context.report({ messageId: 'tooLong', data: { actual: promise.actual, what: promise.timescale.what, limit: promise.timescale.days }, start: promise.start, end: promise.end });
    }
  },
});
