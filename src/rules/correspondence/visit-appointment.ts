import { defineRule } from '../../engine/define-rule.js';
import { DATE_PHRASE, TIME_PHRASE, anchorOf, bodyText, findPersonName, kindOf } from '../../kind/cues.js';

const PURPOSE =
  /\b(?:(?:to|will|can) (?:inspect|check|assess|repair|replace|fit|fix|discuss|carry out|look at|look into|find out|talk (?:to|with|about)|review|measure|complete|install|service|survey|see|meet|read|test|confirm|help)|purpose|so that (?:we|I|he|she|they)|in order to|for (?:a|an|your|the) (?:annual |yearly )?(?:inspection|assessment|review|gas safety check|safety check|survey|interview|meeting|repair))\b/i;
const BADGE = /\b(?:identity|ID|identification|council) (?:badge|card)\b|\bbadge\b/i;
const PASSWORD = /\bpassword\b|\bpass ?word\b/i;
const REARRANGE =
  /\b(?:rearrange|re-arrange|reschedule|change (?:the|this|your) (?:appointment|date|time|visit)|(?:does|do|will) not suit|doesn['’]t suit|not convenient|cannot be (?:in|at home|there)|can['’]t be (?:in|at home|there)|another (?:time|day|date)|a different (?:time|day|date)|cancel)\b/i;

export default defineRule({
  meta: {
    id: 'correspondence/visit-appointment',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A letter arranging a home visit gives the date and time, the purpose, the officer’s name, the identity badge, the offer of a password, and how to rearrange.',
    why: 'Wirral §8: make appointments, wear an ID badge, agree a password if appropriate, and state the purpose of the visit. Shepway 20–24: show your identity badge before going into a customer’s home, offer a password, and try not to postpone: tell the customer how to change the time.',
    standard: 'Wirral §8, Shepway 20–24',
    messages: {
      noDateTime: 'This visit letter does not give both the date and the time of the visit: say, for example, “on Tuesday 8 April between 8am and 12 noon”.',
      noPurpose: 'This visit letter does not say why we are visiting: state the purpose, such as “to inspect the damp in your bathroom”.',
      noOfficer: 'This visit letter does not name the officer who will visit: give their name, such as “Tom Baker, our surveyor, will visit you”.',
      noBadge: 'This visit letter does not say the officer will show an identity badge: add “Tom will show you his council identity badge before he comes in”.',
      noPassword: 'This visit letter does not offer a password: add “If you would like us to use a password when we visit, please call us and we will agree one”.',
      noRearrange: 'This visit letter does not say how to rearrange: add “If this time does not suit you, please call 01632 960 245 and we will find another”.',
    },
    examples: {
      good: [
        'Dear Mr Hughes\n\nOur surveyor, Tom Baker, will visit you on Tuesday 8 April between 8am and 12 noon to inspect the damp in your bathroom.\n\nTom will show you his council identity badge before he comes in. If you would like us to use a password, please tell me and we will agree one.\n\nIf this time does not suit you, please call me on 01632 960 245.\n\nYours sincerely\n\nPriya Shah',
      ],
      bad: ['Dear Mr Hughes\n\nWe will visit you on Tuesday 8 April to inspect the damp in your bathroom.\n\nYours sincerely\n\nPriya Shah'],
    },
  },
  create(context) {
    if (kindOf(context) !== 'visit-appointment') return;
    const body = bodyText(context).text;
    const anchor = anchorOf(context);
    if (!DATE_PHRASE.test(body) || !TIME_PHRASE.test(body)) context.report({ messageId: 'noDateTime', ...anchor });
    if (!PURPOSE.test(`${context.parts.subject?.text ?? ''}\n${body}`)) context.report({ messageId: 'noPurpose', ...anchor });
    // The customer's own name in the body is not the officer's.
    const customer = context.parts.salutation?.surname;
    const withoutCustomer = customer ? body.split(customer).join('') : body;
    if (!findPersonName(withoutCustomer)) context.report({ messageId: 'noOfficer', ...anchor });
    if (!BADGE.test(body)) context.report({ messageId: 'noBadge', ...anchor });
    if (!PASSWORD.test(body)) context.report({ messageId: 'noPassword', ...anchor });
    if (!REARRANGE.test(body)) context.report({ messageId: 'noRearrange', ...anchor });
  },
});
