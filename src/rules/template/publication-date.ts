import { defineRule } from '../../engine/define-rule.js';
import { kindOf } from '../../kind/cues.js';
import { findMergeFields } from '../../template/fields.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEASON = '(?:spring|summer|autumn|winter)';
const YEAR = '(?:19|20)\\d{2}';

/** A month and year, in the ways leaflets print them: "March 2026", "12 May 2026", "03/2026", "12/05/2026", "2026-05", "Spring 2026". */
const MONTH_AND_YEAR = [
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH},?\\s+${YEAR}`,
  `${SEASON}\\s+${YEAR}`,
  `(?:\\d{1,2}[/.-])?\\d{1,2}[/.-](?:${YEAR}|\\d{2})`,
  `${YEAR}-\\d{2}(?:-\\d{2})?`,
].join('|');

/**
 * What introduces a publication or review date: "Published", "Date of
 * publication", "Last updated", "Review date", "Issue 3", "Version 2.1",
 * "Produced", "Printed", "Revised", "Reviewed".
 */
const LABEL =
  '(?:(?:first\\s+)?(?:published|produced|printed|issued)(?:\\s+by\\s+[^\\n,.;:]{1,80})?|publication(?:\\s+date)?|date\\s+of\\s+(?:publication|issue|review)|(?:last\\s+|date\\s+)?(?:updated|revised|reviewed|amended)|(?:next\\s+)?review(?:\\s+date)?|(?:date\\s+)?(?:produced|printed|issued)|issue(?:\\s+(?:no\\.?\\s*)?\\d+)?|edition|version\\s*\\d+(?:\\.\\d+)*|v\\d+(?:\\.\\d+)*)';

/**
 * Where a label may stand: at the start of the line or of a clause set off
 * by a full stop, bar, bullet or dash ("Leaflet GW1 | Published March 2026").
 * Not inside a sentence: "Our calendar was updated on 3 March 2026" dates the
 * calendar, not the leaflet.
 */
const LABEL_START = '(?:^|[.;|•·]\\s+|\\s[–—-]\\s+)';
/** The label, then (after punctuation or a few words) the month and year. */
const DATED_AFTER = `${LABEL}\\b[\\s:,–—-]*(?:(?:on|in|date|dated)\\s+)?(?:${MONTH_AND_YEAR})\\b`;
const DATED = new RegExp(`${LABEL_START}${DATED_AFTER}`, 'i');
/** In a short line that is not a sentence ("Leaflet HS12 v4 04/2026") the label may stand anywhere. */
const DATED_ANYWHERE = new RegExp(`\\b${DATED_AFTER}`, 'i');
/**
 * A short edition line ending with a season and year ("Spring 2026",
 * "Council News – Spring 2026"), or with a month and year after a title
 * ("Eastbrook Council News – March 2026"). Not a month alone ("April 2026"
 * heads a page of a bin calendar) nor a day ("Saturday 14 March 2026" is an event).
 */
const EDITION_LINE = new RegExp(`^(?:(?:[^.!?\\n]{0,60}?[\\s:,–—-])?${SEASON}|[^.!?\\n]{1,60}?\\s[:,–—-]\\s*${MONTH}),?\\s+${YEAR}$`, 'i');
const MAX_SHORT_LINE_WORDS = 10;
/** "March 2026 edition". */
const DATED_EDITION = new RegExp(`\\b(?:${MONTH_AND_YEAR})\\s+(?:edition|issue|version|update)\\b`, 'i');
/** The label with only a year ("Published 2026", "© Eastbrook District Council 2026" is not a publication date). */
const YEAR_ONLY = new RegExp(`${LABEL_START}${LABEL}\\b[\\s:,–—-]*(?:(?:on|in)\\s+)?${YEAR}\\b`, 'i');
/** A label followed by a merge field, in a leaflet template: "Published «PublicationDate»". */
const LABEL_THEN_FIELD = new RegExp(`\\b${LABEL}\\b[\\s:,–—-]*$`, 'i');

/** Whether a line carries a publication or review date with at least a month and year. */
export function hasPublicationDate(line: string): boolean {
  if (DATED.test(line) || DATED_EDITION.test(line)) return true;
  const trimmed = line.trim();
  // A sentence ("Our calendar was updated on 3 March 2026.") dates something else.
  const shortLine = trimmed.split(/\s+/).length <= MAX_SHORT_LINE_WORDS && !/[.!?]$/.test(trimmed);
  return shortLine && (DATED_ANYWHERE.test(trimmed) || EDITION_LINE.test(trimmed));
}

const BAD = [
  'Garden waste collections',
  '',
  'What we collect',
  'Grass cuttings, leaves, hedge trimmings and small branches.',
  '',
  'How to join',
  'Sign up at www.eastbrook.gov.uk/gardenwaste or call 01632 960 300.',
].join('\n');

const GOOD = `${BAD}\n\nPublished by Eastbrook District Council, March 2026. Next review: March 2027.`;

/**
 * template/publication-date: a leaflet says when it was published or last
 * reviewed, with a month and year, so a reader (and reception staff) can tell
 * whether it is still current. Only leaflets; reported once.
 */
export default defineRule({
  meta: {
    id: 'template/publication-date',
    category: 'template',
    severity: 'warning',
    fixable: false,
    description: 'A leaflet carries its publication or review date, with a month and year (“Published March 2026”).',
    why: 'Shepway 10 lists “a publication date showing when leaflets are produced” among the service standards to publish, and Shepway 27 asks for up-to-date leaflets in reception: a reader can only tell a leaflet is current if it is dated.',
    standard: 'Shepway 10',
    messages: {
      missing: 'This leaflet has no publication date: add one with the month and year, such as “Published March 2026”, so readers can tell it is up to date.',
      yearOnly: '“{actual}” gives only the year: add the month, such as “Published March 2026”.',
    },
    examples: { good: [GOOD], bad: [BAD] },
  },
  create(context) {
    if (kindOf(context) !== 'leaflet') return;
    const text = context.document.text;
    const lines = text.split('\n');
    let offset = 0;
    let yearOnly: { start: number; end: number; actual: string } | undefined;
    let first: { start: number; end: number } | undefined;
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed) {
        const start = offset + line.indexOf(trimmed);
        first ??= { start, end: start + trimmed.length };
        if (hasPublicationDate(trimmed)) return;
        // In a template the date is a merge field: "Published «PublicationDate»".
        if (context.templateMode) {
          for (const field of findMergeFields(trimmed)) {
            if (/date|month|published|review/i.test(field.name) && LABEL_THEN_FIELD.test(trimmed.slice(0, field.start))) return;
          }
        }
        const year = YEAR_ONLY.exec(trimmed);
        if (year && !yearOnly) yearOnly = { start: start + year.index, end: start + year.index + year[0].length, actual: year[0] };
      }
      offset += line.length + 1;
    }
    if (!first) return;
    if (yearOnly) context.report({ messageId: 'yearOnly', data: { actual: yearOnly.actual }, start: yearOnly.start, end: yearOnly.end });
    else context.report({ messageId: 'missing', start: first.start, end: first.end });
  },
});
