import { defineRule } from '../../engine/define-rule.js';
import { findMalformedFields, findMergeFields } from '../../template/fields.js';

/** Field names that, in square brackets, can only be a blank left for someone to fill in. */
const FIELD_WORDS =
  /^(?:(?:customer|tenant|officer|resident|applicant|client|your|their|first|last|full|family|job|account|case|claim|reference|property|contact|phone|telephone|email|due|appointment|visit|meeting|payment|start|end)\s+)?(?:name|first\s*name|surname|forename|title|address|postcode|date|time|day|amount|sum|total|reference|ref|number|no|phone|telephone|email|signature|job\s*title|officer|department|team|service|details|insert|tbc|tba)$/i;

/** Editorial brackets and note marks that are legitimate in a letter. */
const EDITORIAL = /^(?:sic|\d+|[ivx]+|[a-z]|\.{3}|…|emphasis (?:added|mine|ours)|sic\]?)$/i;

interface Found {
  start: number;
  end: number;
}

const FIELD_WORD = /^(?:name|names|surname|forename|firstname|title|address|postcode|date|time|day|month|year|amount|sum|total|figure|value|reference|ref|number|no|phone|telephone|email|e-mail|signature|officer|department|team|service|details|tbc|tba)$/i;

/**
 * Square brackets: a placeholder when the content is an instruction
 * ("[insert name]", "[INSERT DATE]"), a bare field ("[date]", "[customer
 * name]"), or capitals or Title Case words naming a field ("[Customer Name]",
 * "[APPOINTMENT TIME]"). Conservative on purpose: a note mark ("[1]",
 * "[sic]") or an editorial insertion in a quotation ("[the Council]",
 * "[Eastbrook District Council]") names no field and is left alone, because a
 * false alarm on a quoted complaint costs more trust than missing an unusual
 * blank such as "[the bit about parking]".
 */
function isBracketPlaceholder(content: string): boolean {
  const inner = content.trim();
  if (!inner || !/[A-Za-z]/.test(inner) || inner.length > 40 || EDITORIAL.test(inner)) return false;
  if (/^(?:insert|enter|add|type|put|delete|choose|select|fill\s+in)\b/i.test(inner)) return true;
  if (FIELD_WORDS.test(inner)) return true;
  const words = inner.split(/[\s_/]+/).filter(Boolean);
  if (words.length > 5 || !words.some((w) => FIELD_WORD.test(w))) return false;
  const capitals = words.every((w) => /^[A-Z0-9&'’.-]+$/.test(w));
  const titleCase = words.every((w) => /^[A-Z][a-z'’.-]*$/.test(w) || /^(?:of|and|to|for|the|or)$/.test(w)) && /^[A-Z]/.test(words[0]!);
  return capitals || titleCase;
}

export function findPlaceholders(text: string): Found[] {
  const found: Found[] = [];
  const add = (start: number, end: number) => {
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ start, end });
  };
  const scan = (pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true) => {
    for (const m of text.matchAll(pattern)) if (accept(m as RegExpExecArray)) add(m.index!, m.index! + m[0].length);
  };
  scan(/«[^»\n]{1,60}»/g);
  scan(/<<[^<>\n]{1,60}>>/g);
  scan(/\{\{[^{}\n]{1,60}\}\}/g);
  scan(/\{[A-Za-z_][\w .-]{0,40}\}/g);
  // Not a Markdown link "[text](url)", "[text][ref]" or a reference definition "[ref]: url".
  scan(/\[([^\[\]\n]{1,60})\](?![(\[:])/g, (m) => isBracketPlaceholder(m[1]!));
  scan(/(?<![\w@.])(?:XX|xx|DD|dd)[/.-](?:XX|xx|MM|mm)[/.-](?:XXXX|xxxx|XX|xx|YYYY|yyyy|YY|yy)(?![\w])/g);
  scan(/(?<![\w@/.-])£?[Xx]{3,}(?:[.,][Xx]+)*(?![\w@])/g);
  scan(/£[Xx]{1,2}(?:[.,][Xx]+)+(?![\w])/g);
  scan(/\blorem ipsum\b[^.\n]*/gi);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * In a template, well-formed merge fields are the point; what must not
 * reach a customer is a broken field ("{{name}", "«Surname") and filler that
 * no merge fills: "XXXX", "lorem ipsum", and instructions to the writer such
 * as "[INSERT DATE]", which a print run would send as they stand.
 */
function checkTemplate(text: string, report: (messageId: 'malformed' | 'notField', start: number, end: number) => void): void {
  const fields = findMergeFields(text);
  const malformed = findMalformedFields(text, fields);
  const taken = [...fields, ...malformed];
  const found: Array<{ start: number; end: number; messageId: 'malformed' | 'notField' }> = malformed.map((m) => ({ ...m, messageId: 'malformed' }));
  for (const p of findPlaceholders(text)) {
    if (!taken.some((t) => p.start < t.end && p.end > t.start)) found.push({ ...p, messageId: 'notField' });
  }
  found.sort((a, b) => a.start - b.start).forEach((f) => report(f.messageId, f.start, f.end));
}

export default defineRule({
  meta: {
    id: 'correspondence/placeholder',
    category: 'correspondence',
    severity: 'error',
    fixable: false,
    description: 'No merge field or placeholder is left unfilled: «Surname», {{date}}, [Customer Name], XX/XX/XXXX, lorem ipsum. In template mode, merge fields must be well formed and no other placeholder is left.',
    why: 'A letter that reaches a customer with “Dear [Customer Name]” or “£XXX” shows we did not read it before sending (Shepway 11: the corporate template must be used properly; Shepway 16: read and check everything you write).',
    standard: 'Shepway 11',
    messages: {
      placeholder: '“{actual}” is a placeholder that was not filled in: replace it with the real details before sending.',
      malformed: '“{actual}” is a broken merge field: write it with both ends and a name, such as «Surname», {{surname}} or [Surname].',
      notField: '“{actual}” is not a merge field, so it would be printed as it stands: use a merge field or write the text in full.',
    },
    examples: {
      good: [
        'Dear Mrs Patel\n\nYour appointment is on 3 April 2025 (see the enclosed map).\n\nYours sincerely',
        'Dear Mr Okafor\n\nYou wrote that “they [the Council] never replied”. I am sorry we did not.\n\nYours sincerely',
      ],
      bad: ['Dear [Customer Name]\n\nYour appointment is on [INSERT DATE].\n\nYours sincerely', 'Dear «Title» «Surname»\n\nYou owe £XXX.\n\nYours sincerely'],
    },
  },
  create(context) {
    const text = context.document.text;
    if (context.templateMode) {
      checkTemplate(context.document.text, (messageId, start, end) => context.report({ messageId, data: { actual: text.slice(start, end).trim() }, start, end }));
      return;
    }
    for (const { start, end } of findPlaceholders(text)) {
      context.report({ messageId: 'placeholder', data: { actual: text.slice(start, end).trim() }, start, end });
    }
  },
});
