import { defineRule } from '../../engine/define-rule.js';
import { CALENDAR_DATE, CONTACT_DETAIL, MONTH_NAME, anchorOf, bodyText, kindOf, ownText } from '../../kind/cues.js';

const WHAT = /\b(?:chang(?:e|es|ing)|will no longer|new (?:\w+ )?(?:day|service|charge|fee|arrangement|system|bin|address|hours|office)|replac(?:e|es|ing)|mov(?:e|es|ing) to|introduc(?:e|es|ing)|clos(?:e|es|ing)|end(?:s|ing)?)\b/i;
const WHY =
  /\b(?:because|due to|owing to|the reason|this is (?:to|because|so)|so that|as part of|following|in response to|to (?:help|reduce|save|improve|make|cut|meet|keep|increase|recycle|cover)|this (?:will|means we can) (?:help|reduce|save|improve|make))\b/i;
const ACTION =
  /\b(?:you (?:do not|don['’]t) (?:need|have) to do anything|nothing (?:for you )?to do|you (?:will )?(?:need|have) to|what you need to do|please (?:put|make|return|complete|register|apply|check|call|contact|tell|keep|use|leave|bring|sign|set up|renew|update|read)|you (?:should|must|can|may) (?:now )?(?:put|make|return|complete|register|apply|check|keep|use|leave|bring|sign|set up|renew|update|continue))\b/i;
/** When a change happens: a calendar date or a named period, not a weekday ("collected on Thursday" says which day, not from when). */
const WHEN = new RegExp(`${CALENDAR_DATE.source}|\\b(?:from|in|by|next|this|end of)\\s+(?:today|tomorrow|next\\s+)?(?:week|month|year|spring|summer|autumn|winter|${MONTH_NAME})\\b|\\bfrom\\s+(?:today|tomorrow|now on)\\b|\\b(?:19|20)\\d{2}\\b`, 'i');
const ASK = /\b(?:contact|call|ring|phone|email|e-mail|ask|questions?|visit|www\.|website)\b/i;

export default defineRule({
  meta: {
    id: 'correspondence/change-notice',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A letter announcing a change to a service says what changes, when, why, what the customer needs to do, and whom to ask.',
    why: 'Wirral §10: when implementing change, consider who will be affected, anticipate enquiries, and clearly identify the changes and explain their effects.',
    standard: 'Wirral §10',
    messages: {
      noWhat: 'This change notice does not say what is changing: state the change plainly, such as “your bin collection day is changing from Tuesday to Thursday”.',
      noWhen: 'This change notice does not say when the change happens: give the date, such as “from Monday 6 April 2026”.',
      noWhy: 'This change notice does not say why the service is changing: give the reason, such as “because we have new collection rounds”.',
      noAction: 'This change notice does not say what the customer needs to do: say so, even if it is “You do not need to do anything”.',
      noContact: 'This change notice does not say whom to ask: give a phone number, email address or website for questions.',
    },
    examples: {
      good: [
        'Dear Resident\n\nYour bin collection day is changing from Tuesday to Thursday from 6 April 2026, because we have redesigned our collection rounds to cut fuel use.\n\nPlease put your bins out by 7am on Thursdays from then on.\n\nIf you have any questions, call us on 01632 960 300.\n\nYours faithfully\n\nWaste Services',
      ],
      bad: ['Dear Resident\n\nWe are changing your bin collection day to Thursday.\n\nYours faithfully\n\nWaste Services'],
    },
  },
  create(context) {
    if (kindOf(context) !== 'change-notice') return;
    const body = bodyText(context).text;
    const subject = context.parts.subject?.text ?? context.document.email?.subject ?? '';
    const anchor = anchorOf(context);
    if (!WHAT.test(`${subject}\n${body}`)) context.report({ messageId: 'noWhat', ...anchor });
    if (!WHEN.test(body)) context.report({ messageId: 'noWhen', ...anchor });
    if (!WHY.test(body)) context.report({ messageId: 'noWhy', ...anchor });
    if (!ACTION.test(body)) context.report({ messageId: 'noAction', ...anchor });
    const own = ownText(context).text;
    if (!(ASK.test(body) && CONTACT_DETAIL.test(own)) && !/www\.|\.gov\.uk/i.test(body)) context.report({ messageId: 'noContact', ...anchor });
  },
});
