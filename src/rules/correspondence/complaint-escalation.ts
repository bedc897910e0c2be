import { defineRule } from '../../engine/define-rule.js';
import { anchorOf, bodyText, kindOf } from '../../kind/cues.js';

const ESCALATION =
  /\b(?:stage (?:2|two|3|three)|next stage|ombudsman|independent review|ask (?:for|us for) (?:a |an )?review|(?:your complaint|it|this|the matter|the decision) (?:to be )?(?:reviewed|looked at again)|review (?:of )?your complaint|take (?:this|it|your complaint|the matter|things) further|escalate)\b/i;

export default defineRule({
  meta: {
    id: 'correspondence/complaint-escalation',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A complaint response says how to take the complaint further: the next stage, or the Ombudsman.',
    why: 'Shepway 30–33: complaints are dealt with openly and fairly, and people who remain unhappy keep their right to go further. A reply that does not say how leaves them stuck.',
    standard: 'Shepway 30–33',
    messages: {
      noEscalation: 'This complaint response does not say how to take it further: say how to ask for a stage 2 review, and that the Local Government and Social Care Ombudsman (or the Housing Ombudsman) can look at it after that.',
    },
    examples: {
      good: [
        'Dear Mrs Patel\n\nThank you for your complaint about your missed bin collections. I have looked into it and I uphold your complaint.\n\nIf you are not happy with this reply, you can ask for a stage 2 review by writing to complaints@eastbrook.gov.uk within 20 working days.\n\nYours sincerely\n\nSam Green',
      ],
      bad: ['Dear Mrs Patel\n\nThank you for your complaint about your missed bin collections. I have looked into it and I uphold your complaint.\n\nYours sincerely\n\nSam Green'],
    },
  },
  create(context) {
    if (kindOf(context) !== 'complaint-response') return;
    if (!ESCALATION.test(bodyText(context).text)) context.report({ messageId: 'noEscalation', ...anchorOf(context) });
  },
});
