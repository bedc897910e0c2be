import { defineRule } from '../../engine/define-rule.js';
import { isInProse, proseSegments, proseSentences } from './prose.js';

const BE = /^(?:am|is|are|was|were|be|been|being)$/i;

/**
 * plain/passive: retext-passive (irregular participles: "was sent") and our
 * own detector in src/analyse/passive.ts (regular ones: "was rejected"),
 * reported once per phrase and always from the form of "be", so the
 * excerpt reads "will be sent", not "sent".
 */
export default defineRule({
  meta: {
    id: 'plain/passive',
    category: 'plain',
    severity: 'info',
    description: 'Passive voice: say who does what.',
    why: 'Shepway 15: be direct, for example say "I/We will do it" and not "it will be done by us/me". The active voice tells the reader who is responsible.',
    standard: 'Shepway 15',
    fixable: false,
    messages: {
      passive: '“{actual}” is passive: say who does it, such as “we will review your claim” rather than “your claim will be reviewed”.',
      byAgent: '“{actual}” is passive: start with who does it (“{agent} …”), as in “we will do it” rather than “it will be done by us”.',
    },
    examples: {
      good: ['We will review your claim and write to you by 14 March.', 'I am pleased to tell you that you are entitled to a single person discount.'],
      bad: ['Your claim will be reviewed and a decision will be sent to you.'],
    },
  },
  create(context) {
    const text = context.document.text;
    const segments = proseSegments(context);
    const sentences = proseSentences(context);
    const spans: Array<{ start: number; end: number }> = [];
    for (const message of context.analysis.messages) {
      if (message.source !== 'retext-passive' && !(message.source === 'cc-check' && message.ruleId === 'passive')) continue;
      if (!isInProse(segments, message.start, message.end)) continue;
      let start = message.start;
      if (message.source === 'retext-passive') {
        // Widen to the word of "be" just before the participle.
        const sentence = sentences.find((s) => start >= s.start && message.end <= s.end);
        const index = sentence?.words.findIndex((w) => w.start === start) ?? -1;
        const before = index > 0 ? sentence!.words[index - 1] : undefined;
        if (before && BE.test(before.text)) start = before.start;
      }
      if (spans.some((s) => start < s.end && message.end > s.start)) continue;
      spans.push({ start, end: message.end });
    }
    spans.sort((a, b) => a.start - b.start);
    for (const { start, end } of spans) {
      const actual = text.slice(start, end).replace(/\s+/g, ' ');
      const agent = /^\s+by\s+(us|me|the council|the panel|the committee|our \p{Ll}+)\b/iu.exec(text.slice(end, end + 40))?.[1];
      if (agent) {
        const subject = agent.toLowerCase() === 'us' ? 'we' : agent.toLowerCase() === 'me' ? 'I' : agent;
        context.report({ messageId: 'byAgent', data: { actual: `${actual} by ${agent}`, agent: subject }, start, end: end + text.slice(end).indexOf(agent) + agent.length });
      } else {
        context.report({ messageId: 'passive', data: { actual }, start, end });
      }
    }
  },
});
