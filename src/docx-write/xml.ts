/** Characters XML 1.0 forbids in a document, even escaped: control characters, lone surrogates, U+FFFE/FFFF. */
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an element's content: forbidden characters dropped, markup escaped. */
export function escapeText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted attribute value; tabs and line ends as references, which attribute normalisation would otherwise turn into spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export const WORDPROCESSING_ML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Names for the elements we write into a part, in the prefix the part binds
 * to WordprocessingML. A part that makes it the default namespace gets a
 * local w: declaration on each element we write, since attributes need a prefix.
 */
export class WordNames {
  private readonly declaration: string;
  private readonly attributePrefix: string;

  constructor(private readonly prefix: string) {
    this.attributePrefix = prefix || 'w';
    this.declaration = prefix ? '' : ` xmlns:w="${WORDPROCESSING_ML}"`;
  }

  name(local: string): string {
    return this.prefix ? `${this.prefix}:${local}` : local;
  }

  /** An open tag (or an empty element when `empty`), with attributes by local name. */
  open(local: string, attributes: Record<string, string | number> = {}, empty = false): string {
    let tag = `<${this.name(local)}`;
    const entries = Object.entries(attributes);
    if (entries.length > 0) tag += this.declaration;
    for (const [name, value] of entries) tag += ` ${this.attributePrefix}:${name}="${escapeAttribute(String(value))}"`;
    return `${tag}${empty ? '/>' : '>'}`;
  }

  close(local: string): string {
    return `</${this.name(local)}>`;
  }

  /**
   * Runs of text: tabs and line breaks become w:tab and w:br, and xml:space
   * keeps the spaces at either end. `element` is t, or delText in a deletion.
   */
  textContent(text: string, element: 't' | 'delText' = 't'): string {
    let out = '';
    for (const piece of text.split(/(\t|\n)/)) {
      if (piece === '\t') out += this.open('tab', {}, true);
      else if (piece === '\n') out += this.open('br', {}, true);
      else if (piece) out += `<${this.name(element)} xml:space="preserve">${escapeText(piece)}${this.close(element)}`;
    }
    return out;
  }
}

/** The highest numeric w:id (or any prefixed id) in some XML, so that new ids can follow it. */
export function highestId(xml: string): number {
  let highest = -1;
  for (const match of xml.matchAll(/:id="(\d{1,9})"/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}
