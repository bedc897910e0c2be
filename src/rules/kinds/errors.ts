/**
 * A custom YAML rule that cannot be used. The message names the file (as
 * "<folder>/<file>.yml"), the line and the key, and says what was expected:
 * `shepway/council-name.yml:4: swap."going forward": expected a word or a list of words`.
 */
export class CustomRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CustomRuleError';
  }
}
