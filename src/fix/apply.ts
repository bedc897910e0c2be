import type { Finding, Fix } from '../types.js';

/**
 * The fixes to apply together: in document order, skipping any that
 * overlaps one already taken (the next pass, on the fixed text, gets
 * another chance at it). Two insertions at one point also count as
 * overlapping, since their order would be a guess.
 */
export function selectFixes(fixes: Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: Fix[] = [];
  let reachedEnd = -1;
  for (const fix of sorted) {
    if (fix.start < reachedEnd || (taken.length > 0 && fix.start === taken[taken.length - 1]!.start)) continue;
    taken.push(fix);
    reachedEnd = fix.end;
  }
  return taken;
}

/** The fixes the findings carry, deduplicated (two rules may propose the same edit). */
export function fixesOf(findings: Finding[]): Fix[] {
  const seen = new Set<string>();
  const fixes: Fix[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    const key = `${finding.fix.start}:${finding.fix.end}:${finding.fix.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push(finding.fix);
  }
  return fixes;
}

/** Applies non-overlapping fixes to `text`, the last first so earlier offsets stay true. */
export function applyFixes(text: string, fixes: Fix[]): string {
  let result = text;
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) result = result.slice(0, fix.start) + fix.text + result.slice(fix.end);
  return result;
}

/**
 * Offsets in the newline-normalised text (what Document.text is built from)
 * mapped to offsets in the raw decoded source, where a line may end in CRLF
 * or a lone CR. Entry i is the raw offset of normalised offset i; the last
 * entry is the raw length.
 */
export function rawOffsets(raw: string): Int32Array {
  const map = new Int32Array(raw.length + 1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    map[j++] = i;
    if (raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) i++;
  }
  map[j] = raw.length;
  return map.subarray(0, j + 1);
}

/** The line ending most of the file uses, so inserted lines look like their neighbours. */
export function dominantNewline(raw: string): string {
  const crlf = (raw.match(/\r\n/g) ?? []).length;
  const lf = (raw.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (raw.match(/\r(?!\n)/g) ?? []).length;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/**
 * Applies fixes given in normalised-text offsets to the raw source, keeping
 * its own line endings (a CRLF file stays CRLF).
 */
export function applyFixesToRaw(raw: string, fixes: Fix[]): string {
  const map = rawOffsets(raw);
  const newline = dominantNewline(raw);
  const rawFixes = fixes.map((fix) => ({
    start: map[fix.start]!,
    end: map[fix.end]!,
    text: newline === '\n' ? fix.text : fix.text.replace(/\n/g, newline),
  }));
  return applyFixes(raw, rawFixes);
}
