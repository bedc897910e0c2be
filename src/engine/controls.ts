/**
 * Inline control: `<!-- cc-check-disable rule -->` and its kin in Markdown
 * and text files, and the same words in a Word comment or in hidden text of
 * a .docx. The loaders of .md and .txt find the comments (findControlComments);
 * the engine adds the .docx ones (documentControls) and drops the findings
 * they cover (controlRegions). A small built-in rule, template/inline-control,
 * says when a control names a rule or directive cc-check does not know, so a
 * typo never hides nothing in silence.
 */
import type { Block, Document, InlineControl, MisspeltControl, Rule } from '../types.js';
import { defineRule } from './define-rule.js';
import { editDistance } from '../util/edit-distance.js';

export type ControlDirective = InlineControl['directive'];

/** Longest first, so "disable" never swallows "disable-line". */
const DIRECTIVES = 'disable-next-line|disable-line|disable|enable';

/**
 * The directive at the start of a control's words ("cc-check-disable plain/jargon, plain/waffle -- reason"),
 * the comment markers already cut off: one anchored match, so a long run of spaces costs linear time.
 */
const CONTROL_HEAD = new RegExp(`^cc-check-(${DIRECTIVES})(?=\\s|,|$)`, 'i');

/** Any HTML comment of a text: the candidates for a control in .md and .txt. */
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

/** Something written as a control that is not one ("cc-check-disabel"): reported, never obeyed. */
const CONTROL_LIKE = /^\s*(?:<!--)?\s*cc-check-([^\s>]*)/i;
/** The start of a control comment, to find one left without its closing `-->`. */
const CONTROL_OPENING = /<!--\s*cc-check-[^\s>]*/gi;

export const INLINE_CONTROL_RULE_ID = 'template/inline-control';

/**
 * Parses the words of one control. Rules are separated by commas or spaces;
 * ESLint's ` -- reason` after them is a note for people and is ignored.
 * Undefined when the text is not a control.
 */
export function parseControl(text: string): { directive: ControlDirective; rules: string[] } | undefined {
  let words = text.trim();
  if (words.startsWith('<!--')) words = words.slice(4);
  if (words.endsWith('-->')) words = words.slice(0, -3);
  words = words.trim();
  const head = CONTROL_HEAD.exec(words);
  if (!head) return undefined;
  const directive = head[1]!.toLowerCase() as ControlDirective;
  // Word turns " -- " into an en or em dash as you type: those start the note too.
  const list = words.slice(head[0].length).split(/(?:^|\s)(?:--|\u2013|\u2014)(?:\s|$)/)[0]!;
  const rules = list
    .split(/[\s,]+/)
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  return { directive, rules };
}

/**
 * The HTML comments of a text that are controls, and those written like a
 * control that are not one ("cc-check-disabel": reported, never obeyed),
 * with their offsets in `text` (only within [from, to) when given). Used by
 * the .md loader on its HTML nodes and by the .txt loader on the whole file.
 */
export function findControlComments(text: string, from = 0, to = text.length): { controls: InlineControl[]; misspelt: MisspeltControl[] } {
  const controls: InlineControl[] = [];
  const misspelt: MisspeltControl[] = [];
  for (const match of text.slice(from, to).matchAll(HTML_COMMENT)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const parsed = parseControl(match[0]);
    if (parsed) {
      controls.push({ ...parsed, start, end, source: 'comment' });
      continue;
    }
    const like = CONTROL_LIKE.exec(match[1]!);
    if (like) misspelt.push({ word: `cc-check-${like[1]}`, start, end });
  }
  // A control whose comment is never closed hides nothing: say so rather than let it fail in silence.
  const slice = text.slice(from, to);
  // Both lists are in text order: walk them together, so thousands of comments cost linear time.
  const closed = [...slice.matchAll(HTML_COMMENT)].map((m) => [m.index, m.index + m[0].length] as const);
  let next = 0;
  for (const opening of slice.matchAll(CONTROL_OPENING)) {
    while (next < closed.length && closed[next]![1] <= opening.index) next++;
    if (next < closed.length && opening.index >= closed[next]![0]) continue;
    const start = from + opening.index;
    misspelt.push({ word: opening[0].replace(/^<!--\s*/, ''), unclosed: true, start, end: start + opening[0].length });
  }
  misspelt.sort((a, b) => a.start - b.start);
  return { controls, misspelt };
}

/**
 * A rule list entry matches a rule: by its id ("plain/jargon"), or by a
 * group written "plain" or "plain/*", which is the first part of rule ids
 * (a category, or the organisation folder of custom rules) or the rule's
 * category (a custom rule in the plain category). Empty list: every rule.
 */
export function controlMatches(rules: readonly string[], ruleId: string, category?: string): boolean {
  if (rules.length === 0) return true;
  const id = ruleId.toLowerCase();
  return rules.some((pattern) => {
    if (pattern === id) return true;
    const group = groupOf(pattern);
    return group !== undefined && (id.startsWith(`${group}/`) || group === category);
  });
}

/** The group a rule list entry names ("plain" for "plain" or "plain/*"), or undefined for a rule id. */
function groupOf(pattern: string): string | undefined {
  if (pattern.endsWith('/*')) return pattern.slice(0, -2);
  return pattern.includes('/') ? undefined : pattern;
}

/** How a control acts: from its place on ("toggle", like ESLint's disable/enable), or on a fixed range. */
interface Toggle {
  at: number;
  disable: boolean;
  rules: string[];
}
interface Region {
  start: number;
  end: number;
  rules: string[];
}

/** A control found in a .docx comment or hidden text, and whether a Word comment range bounds it. */
interface SourcedControl {
  control: InlineControl;
  /** A Word comment anchored on a range: `disable` covers that range only. */
  ranged: boolean;
}

function sourcedControls(document: Document): SourcedControl[] {
  const found: SourcedControl[] = (document.controls ?? []).map((control) => ({ control, ranged: false }));
  for (const comment of document.comments ?? []) {
    // A comment Word left without any mark has no place in the text, so it cannot say where it applies.
    if (comment.unanchored) continue;
    for (const line of comment.text.split('\n')) {
      const parsed = parseControl(line);
      if (!parsed) continue;
      found.push({
        control: { ...parsed, start: comment.start, end: comment.end, source: `Word comment ${comment.id}` },
        ranged: comment.end > comment.start,
      });
    }
  }
  for (const hidden of document.hidden ?? []) {
    for (const line of hidden.text.split('\n')) {
      const parsed = parseControl(line);
      if (parsed) found.push({ control: { ...parsed, start: hidden.offset, end: hidden.offset, source: 'hidden text' }, ranged: false });
    }
  }
  return found.sort((a, b) => a.control.start - b.control.start || a.control.end - b.control.end);
}

/** Every control of a document: its own (.md, .txt) and those of its Word comments and hidden text, in order. */
export function documentControls(document: Document): InlineControl[] {
  return sourcedControls(document).map((s) => s.control);
}

/**
 * What "line" means: in .docx a paragraph (Word has no lines to speak of);
 * elsewhere a line of the file as an editor numbers it, the same lines
 * findings report.
 */
interface Lines {
  /** The line (paragraph) holding `offset`. */
  at(offset: number): [number, number];
  /** The line (paragraph) after the one holding `offset`, or undefined at the end. */
  after(offset: number): [number, number] | undefined;
}

function textLines(text: string): Lines {
  const lineOf = (offset: number): [number, number] => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    return [start, newline === -1 ? text.length : newline];
  };
  return {
    at: lineOf,
    after(offset) {
      const [, end] = lineOf(offset);
      return end < text.length ? lineOf(end + 1) : undefined;
    },
  };
}

function paragraphLines(blocks: Block[], textLength: number): Lines {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  // End inclusive: hidden text or a comment mark at the end of a paragraph belongs to it.
  const holding = (offset: number) => sorted.find((b) => b.start <= offset && offset <= b.end);
  return {
    at(offset) {
      const block = holding(offset);
      return block ? [block.start, block.end] : [offset, offset];
    },
    after(offset) {
      const block = holding(offset);
      // In an empty paragraph (no block): the next paragraph with text.
      const next = block ? sorted.find((b) => b.start > block.end) : sorted.find((b) => b.start >= offset);
      return next ? [next.start, Math.min(next.end, textLength)] : undefined;
    },
  };
}

/** Answers whether a rule is switched off at an offset. */
export interface ControlRegions {
  /** True when a control disables the rule (id, and category for custom rules) where a finding starting at `offset` begins. */
  disabled(ruleId: string, offset: number, category?: string): boolean;
  /** True when the document has no control at all (the engine then skips the look-ups). */
  readonly empty: boolean;
}

/**
 * Turns the controls into the regions they disable. `disable`/`enable` act
 * like ESLint's: from the comment on, the last one naming a rule (or all
 * rules) decides, and a `disable` never enabled runs to the end. A Word
 * comment anchored on a range disables the named rules in that range only.
 * `disable-line` and `disable-next-line` cover one line (.md, .txt) or one
 * paragraph (.docx), whatever the toggles say.
 */
export function controlRegions(document: Document): ControlRegions {
  const toggles: Toggle[] = [];
  const regions: Region[] = [];
  const lines = document.format === 'docx' ? paragraphLines(document.blocks, document.text.length) : textLines(document.text);
  for (const { control, ranged } of sourcedControls(document)) {
    const { directive, rules, start, end } = control;
    if (directive === 'disable' && ranged) regions.push({ start, end, rules });
    // From the comment's place (a blanked comment holds no finding, so its start will do; a Word comment acts where it is anchored).
    else if (directive === 'disable' || directive === 'enable') toggles.push({ at: start, disable: directive === 'disable', rules });
    else if (directive === 'disable-line') {
      const [lineStart] = lines.at(start);
      const [, lineEnd] = lines.at(end);
      regions.push({ start: lineStart, end: lineEnd, rules });
    } else {
      const next = lines.after(end);
      if (next) regions.push({ start: next[0], end: next[1], rules });
    }
  }
  toggles.sort((a, b) => a.at - b.at);
  return {
    empty: toggles.length === 0 && regions.length === 0,
    disabled(ruleId, offset, category) {
      if (regions.some((r) => offset >= r.start && offset < r.end && controlMatches(r.rules, ruleId, category))) return true;
      let disabled = false;
      for (const toggle of toggles) {
        if (toggle.at > offset) break;
        if (controlMatches(toggle.rules, ruleId, category)) disabled = toggle.disable;
      }
      return disabled;
    },
  };
}

/** The known rule id or category nearest a misspelt one, when it is close enough to be the one meant. */
export function nearestRuleId(name: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  // "jargon" for "plain/jargon": the category left out.
  if (!name.includes('/')) {
    const byName = ids.filter((id) => id.endsWith(`/${name}`));
    if (byName.length === 1) return byName[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of ids) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/** A rule list entry names a known rule or category ("plain", "plain/*"). */
function isKnown(pattern: string, known: ReadonlySet<string>, categories: ReadonlySet<string>): boolean {
  if (known.has(pattern)) return true;
  const group = groupOf(pattern);
  return group !== undefined && categories.has(group);
}

/** Word comments and hidden text that start like a control but are not one. */
function malformedInDocx(document: Document): MisspeltControl[] {
  const found: MisspeltControl[] = [];
  const check = (text: string, start: number, end: number) => {
    for (const line of text.split('\n')) {
      const like = CONTROL_LIKE.exec(line);
      if (like && !parseControl(line)) found.push({ word: `cc-check-${like[1]}`, start, end });
    }
  };
  for (const comment of document.comments ?? []) if (!comment.unanchored) check(comment.text, comment.start, comment.end);
  for (const hidden of document.hidden ?? []) check(hidden.text, hidden.offset, hidden.offset);
  return found;
}

/**
 * The rule that reports controls which cannot work. Built per run with the
 * ids of every rule the run knows (built-in and custom, on or off), so a
 * control naming a rule that is merely switched off is not "unknown". The
 * engine never lets a control hide this rule's findings. Without `knownRules`
 * (the catalogue entry) it checks the directives only.
 */
export function createInlineControlRule(knownRules?: Iterable<string>): Rule {
  const known = knownRules ? new Set([...knownRules].map((id) => id.toLowerCase())) : undefined;
  const categories = known ? new Set([...known].map((id) => id.split('/')[0]!)) : undefined;
  return defineRule({
    meta: {
      id: INLINE_CONTROL_RULE_ID,
      category: 'template',
      severity: 'info',
      description: 'An inline control (cc-check-disable …) names a rule or a directive cc-check does not know, so it hides nothing.',
      why: 'Templates are checked in CI so that every letter keeps to the corporate standard; a misspelt rule name in a disable comment would otherwise fail in silence, leaving the writer sure that a finding is dealt with when it is not.',
      standard: 'Shepway 11',
      fixable: false,
      messages: {
        unknownRule: '“cc-check-{directive}” names “{rule}”, which is not a cc-check rule or category, so it hides nothing. Run `cc-check rules` for the names.',
        unknownRuleNear: '“cc-check-{directive}” names “{rule}”, which is not a cc-check rule or category, so it hides nothing. Did you mean “{near}”?',
        unknownDirective: '“{word}” is not an inline control, so it does nothing: write cc-check-disable, cc-check-enable, cc-check-disable-line or cc-check-disable-next-line.',
        unclosed: '“<!-- {word}” has no closing “-->”, so it does nothing: end the comment with “-->”.',
      },
      examples: {
        good: ['Dear Mrs Patel\n\n<!-- cc-check-disable-next-line plain/jargon -->\nWe will leverage the grant.\n\nYours sincerely\n'],
        bad: ['Dear Mrs Patel\n\n<!-- cc-check-disable-next-line plain/jargn -->\nWe will leverage the grant.\n\nYours sincerely\n'],
      },
    },
    create(context) {
      const { document } = context;
      if (known && categories) {
        for (const control of documentControls(document)) {
          for (const rule of new Set(control.rules)) {
            if (isKnown(rule, known, categories)) continue;
            const near = nearestRuleId(rule, [...known, ...categories]);
            const data = { directive: control.directive, rule, ...(near ? { near } : {}) };
            context.report({ messageId: near ? 'unknownRuleNear' : 'unknownRule', data, start: control.start, end: control.end, ...(near ? { suggestion: near } : {}) });
          }
        }
      }
      for (const bad of [...(document.misspeltControls ?? []), ...malformedInDocx(document)]) {
        context.report({ messageId: bad.unclosed ? 'unclosed' : 'unknownDirective', data: { word: bad.word }, start: bad.start, end: bad.end });
      }
    },
  });
}

/** The catalogue entry of template/inline-control (for `cc-check rules` and `explain`); runs get one bound to their rules. */
export const inlineControlRule: Rule = createInlineControlRule();
