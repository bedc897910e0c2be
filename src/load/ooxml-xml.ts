import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LoadError } from './errors.js';

export type { SaxesTagPlain } from 'saxes';

/** What a part reader does with the parser's events. */
export interface XmlHandler {
  opentag(tag: SaxesTagPlain): void;
  closetag(tag: SaxesTagPlain): void;
  text(text: string): void;
}

/**
 * A streaming XML parser for one part, refusing any DOCTYPE: Word never
 * writes one, and a declared entity is how billion-laughs and external
 * entity attacks start. Parse errors become a short "corrupt" reason.
 */
export function createPartParser(partName: string, handler: XmlHandler): { write(text: string): void; close(): void; position(): number } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('doctype', () => {
    throw new LoadError('unsafe', `declares XML entities, which Word never writes; refused for safety (${partName})`);
  });
  parser.on('opentag', (tag) => handler.opentag(tag));
  parser.on('closetag', (tag) => handler.closetag(tag));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('error', (error) => {
    throw new LoadError('corrupt', `damaged: ${partName} is not well-formed XML (${shortXmlReason(error.message)})`);
  });
  return {
    write(text: string) {
      parser.write(text);
    },
    close() {
      parser.close();
    },
    /** Index in the text written so far just past what the parser has read (past the '>' of the tag just reported). */
    position() {
      return parser.position;
    },
  };
}

/** saxes says "3:14: unexpected end."; keep the line number and the reason. */
function shortXmlReason(message: string): string {
  const match = /^(?:[^:]*:)?(\d+):\d+: (.*?)\.?$/.exec(message);
  return match ? `line ${match[1]}: ${match[2]}` : message.replace(/\.$/, '');
}

/** The prefixes a part's root element binds, by namespace URI ('' for the default namespace). */
export function namespacePrefixes(tag: SaxesTagPlain): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const attribute in tag.attributes) {
    if (attribute === 'xmlns') prefixes.set(tag.attributes[attribute]!, '');
    else if (attribute.startsWith('xmlns:')) prefixes.set(tag.attributes[attribute]!, attribute.slice(6));
  }
  return prefixes;
}

/** The prefix bound to the first of `uris` that is declared, or the conventional one. */
export function prefixFor(prefixes: Map<string, string>, uris: readonly string[], fallback: string): string {
  for (const uri of uris) {
    const prefix = prefixes.get(uri);
    if (prefix !== undefined) return prefix;
  }
  return fallback;
}

export function qualify(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

/** The local name of an element in the namespace bound to `prefix` ('' for the default namespace), or undefined for another namespace. */
export function localNameIn(prefix: string, name: string): string | undefined {
  if (prefix === '') return name.includes(':') ? undefined : name;
  return name.startsWith(prefix) && name.charCodeAt(prefix.length) === 58 ? name.slice(prefix.length + 1) : undefined;
}

/** The part of a qualified name after its prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
