import PostalMime, { type Address, type Email } from 'postal-mime';
import type { Document, EmailAddress, EmailHeaders } from '../types.js';
import { LoadError } from './errors.js';
import { normaliseNewlines } from './text-decode.js';
import { controlledText } from './txt.js';

/** Every mailbox of an address list, groups flattened ("Team: a@x, b@y;"). */
function mailboxes(list: Address[] | undefined): EmailAddress[] {
  const found: EmailAddress[] = [];
  for (const entry of list ?? []) {
    const boxes = entry.group ?? [entry];
    for (const box of boxes) {
      if (!box.address) continue;
      found.push(box.name ? { address: box.address.toLowerCase(), name: box.name } : { address: box.address.toLowerCase() });
    }
  }
  return found;
}

function header(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value.trim() || undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', pound: '£', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'hr']);
const DROPPED_TAGS = new Set(['script', 'style', 'head', 'title', 'template']);

/** What a tag becomes in the text: a paragraph break, a line break, a space or nothing. */
function tagText(tag: string): string {
  const match = /^<\s*(\/?)\s*([a-z][a-z0-9]*)/i.exec(tag);
  if (!match) return '';
  const closing = match[1] === '/';
  const name = match[2]!.toLowerCase();
  if (name === 'br') return '\n';
  if (BLOCK_TAGS.has(name)) return '\n\n';
  if ((name === 'li' || name === 'tr') && !closing) return '\n';
  if ((name === 'td' || name === 'th') && closing) return ' ';
  return '';
}

/**
 * HTML body to plain text for checking: scripts, styles and comments go,
 * block elements end a paragraph, <br> ends a line. Never executed or
 * rendered; one linear pass, so hostile markup cannot make it slow.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) {
      out += html.slice(i).replace(/\s+/g, ' ');
      break;
    }
    // White space in the markup is not text: a line break in the source is a space.
    out += html.slice(i, open).replace(/\s+/g, ' ');
    // "a < b" in a sentence is text, not a tag.
    if (!/[a-z/!]/i.test(html.charAt(open + 1))) {
      out += '<';
      i = open + 1;
      continue;
    }
    if (lower.startsWith('<!--', open)) {
      const close = lower.indexOf('-->', open + 4);
      if (close === -1) break;
      // An inline control stays, on a line of its own, for the same handling as in a text body.
      const comment = html.slice(open, close + 3);
      if (/^<!--\s*cc-check-/i.test(comment)) out += `\n${comment.replace(/\s+/g, ' ')}\n`;
      i = close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close === -1) break;
    const tag = html.slice(open, close + 1);
    const name = /^<\s*([a-z][a-z0-9]*)/i.exec(tag)?.[1]?.toLowerCase();
    if (name && DROPPED_TAGS.has(name) && !tag.endsWith('/>')) {
      const end = lower.indexOf(`</${name}`, close + 1);
      if (end === -1) break;
      const endClose = html.indexOf('>', end);
      i = endClose === -1 ? html.length : endClose + 1;
      continue;
    }
    out += tagText(tag);
    i = close + 1;
  }
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    // A control's "next line" is the paragraph after it, not the blank line a <p> leaves.
    .replace(/^(<!--\s*cc-check-[^\n]*-->)\n+/gim, '$1\n')
    .trim();
}

/** Decoding a wrong charset or broken base64 leaves control characters that no prose contains. */
function looksUndecodable(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > 0 && control / sample.length > 0.02;
}

/** Loads an .eml message: the body (plain part, or the HTML part as text) is checked; headers go to `email`. */
export async function loadEml(path: string, bytes: Uint8Array): Promise<Document> {
  if (bytes.length === 0) throw new LoadError('empty', 'the file is empty');
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new LoadError('corrupt', `the email could not be read (${(error as Error).message.split('\n')[0]})`);
  }
  const from = mailboxes(email.from ? [email.from] : undefined)[0];
  const to = mailboxes(email.to);
  const cc = mailboxes(email.cc);
  if (!from && to.length === 0 && email.subject === undefined && !header(email, 'date')) {
    throw new LoadError('not-a-document', 'not an email (it has no From, To or Subject header)');
  }
  const plain = email.text && /\S/.test(email.text) ? email.text : undefined;
  const html = !plain && email.html ? htmlToText(email.html) : undefined;
  const raw = plain ?? html ?? '';
  if (!/\S/.test(raw)) throw new LoadError('empty', 'the email has no text body to check');
  if (looksUndecodable(raw)) throw new LoadError('encoding', 'the email body could not be decoded (broken base64 or an unknown character set)');
  const text = normaliseNewlines(raw).replace(/\s+$/, '');

  const headers: EmailHeaders = {
    to,
    cc,
    bcc: mailboxes(email.bcc),
    attachments: email.attachments
      .filter((a) => a.disposition !== 'inline' || a.filename)
      .map((a) => (a.filename ? { name: a.filename, type: a.mimeType } : { type: a.mimeType })),
    bodySource: plain ? 'text' : 'html',
  };
  if (from) headers.from = from;
  if (email.subject !== undefined) headers.subject = email.subject.trim();
  const date = email.date ?? header(email, 'date');
  if (date) headers.date = date;
  if (email.inReplyTo) headers.inReplyTo = email.inReplyTo;
  const autoSubmitted = header(email, 'auto-submitted');
  if (autoSubmitted) headers.autoSubmitted = autoSubmitted.toLowerCase();
  const xAutoreply = header(email, 'x-autoreply');
  if (xAutoreply) headers.xAutoreply = xAutoreply;

  const metadata: Document['metadata'] = {};
  if (from) metadata.author = from.name ?? from.address;
  if (headers.subject) metadata.title = headers.subject;
  if (date) metadata.created = date;
  // Inline controls work in an email's body as in a text file.
  return { path, format: 'eml', ...controlledText(text), metadata, email: headers };
}
