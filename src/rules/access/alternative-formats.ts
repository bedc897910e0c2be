import { defineRule } from '../../engine/define-rule.js';
import { bodySentences } from '../plain/prose.js';

/**
 * Any one of these is an offer (Shepway 37–38): a format, a language, an
 * interpreter, or a way to reach us for people who are deaf or hard of hearing.
 */
const OFFER =
  /\b(?:large[\s-]print|braille|audio(?:\s+(?:tape|cd|format|version|recording))?|easy[\s-]read|(?:other|another|different|your (?:own|first)|community)\s+languages?|in\s+(?:your|another)\s+language|translat(?:ion|ed|e)|interpret(?:er|ers|ing)|sign\s+language|bsl|textphone|minicom|relay\s+uk|next\s+generation\s+text|typetalk|(?:alternative|accessible|other|different)\s+formats?|another\s+format)\b/i;

/** A letter of more than a few sentences; shorter notes and emails answer in kind. */
const MIN_BODY_SENTENCES = 4;

export default defineRule({
  meta: {
    id: 'access/alternative-formats',
    category: 'access',
    // Info, and opt-in: many of the council's letters and templates put this line in a footer added at print,
    // so an organisation turns it on in its config (`access/alternative-formats: warning`) when its letters carry it.
    severity: 'info',
    fixable: false,
    description: 'A letter offers large print, Braille, audio, other languages or an interpreter.',
    why:
      'Shepway 37–38 ask us to make information accessible to everyone, and Wirral’s "Cultural Awareness" to meet the needs of customers ' +
      'whose first language is not English. A reader who cannot read the letter cannot ask for it in another form unless we say so.',
    standard: 'Shepway 37–38, Wirral Cultural Awareness',
    messages: {
      missing:
        'This letter does not say it is available in other formats: add a line such as “We can send this letter in large print, Braille, audio or another language, and arrange an interpreter, including British Sign Language. Call us on …”.',
    },
    examples: {
      good: [
        'Dear Mr Ahmed\n\nWe have received your application for a parking permit. We will decide within 10 working days. We will write to you with our decision. If you have any questions, please call me.\n\nWe can send this letter in large print, Braille, audio or another language.\n\nYours sincerely',
      ],
      bad: [
        'Dear Mr Ahmed\n\nWe have received your application for a parking permit. We will decide within 10 working days. We will write to you with our decision. If you have any questions, please call me.\n\nYours sincerely',
      ],
    },
  },
  create(context) {
    const { document, parts } = context;
    const kind = context.kind?.kind;
    if (document.format === 'eml' || kind === 'email' || kind === 'out-of-office' || kind === 'leaflet') return;
    if (!parts.salutation || !parts.signoff) return;
    if (bodySentences(context).length < MIN_BODY_SENTENCES) return;
    // The offer may sit anywhere, footer included; quoted earlier messages do not count.
    const end = parts.quoted ? parts.quoted.start : document.text.length;
    if (OFFER.test(document.text.slice(0, end))) return;
    const signoff = parts.signoff;
    const lineEnd = document.text.indexOf('\n', signoff.start);
    context.report({ messageId: 'missing', start: signoff.start, end: lineEnd === -1 ? signoff.end : Math.min(lineEnd, signoff.end) });
  },
});
