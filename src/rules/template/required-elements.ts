import { defineRule } from '../../engine/define-rule.js';
import { kindOf } from '../../kind/cues.js';
import { isDateLine, labelledCells, matchReference } from '../../segment/patterns.js';
import { findMergeFields } from '../../template/fields.js';
import type { DocumentPart, RuleContext, SegmentType, TemplateElement } from '../../types.js';
import { TEMPLATE_ELEMENTS } from '../../template/elements.js';
import { escapeRegExp as escape } from '../../util/escape-regexp.js';

/** Kinds that are not letters, so have no letter template to follow. */
const NOT_LETTERS = new Set(['email', 'out-of-office', 'leaflet']);

export { TEMPLATE_ELEMENTS };

/** One non-blank line of the document and the letter part it is in. */
interface Line {
  start: number;
  end: number;
  text: string;
  region: SegmentType | undefined;
  part: DocumentPart;
}

/** Where a line sits, in words for a message ("the signature", "the page footer"). */
function placeOf(line: Line): string {
  if (line.part === 'header') return 'the page header';
  if (line.part === 'footer') return 'the page footer';
  switch (line.region) {
    case 'letterhead':
      return 'the letterhead';
    case 'addressee':
      return 'the address block';
    case 'date':
      return 'the date line';
    case 'references':
      return 'the references';
    case 'salutation':
      return 'the salutation';
    case 'subject':
      return 'the subject line';
    case 'signoff':
      return 'the sign-off';
    case 'signature':
      return 'the signature';
    case 'footer':
      return 'the footer';
    default:
      return 'the body of the letter';
  }
}

function linesOf(context: RuleContext): Line[] {
  const { document, parts } = context;
  // Specific parts first, so a line inside the one body span keeps its own role.
  const segments = [...parts.segments].sort((a, b) => Number(a.type === 'body') - Number(b.type === 'body'));
  const blocks = document.blocks;
  const lines: Line[] = [];
  let offset = 0;
  let b = 0;
  for (const raw of document.text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed) {
      const lineStart = offset + raw.indexOf(trimmed);
      // Lines and blocks both run in text order, so one pass finds each line's block.
      while (b < blocks.length && blocks[b]!.end <= lineStart) b++;
      const block = blocks[b] && blocks[b]!.start <= lineStart ? blocks[b] : undefined;
      // "Our ref: CT/118⇥Date: 14 March 2026": each pair of a tabbed heading line is judged apart, as the segmenter splits them.
      for (const cell of labelledCells(trimmed) ?? [{ start: 0, end: trimmed.length }]) {
        const start = lineStart + cell.start;
        const segment = segments.find((s) => start >= s.start && start < s.end);
        lines.push({ start, end: lineStart + cell.end, text: trimmed.slice(cell.start, cell.end), region: segment?.type, part: block?.part ?? 'body' });
      }
    }
    offset += raw.length + 1;
  }
  return lines;
}

/** The parts of the letter above the salutation that carry the sender's details (not the addressee). */
const HEADING: ReadonlySet<SegmentType> = new Set(['letterhead', 'date', 'references']);
/** Where contact details belong: the heading, the signature or the footer. */
const CONTACT_PLACES: ReadonlySet<SegmentType> = new Set(['letterhead', 'date', 'references', 'signature', 'footer']);


/** "Eastbrook District Council", "Folkestone and Hythe District Council"; not "Your Council Tax" or "the Council". */
const COUNCIL_NAME = /\b(?!(?:Your|Our|The|This|Dear|Please|If)\b)[A-Z][\w'’-]*(?:\s+(?:and|of|upon|on|the|[A-Z][\w'’-]*))*\s+Council\b(?!\s+Tax)/;

/** A UK phone number: 0 or +44 and 10 or 11 digits in all, spaced as people write them. */
const PHONE_CANDIDATE = /(?:\+44\s?(?:\(0\)\s?)?|(?<![\d/])\(?0)\d[\d\s()-]{7,14}\d(?![\d/])/g;
function hasPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, '');
    const national = match[0].startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
    if (national.length === 10 || national.length === 11) return true;
  }
  return false;
}

const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** "Please ask for: Sam Jones", "Contact: Sam Jones", "Direct line 01632 960 123"; not a sentence such as "Contact us on …". */
const CONTACT_LABEL = /^(?:(?:please\s+)?ask\s+for|dealt\s+with\s+by|enquiries\s+to|direct\s+(?:line|dial))\b\s*[:\t–-]?\s*\S|^(?:contact(?:\s+officer|\s+name)?|(?:case\s*)?officer|case\s*worker)\s*[:\t]\s*\S/i;
/** The label alone, its value in the next table cell (a .docx references table): "Contact:" | "Sam Jones". */
const BARE_CONTACT_LABEL = /^(?:(?:please\s+)?ask\s+for|dealt\s+with\s+by|enquiries\s+to|direct\s+(?:line|dial)|contact(?:\s+officer|\s+name)?|(?:case\s*)?officer|case\s*worker)\s*:$/i;
const OUR_REFERENCE_LABEL = /^(?:our\s+)?ref(?:erence)?\.?(?:\s+(?:no\.?|number))?$/i;
const OUR_REFERENCE_ANYWHERE = /\bour\s+ref(?:erence)?\b/i;
const FOOTER_CONTENT = /www\.|https?:\/\/|\.gov\.uk|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|@|\b(?:council|registered|offices?|hall|centre)\b/i;

/**
 * In a template the label says what a field stands for, whatever the field's
 * name: "Direct line: «DDI»", "Email: «OfficerMail»". (Our ref and the
 * contact officer are judged by their labels already.)
 */
const PHONE_FIELD_LABEL = /^(?:tel(?:ephone)?|phone|direct\s+(?:line|dial)|ddi|mobile|mob|contact\s+(?:number|no|tel(?:ephone)?))\b[^:\t]{0,12}(?::|\t|\s[–-])/i;
const EMAIL_FIELD_LABEL = /^e-?mail\b[^:\t]{0,12}(?::|\t|\s[–-])/i;

/** Merge-field names that stand for each element in a template ("«OurRef»", "{{officer_phone}}"). */
const FIELD_NAMES: Record<TemplateElement, RegExp> = {
  'organisation-name': /organi[sz]ation|council|company|org_?name/i,
  date: /date|today/i,
  'our-reference': /^(?:our_?)?ref(?:erence)?/i,
  'contact-officer': /officer|contact|ask_?for|case_?worker|dealt/i,
  phone: /phone|tel|direct_?(?:line|dial)|mobile|ddi|contact_?(?:number|no)/i,
  email: /e-?mail/i,
  subject: /subject|heading|title/i,
  'signature-job-title': /job_?title|position|role/i,
  footer: /footer/i,
};

interface ElementSpec {
  /** How the message names the element. */
  element: string;
  /** Where it belongs, as the message says it. */
  where: string;
  advice: string;
}

function specOf(element: TemplateElement, organisation: string | undefined): ElementSpec {
  switch (element) {
    case 'organisation-name':
      return {
        element: organisation ? `organisation name (“${organisation}”)` : 'organisation name',
        where: 'in the letterhead or page header',
        advice: 'put it at the top of the letter, as the corporate template does.',
      };
    case 'date':
      return { element: 'date', where: 'above the salutation', advice: 'put the date the letter is sent, such as “14 March 2026”, above “Dear …”.' };
    case 'our-reference':
      return { element: 'reference (“Our ref: …”)', where: 'in the letter heading', advice: 'put “Our ref:” and the reference with the other references above the salutation, so the reader can quote it.' };
    case 'contact-officer':
      return { element: 'contact officer (“Please ask for: …”)', where: 'in the letter heading', advice: 'name the officer dealing with the letter, such as “Please ask for: Sam Jones”, with the references.' };
    case 'phone':
      return { element: 'phone number', where: 'in the letter heading or the signature', advice: 'give a number to call, such as “Direct line: 01632 960 123”, with the references or under the signature.' };
    case 'email':
      return { element: 'email address', where: 'in the letter heading or the signature', advice: 'give an address to write to, such as “Email: council.tax@eastbrook.gov.uk”, with the references or under the signature.' };
    case 'subject':
      return { element: 'subject line', where: 'after the salutation', advice: 'add a short heading after “Dear …” that says what the letter is about.' };
    case 'signature-job-title':
      return { element: 'signature with a job title', where: 'under the sign-off', advice: 'put the name and, on the line below, the job title of the person signing under “Yours sincerely”.' };
    case 'footer':
      return { element: 'footer', where: 'at the end of the letter', advice: 'end the letter with the council’s address, phone number and website, or use the corporate template’s page footer.' };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function requiredElements(context: RuleContext): TemplateElement[] {
  const required = context.profile.template?.required ?? [];
  if (!Array.isArray(required)) throw new Error('template: "required" must be a list of letter elements');
  for (const element of required) {
    if (!TEMPLATE_ELEMENTS.includes(element)) {
      throw new Error(`template: "required" lists "${String(element)}", which is not one of ${TEMPLATE_ELEMENTS.join(', ')}`);
    }
  }
  return [...new Set(required)];
}

const GOOD = [
  'Eastbrook District Council',
  'Council Offices, Station Road, Eastbrook EB1 4XY',
  '',
  'Mrs A Patel',
  '12 Orchard Close',
  'Eastbrook',
  'EB3 7QT',
  '',
  'Our ref: CT/2026/0118',
  'Please ask for: Sam Jones',
  'Direct line: 01632 960 123',
  'Email: council.tax@eastbrook.gov.uk',
  '',
  '14 March 2026',
  '',
  'Dear Mrs Patel',
  '',
  'Your Council Tax bill',
  '',
  'Thank you for your letter of 3 March. We have checked your bill and it is right.',
  '',
  'Yours sincerely',
  '',
  'Sam Jones',
  'Council Tax Officer',
  '',
  'Eastbrook District Council, Council Offices, Station Road, Eastbrook EB1 4XY · www.eastbrook.gov.uk',
].join('\n');

const BAD = [
  'Mrs A Patel',
  '12 Orchard Close',
  'Eastbrook',
  'EB3 7QT',
  '',
  '14 March 2026',
  '',
  'Dear Mrs Patel',
  '',
  'Thank you for your letter of 3 March. We have checked your bill and it is right. Please quote our reference CT/2026/0118 if you call us.',
  '',
  'Yours sincerely',
  '',
  'Sam Jones',
].join('\n');

/**
 * template/required-elements: each element the organisation's template
 * requires (`template.required` in the config) is in its place in the
 * letter: the name in the letterhead, the reference in the heading, the job
 * title under the signature. Quiet when nothing is required.
 */
export default defineRule({
  meta: {
    id: 'template/required-elements',
    category: 'template',
    severity: 'warning',
    fixable: false,
    description: 'The elements the corporate letter template requires (organisation name, date, our reference, contact officer, phone, email, subject line, signature with job title, footer) are each in their place.',
    why: 'Shepway 11: “The corporate style template must be used on all letters.” Readers look for the reference, the contact officer and the phone number in the same place on every letter; the organisation lists in `template.required` which elements its template has. Nothing is required by default.',
    standard: 'Shepway 11',
    messages: {
      missing: 'No {element} {where}: {advice}',
      misplaced: '{Element} is only in {found}, not {where}: {advice}',
      emptyReference: '“{label}” has no reference after it: fill it in so the reader can quote it.',
      noJobTitle: 'The signature has no job title: put it on the line under {name}, such as “Council Tax Officer”.',
    },
    examples: { good: [GOOD], bad: [BAD] },
  },
  create(context) {
    const required = requiredElements(context);
    if (required.length === 0) return;
    const { document, parts } = context;
    if (document.format === 'eml' || document.email || NOT_LETTERS.has(kindOf(context)) || !parts.isLetter) return;
    const lines = linesOf(context);
    if (lines.length === 0) return;
    const organisation = context.profile.organisation;
    const names = [organisation?.name, ...(organisation?.aliases ?? [])].filter((n): n is string => Boolean(n?.trim()));
    const nameMatcher = names.length > 0 ? new RegExp(`\\b(?:${names.map((n) => escape(n.trim()).replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i') : COUNCIL_NAME;
    // A template's merge fields stand for the elements: in template mode, or when the letter was recognised as a template.
    const fields = context.templateMode === true || kindOf(context) === 'template';
    const fieldsOf = (line: Line) => (fields ? findMergeFields(line.text) : []);
    const hasField = (line: Line, element: TemplateElement) => fieldsOf(line).some((f) => FIELD_NAMES[element].test(f.name));
    /** A field after the label of a phone number or an email address stands for one. */
    const labelledField = (line: Line, label: RegExp) => {
      const at = label.exec(line.text);
      return at !== null && fieldsOf(line).some((f) => f.start >= at[0].length);
    };

    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    const firstIn = (...regions: SegmentType[]) => lines.find((l) => l.region !== undefined && regions.includes(l.region));
    const salutation = parts.salutation ?? firstIn('salutation');
    const references = firstIn('references');

    const report = (element: TemplateElement, at: { start: number; end: number }, found?: Line) => {
      const spec = specOf(element, names[0]);
      const data = { element: spec.element, Element: capitalise(`the ${spec.element}`), where: spec.where, advice: spec.advice };
      if (found) context.report({ messageId: 'misplaced', data: { ...data, found: placeOf(found) }, start: found.start, end: found.end });
      else context.report({ messageId: 'missing', data, start: at.start, end: at.end });
    };
    /** Found on a line `inPlace` accepts, else reported where it was found (a line `elsewhere` accepts) or as missing, at `anchor`. */
    const requireIn = (element: TemplateElement, test: (line: Line, index: number) => boolean, inPlace: (line: Line) => boolean, anchor: { start: number; end: number }, elsewhere: (line: Line) => boolean = () => true) => {
      const matching = lines.filter((line, index) => test(line, index) || hasField(line, element));
      if (matching.some(inPlace)) return;
      report(element, anchor, matching.find(elsewhere));
    };
    const inRegion = (regions: ReadonlySet<SegmentType>) => (line: Line) => line.region !== undefined && regions.has(line.region);
    const pageHeaderOrFooter = (line: Line) => line.part === 'header' || line.part === 'footer';
    const inContactPlace = (line: Line) => inRegion(CONTACT_PLACES)(line) || pageHeaderOrFooter(line);

    for (const element of required) {
      switch (element) {
        case 'organisation-name': {
          // The footer counts too: a logo in the header is an image, so the name is often only in the footer's text.
          const inPlace = (line: Line) => pageHeaderOrFooter(line) || line.region === 'letterhead' || line.region === 'footer';
          requireIn(element, (line) => nameMatcher.test(line.text), inPlace, firstIn('letterhead') ?? first);
          break;
        }
        case 'date':
          requireIn(element, (line) => isDateLine(line.text), (line) => line.region === 'date', salutation ?? first, (line) => line.region === 'signature' || line.region === 'footer' || line.part === 'footer');
          break;
        case 'our-reference': {
          const isOurs = (line: Line) => {
            const reference = matchReference(line.text);
            return reference !== undefined && OUR_REFERENCE_LABEL.test(reference.label);
          };
          // "Our ref:" with nothing after it: the place is kept but the reference is not filled in.
          const empty = parts.references?.find((r) => OUR_REFERENCE_LABEL.test(r.label) && r.value === '');
          if (empty && !parts.references!.some((r) => OUR_REFERENCE_LABEL.test(r.label) && r.value !== '')) {
            context.report({ messageId: 'emptyReference', data: { label: empty.text.trim() }, start: empty.start, end: empty.end });
            break;
          }
          requireIn(element, (line) => isOurs(line) || OUR_REFERENCE_ANYWHERE.test(line.text), (line) => line.region === 'references' && (isOurs(line) || hasField(line, element)), references ?? parts.date ?? salutation ?? first);
          break;
        }
        case 'contact-officer':
          requireIn(
            element,
            (line, index) => CONTACT_LABEL.test(line.text) || (BARE_CONTACT_LABEL.test(line.text) && lines[index + 1]?.region === line.region),
            inRegion(HEADING),
            references ?? parts.date ?? salutation ?? first,
          );
          break;
        case 'phone':
          requireIn(element, (line) => hasPhone(line.text) || labelledField(line, PHONE_FIELD_LABEL), inContactPlace, references ?? firstIn('signature') ?? first);
          break;
        case 'email':
          requireIn(element, (line) => EMAIL_ADDRESS.test(line.text) || labelledField(line, EMAIL_FIELD_LABEL), inContactPlace, references ?? firstIn('signature') ?? first);
          break;
        case 'subject':
          // Above or below "Dear …" (see subjectAboveSalutation in the segmenter): UK councils use both, and either way the reader sees it first.
          if (!parts.subject && !lines.some((line) => line.region === 'subject')) report(element, salutation ?? first);
          break;
        case 'signature-job-title': {
          const signature = parts.signature;
          if (signature?.jobTitle) break;
          if (signature && fields && lines.some((line) => line.region === 'signature' && hasField(line, element))) break;
          if (signature) {
            const at = lines.find((line) => line.region === 'signature')!;
            context.report({ messageId: 'noJobTitle', data: { name: signature.name ? `“${signature.name}”` : 'the name' }, start: at.start, end: at.end });
          } else report(element, parts.signoff ?? last);
          break;
        }
        case 'footer': {
          const footer = lines.filter((line) => line.part === 'footer' || line.region === 'footer');
          const found = footer.some((line) => line.part === 'footer' || FOOTER_CONTENT.test(line.text) || hasPhone(line.text) || hasField(line, element));
          if (!found) report(element, last);
          break;
        }
      }
    }
  },
});
