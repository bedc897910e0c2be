/**
 * Merge fields of letter templates, in the syntaxes councils' print and
 * mail-merge systems use: «Field» (Word MERGEFIELD results), <<Field>>,
 * {{field}}, {field} and [Field].
 */

export type FieldSyntax = 'guillemets' | 'angle' | 'mustache' | 'brace' | 'bracket';

export interface MergeField {
  start: number;
  end: number;
  /** The field name as written inside its delimiters, trimmed. */
  name: string;
  syntax: FieldSyntax;
}

export interface MalformedField {
  start: number;
  end: number;
}

const NAME = String.raw`[A-Za-z_][\w.-]*(?: [A-Za-z_][\w.-]*){0,3}`;

const WELL_FORMED: Array<[FieldSyntax, RegExp]> = [
  ['guillemets', new RegExp(String.raw`«\s*(${NAME})\s*»`, 'g')],
  ['angle', new RegExp(String.raw`<<\s*(${NAME})\s*>>`, 'g')],
  ['mustache', new RegExp(String.raw`(?<!\{)\{\{\s*(${NAME})\s*\}\}(?!\})`, 'g')],
  ['brace', /(?<!\{)\{([A-Za-z_][\w.-]*)\}(?!\})/g],
  // Not a Markdown link "[text](url)", "[text][ref]", a reference definition, or doubled brackets.
  ['bracket', new RegExp(String.raw`(?<!\[)\[(${NAME})\](?![(\[:\]])`, 'g')],
];

/** Bracketed text that tells the writer what to do ("[INSERT DATE]") is an instruction, not a field. */
const INSTRUCTION = /^(?:insert|enter|add|type|put|delete|choose|select|fill)\b/i;

/** "[Surname]", "[Customer Name]", "[account_ref]": a field; "[sic]", "[the Council]": editorial, not a field. */
function isBracketField(name: string): boolean {
  if (INSTRUCTION.test(name) || /^(?:sic|[a-z]|[ivx]+)$/i.test(name)) return false;
  const words = name.split(' ');
  return words.every((w) => /^[A-Z][A-Za-z0-9]*$/.test(w)) || (words.length === 1 && /[_.]/.test(name) && /^[a-z]/.test(name));
}

/** The well-formed merge fields of a text, in order. */
export function findMergeFields(text: string): MergeField[] {
  const fields: MergeField[] = [];
  for (const [syntax, pattern] of WELL_FORMED) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!.trim();
      if (syntax === 'bracket' && !isBracketField(name)) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (fields.some((f) => start < f.end && end > f.start)) continue;
      fields.push({ start, end, name, syntax });
    }
  }
  return fields.sort((a, b) => a.start - b.start);
}

/** Delimiters of a field that, outside a well-formed field, show a broken one: "{{name}", "«Surname", "{{ }}", "[[Name]". */
const DELIMITER = /«|»|<<|>>|\{|\}|\[\[|\]\]/g;

/**
 * Broken merge fields: a delimiter left over outside every well-formed
 * field. Each is reported once, as the run of non-space text around it.
 */
export function findMalformedFields(text: string, fields: MergeField[] = findMergeFields(text)): MalformedField[] {
  const found: MalformedField[] = [];
  for (const m of text.matchAll(DELIMITER)) {
    const at = m.index!;
    if (fields.some((f) => at >= f.start && at < f.end)) continue;
    let start = at;
    let end = at + m[0].length;
    while (start > 0 && !/\s/.test(text[start - 1]!) && !fields.some((f) => start - 1 >= f.start && start - 1 < f.end)) start--;
    while (end < text.length && !/\s/.test(text[end]!) && !fields.some((f) => end >= f.start && end < f.end)) end++;
    while (end > at + m[0].length && /[.,;:!?)]/.test(text[end - 1]!)) end--;
    // "{{ }}": the closing half stands alone after the space; take both halves as one.
    const joined = /^\s*(?:\}\}|»|>>|\]\])/.exec(text.slice(end, end + 8));
    if (joined && /(?:\{\{|«|<<|\[\[)$/.test(text.slice(start, end))) end += joined[0].length;
    const last = found[found.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    found.push({ start, end });
  }
  return found;
}

/** Field names that hold a title (Mr, Mrs …) rather than a name. */
export const TITLE_FIELD = /^(?:title|salutation|prefix|honorific|courtesy[ _]?title)$/i;

/** One whitespace-free token that is a whole merge field: "«Surname»", "{{surname}}", "[Surname]". */
export function fieldNameOfToken(token: string): string | undefined {
  const fields = findMergeFields(token);
  return fields.length === 1 && fields[0]!.start === 0 && fields[0]!.end === token.length ? fields[0]!.name : undefined;
}

/** Template mode is on for files kept under a "templates" folder (or when asked for). */
export function isTemplatePath(path: string): boolean {
  return /(?:^|[\\/])templates[\\/]/i.test(path);
}
