/**
 * Regular expressions written by an organisation in its YAML rules. They run
 * on every letter, so a pattern that can take exponential time on some text
 * ("(a+)+", "(\w+\s?)*") is refused at load, and patterns only ever see one
 * paragraph at a time (see scope.ts), which bounds the polynomial cases.
 */

/** Longer patterns are almost always a word list in disguise: `tokens` is faster and clearer. */
export const MAX_PATTERN_LENGTH = 500;

/**
 * A counted repeat this large is as good as unbounded for backtracking when
 * what it repeats can itself match in many ways: `(?:\w+\s?){10}` takes
 * seconds on 40 letters. Simple atoms (`\d{4}`) are no danger at any count.
 */
const LARGE_REPEAT = 3;

interface Group {
  /** Something in the group can repeat without bound. */
  unbounded: boolean;
  /** The simple atoms ("\\w", "[a-z-]", ".") that repeat without bound in the group itself. */
  repeated: string[];
  /** A group inside it repeats without bound: too complex to judge, so treated as unsafe. */
  nestedRepeat: boolean;
  /** The group's first atom when it is one literal character that must be there ("." in "(?:\\.\\w+)+"); null otherwise. */
  first: string | null | undefined;
  alternation: boolean;
}

const newGroup = (): Group => ({ unbounded: false, repeated: [], nestedRepeat: false, first: undefined, alternation: false });

/** The quantifier at `index` ("*", "+", "?", "{n}", "{n,}", "{n,m}", each maybe lazy), or undefined. */
function quantifierAt(source: string, index: number): { length: number; unbounded: boolean; optional: boolean; exact: boolean } | undefined {
  const char = source[index];
  let length = 0;
  let unbounded = false;
  let optional = false;
  let exact = false;
  if (char === '*' || char === '+') {
    length = 1;
    unbounded = true;
    optional = char === '*';
  } else if (char === '?') {
    length = 1;
    optional = true;
  } else if (char === '{') {
    const repeat = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index));
    if (!repeat) return undefined;
    length = repeat[0].length;
    const most = repeat[2] === undefined ? Number(repeat[1]) : repeat[3] === '' ? Infinity : Number(repeat[3]);
    unbounded = most >= LARGE_REPEAT;
    exact = repeat[2] === undefined;
    optional = repeat[1] === '0';
  } else {
    return undefined;
  }
  if (source[index + length] === '?') length++;
  return { length, unbounded, optional, exact };
}

/** The literal character an atom stands for ("a", "\\." → "."), or null for a class, "." or an escape like \\w. */
function literalOf(atom: string): string | null {
  if (atom.length === 1) return /[.^$|]/.test(atom) ? null : atom;
  if (atom.length === 2 && atom[0] === '\\' && /[^\w\s]/.test(atom[1]!)) return atom[1]!;
  return null;
}

/**
 * A repeated group whose parts repeat is safe when every repetition must
 * start with a character none of those parts can match: in
 * "(?:\\.[\\w-]+)+" each round starts with a full stop, which "[\\w-]" never
 * matches, so there is only one way to split the text.
 */
function isSeparated(group: Group): boolean {
  if (group.nestedRepeat || group.alternation || typeof group.first !== 'string') return false;
  const first = group.first;
  return group.repeated.every((atom) => {
    try {
      return !new RegExp(`^(?:${atom})$`, 'iu').test(first);
    } catch {
      return false;
    }
  });
}

/**
 * Why a pattern may backtrack catastrophically, or undefined when it looks
 * safe: a group that can repeat without bound and holds a part that can
 * repeat without bound, unless a separator starts each repetition.
 */
export function nestedQuantifier(source: string): string | undefined {
  const stack: Group[] = [newGroup()];
  const top = () => stack[stack.length - 1]!;
  /** Records an atom of the current group and skips its quantifier; returns the index of the atom's last character. */
  const atom = (text: string, end: number): number => {
    const group = top();
    const after = quantifierAt(source, end + 1);
    if (group.first === undefined) group.first = after?.optional ? null : literalOf(text);
    // An atom repeated an exact number of times ("\\d{3}") matches in one way only.
    if (after?.unbounded && !after.exact) {
      group.unbounded = true;
      group.repeated.push(text);
    }
    return end + (after?.length ?? 0);
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      i = atom(source.slice(i, i + 2), i + 1);
      continue;
    }
    if (char === '[') {
      // Skip the character class, escapes included; a "]" first in the class is literal.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = atom(source.slice(i, j + 1), j);
      continue;
    }
    if (char === '(') {
      stack.push(newGroup());
      // "(?:", "(?=", "(?<name>": the group's own syntax is not an atom.
      const syntax = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/.exec(source.slice(i));
      if (syntax) i += syntax[0].length - 1;
      continue;
    }
    if (char === ')' && stack.length > 1) {
      const group = stack.pop()!;
      const after = quantifierAt(source, i + 1);
      if (after?.unbounded && group.unbounded && !isSeparated(group)) {
        return 'a repeated group holds a repeat (such as "(a+)+"), which can take minutes on some letters';
      }
      const parent = top();
      if (parent.first === undefined) parent.first = after?.optional ? null : (group.first ?? null);
      if (group.unbounded || after?.unbounded) {
        parent.unbounded = true;
        parent.nestedRepeat = true;
      }
      if (group.alternation) parent.alternation ||= Boolean(after?.unbounded);
      if (after) i += after.length;
      continue;
    }
    if (char === '|') {
      top().alternation = true;
      continue;
    }
    if (char === '^' || char === '$') continue;
    i = atom(char, i);
  }
  return undefined;
}

/**
 * Compiles a pattern of a YAML rule (Unicode mode, so \p{L} works), or says
 * why it cannot be used. Zero-length matches are skipped where patterns run.
 */
export function compilePattern(source: string, ignoreCase: boolean): RegExp | string {
  if (source.trim() === '') return 'expected a regular expression, not empty text';
  if (source.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters: list the words under "tokens" instead`;
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, ignoreCase ? 'giu' : 'gu');
  } catch (error) {
    // "Invalid regular expression: /x(/giu: Unterminated group" → "Unterminated group".
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return `not a valid regular expression: ${reason}`;
  }
  const nested = nestedQuantifier(source);
  if (nested) return `the pattern is refused because ${nested}`;
  pattern.lastIndex = 0;
  if (pattern.test('')) return 'the pattern matches empty text, so it would match everywhere';
  return pattern;
}
