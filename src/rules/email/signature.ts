import { defineRule } from '../../engine/define-rule.js';
import { parseName } from '../../segment/names.js';
import { isAutoReply, ownTextEnd } from './shared.js';

const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const JOB_TITLE =
  /\b(?:officer|manager|adviser|advisor|assistant|co-?ordinator|director|head\s+of|team\s+leader|lead|leader|clerk|inspector|surveyor|warden|planner|technician|administrator|specialist|consultant|supervisor|executive|agent|caseworker|worker|engineer|analyst|accountant|solicitor|lawyer|librarian|ranger|practitioner|controller|auditor|registrar|receptionist|chief|deputy|secretary|partner|assessor|collector|investigator|mediator|visitor|steward|liaison|navigator)\b/i;
const ORGANISATION = /\b(?:council|borough|authority|trust|ltd|limited|plc|nhs|association|partnership|agency|department\s+for|office\s+for)\b/i;

export default defineRule({
  meta: {
    id: 'email/signature',
    category: 'email',
    severity: 'warning',
    fixable: false,
    description: 'An officer’s email ends with a signature giving name, job title, organisation and a phone number.',
    why: 'Shepway 13: emails follow the letter standards, and a customer must know who wrote and how to ring them back.',
    standard: 'Shepway 13',
    messages: {
      missing: 'The email has no signature: end with your name, job title, organisation and a phone number.',
      incomplete: 'The signature lacks {missing}: give your name, job title, organisation and a phone number.',
    },
    examples: {
      good: ['From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: Your Council Tax refund\n\nDear Mrs Patel\n\nWe have refunded £86.20 to your account.\n\nKind regards\n\nSam Jones\nCouncil Tax Officer\nEastbrook District Council\nTel: 01632 960 418'],
      bad: ['From: sam.jones@eastbrook.gov.uk\nTo: a.patel@example.com\nSubject: Your Council Tax refund\n\nDear Mrs Patel\n\nWe have refunded £86.20 to your account.\n\nKind regards\n\nSam'],
    },
  },
  create(context) {
    const { document, parts } = context;
    if (document.format !== 'eml' || !document.email) return;
    const end = ownTextEnd(context);
    // A bare forward has nothing of the officer's to sign.
    if (!/\S/.test(document.text.slice(0, end)) || isAutoReply(document, document.text.slice(0, end))) return;
    const start = parts.signoff?.end ?? parts.signature?.start;
    if (start === undefined || start >= end) {
      const last = Math.max(0, document.text.lastIndexOf('\n', Math.max(0, end - 1)) + 1);
      context.report({ messageId: 'missing', start: Math.min(last, end), end });
      return;
    }
    const region = document.text.slice(start, end);
    const lines = region.split('\n').map((l) => l.trim()).filter(Boolean);
    const missing: string[] = [];
    const fromName = document.email.from?.name?.toLowerCase();
    const named = lines.some((l) => parseName(l.split(/[|,–]/)[0]!) !== undefined || (fromName !== undefined && l.toLowerCase().includes(fromName)));
    if (!named) missing.push('your name');
    // "Council Tax Officer" names a job, not the organisation; take the organisation from a line without the job title.
    if (!lines.some((l) => JOB_TITLE.test(l))) missing.push('a job title');
    if (!lines.some((l) => ORGANISATION.test(l.replace(/\S+@\S+|\bwww\.\S+|https?:\/\/\S+|\bcouncil\s+tax\b/gi, '')))) missing.push('the organisation');
    if (!PHONE.test(region)) missing.push('a phone number');
    if (missing.length === 0) return;
    const anchorStart = parts.signoff?.start ?? parts.signature!.start;
    const anchorEnd = parts.signoff?.end ?? parts.signature!.end;
    const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    context.report({ messageId: 'incomplete', data: { missing: list }, start: anchorStart, end: anchorEnd });
  },
});
