/** Words that config and rule-file messages share. */

/** "a, b or c": a list of choices as a message gives them. */
export function orList(values: readonly unknown[]): string {
  const shown = values.map((v) => String(v));
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

/**
 * A key path as a message names it: `rules."plain/sentence-length".max`,
 * `organisation.emailDomains[1]`. A key that is not a plain name is quoted;
 * `hyphens` lets kebab-case keys stand bare (rule files use them).
 */
export function formatKeyPath(path: ReadonlyArray<PropertyKey>, options: { hyphens?: boolean } = {}): string {
  const plain = options.hyphens ? /^[A-Za-z_][\w-]*$/ : /^[A-Za-z_$][\w$]*$/;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += (out ? '.' : '') + (plain.test(name) ? name : JSON.stringify(name));
    }
  }
  return out;
}
