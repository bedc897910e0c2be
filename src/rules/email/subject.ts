import { defineRule } from '../../engine/define-rule.js';
import { isAutoReply, ownTextEnd } from './shared.js';

/** Subjects that tell the reader nothing about what the email is for. */
const VAGUE = new Set([
  'query', 'enquiry', 'inquiry', 'update', 'hello', 'hi', 'question', 'request', 'information', 'info', 'help',
  'urgent', 'important', 'no subject', '(no subject)', 'email', 'message', 'follow up', 'follow-up', 'fyi',
  'your query', 'your enquiry', 'your email', 'response', 'reply', 'test', 'document', 'documents', 'attachment', 'letter',
]);

export default defineRule({
  meta: {
    id: 'email/subject',
    category: 'email',
    severity: 'warning',
    fixable: false,
    description: 'An email has a subject line that says what it is about.',
    why: 'Shepway 13: emails follow the same standards as letters, and the subject is their heading; "Query" or a bare "RE:" cannot be found again or acted on.',
    standard: 'Shepway 13',
    messages: {
      missing: 'The email has no subject: say what it is about, as in “Council Tax account 4417 – refund of £86.20”.',
      empty: 'The subject “{subject}” says nothing after the prefix: add what the email is about.',
      vague: 'The subject “{subject}” is too vague: say what the email is about, as in “Missed bin collection at 12 Mill Lane”.',
    },
    examples: {
      good: ['From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: Missed bin collection at 12 Mill Lane\n\nDear Mrs Patel\n\nWe will collect your bin on Thursday 5 March.'],
      bad: [
        'From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: Query\n\nDear Mrs Patel\n\nWe will collect your bin on Thursday 5 March.',
        'From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: RE:\n\nDear Mrs Patel\n\nWe will collect your bin on Thursday 5 March.',
      ],
    },
  },
  create(context) {
    const email = context.document.email;
    if (context.document.format !== 'eml' || !email) return;
    if (isAutoReply(context.document, context.document.text.slice(0, ownTextEnd(context)))) return;
    const subject = (email.subject ?? '').trim();
    if (!subject) {
      context.report({ messageId: 'missing', start: 0, end: 0 });
      return;
    }
    const rest = subject.replace(/^(?:(?:re|fw|fwd|aw|tr)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
    if (!rest) context.report({ messageId: 'empty', data: { subject }, start: 0, end: 0 });
    else if (VAGUE.has(rest.toLowerCase().replace(/[.!?]+$/, ''))) context.report({ messageId: 'vague', data: { subject }, start: 0, end: 0 });
  },
});
