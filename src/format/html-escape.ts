/**
 * Characters XML 1.0 and HTML cannot carry (C0 controls other than tab and
 * line breaks, lone surrogates, U+FFFE/U+FFFF): a hostile file can hold them,
 * and one of them would make a .docx report unreadable to Word.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters no report format can carry with U+FFFD, one for one, so text offsets stay true. */
export function replaceUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '\uFFFD');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return replaceUnsafeCharacters(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
