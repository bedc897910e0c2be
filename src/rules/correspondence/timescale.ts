import { defineRule } from '../../engine/define-rule.js';
import { TIMESCALE_PHRASE, kindOf } from '../../kind/cues.js';
import { listMatches } from '../plain/prose.js';

/** A promise to come back to the reader. */
const PROMISE =
  /\b(?:we|I)(?:'ll|’ll|\s+will|\s+shall)\s+(?:then\s+|also\s+)?(?:contact you|be in touch|be in contact|let you know|get back to you|write to you(?:\s+again)?|call you|phone you|telephone you|reply to you|update you|send you (?:a|our) (?:full |final )?(?:reply|response|decision))\b/i;
/** "If we need anything else, we will contact you" promises nothing unless the condition comes true. */
const CONDITIONAL = /^\s*(?:if|should|where|when|unless)\b|\b(?:let you know|contact you|be in touch|get back to you|call you)\s+(?:if|whether|when|should)\b/i;

export default defineRule({
  meta: {
    id: 'correspondence/timescale',
    category: 'correspondence',
    severity: 'warning',
    fixable: false,
    description: 'A promise to follow up (“we will contact you”) gives a date or a timescale.',
    why: 'Shepway 11: correspondence is answered within the service’s timescale, and the customer is told when to expect a full reply. A promise with no date cannot be kept or checked.',
    standard: 'Shepway 11',
    messages: {
      noTimescale: '“{actual}” does not say when: add a date or a timescale, such as “by 14 March” or “within 10 working days”.',
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
      const next = sentences[index + 1];
      const nearby = next && next.block === sentence.block ? `${sentence.text} ${next.text}` : sentence.text;
      if (TIMESCALE_PHRASE.test(nearby)) return;
      if (vague.some((m) => m.start >= sentence.start && m.start < sentence.end)) return;
      const start = sentence.start + promise.index;
      context.report({ messageId: 'noTimescale', data: { actual: promise[0] }, start, end: start + promise[0].length });
    });
  },
});
