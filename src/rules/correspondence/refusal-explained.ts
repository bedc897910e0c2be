import { defineRule } from '../../engine/define-rule.js';
import { anchorOf, bodyText, kindOf } from '../../kind/cues.js';

const REASON = /\b(?:because|the reason|this is due to|due to|owing to|as (?:you|your|the|we|it|this|there|our|they|he|she)\b|since (?:you|your|the|we|it|this|there)\b|does not meet|do not meet|did not meet|is not eligible|are not eligible|the rules (?:say|do not))/i;
const OPTIONS =
  /\b(?:appeal|review|reconsider|reconsideration|look at (?:it|this|your \w+) again|look again|apply again|reapply|re-apply|other help|other support|further help|help (?:you )?(?:can|may) get|you (?:can|could|may) (?:also )?(?:ask|apply|contact|get|try|speak)|Citizens Advice|advice|ombudsman|tribunal)\b/i;

export default defineRule({
  meta: {
    id: 'correspondence/refusal-explained',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A refusal gives the reason, and the options the customer has (appeal, review, other help).',
    why: 'Shepway 8: where possible offer choices, and in all cases give information about what is available; if a service is not available, an explanation must be given.',
    standard: 'Shepway 8',
    messages: {
      noReason: 'This letter says no without saying why: give the reason, such as “because your income is above the limit of £16,000”.',
      noOptions: 'This refusal does not tell the reader what they can do next: say how to ask for a review or appeal, or where else to get help.',
    },
    examples: {
      good: [
        'Dear Ms Clarke\n\nWe are unable to award you a Discretionary Housing Payment because your rent is already fully covered by Housing Benefit.\n\nIf you think we are wrong, you can ask us to review this decision within one month.\n\nYours sincerely\n\nJames Okafor',
      ],
      bad: ['Dear Ms Clarke\n\nWe are unable to award you a Discretionary Housing Payment.\n\nYours sincerely\n\nJames Okafor'],
    },
  },
  create(context) {
    if (kindOf(context) !== 'refusal') return;
    const body = bodyText(context).text;
    const anchor = anchorOf(context);
    if (!REASON.test(body)) context.report({ messageId: 'noReason', ...anchor });
    if (!OPTIONS.test(body)) context.report({ messageId: 'noOptions', ...anchor });
  },
});
