/** Every message an invalid config file gets: one line naming the file, the key (and line) and what was expected. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfigFile } from '../../src/config/index.js';
import { parseRuleOptions } from '../../src/config/rule-option.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cc-check-schema-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `content` as `name` in a fresh folder and returns the error loading it gives, relative to that folder. */
async function errorOf(content: string, name = '.cc-checkrc.yml'): Promise<string> {
  const folder = await mkdtemp(join(dir, 'case-'));
  await writeFile(join(folder, name), content);
  try {
    await loadConfigFile(join(folder, name));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).relativeTo(folder).message;
    // One line, never a stack trace.
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`no error for:\n${content}`);
}

// [what, file content, exact message]
const YAML_CASES: Array<[string, string, string]> = [
  ['unknown rule, with a guess', 'rules:\n  plain/sentenc-length: error\n', '.cc-checkrc.yml:2: rules."plain/sentenc-length": unknown rule (did you mean "plain/sentence-length"?)'],
  ['unknown rule in a built-in category, no guess', 'rules:\n  plain/zzzzzzzzzzzz: error\n', '.cc-checkrc.yml:2: rules."plain/zzzzzzzzzzzz": unknown rule (run cc-check rules for the list)'],
  ['rule id without a category', 'rules:\n  qqqqqqqq: error\n', '.cc-checkrc.yml:2: rules.qqqqqqqq: unknown rule (rule ids look like "plain/sentence-length"; run cc-check rules for the list)'],
  ['rules not a mapping', 'rules: [plain/jargon]\n', '.cc-checkrc.yml:1: rules: expected a mapping of rule ids to settings, got a list of 1'],
  ['misspelt severity', 'rules:\n  plain/jargon: warn\n', '.cc-checkrc.yml:2: rules."plain/jargon": expected off, info, warning or error, got "warn" (did you mean "warning"?)'],
  ['severity in a list', 'rules:\n  plain/jargon: [eror]\n', '.cc-checkrc.yml:2: rules."plain/jargon"[0]: expected off, info, warning or error, got "eror" (did you mean "error"?)'],
  ['list too long', 'rules:\n  plain/jargon: [error, {}, {}]\n', '.cc-checkrc.yml:2: rules."plain/jargon": expected [severity] or [severity, options], got a list of 3'],
  ['options not a mapping', 'rules:\n  plain/sentence-length: [warning, 20]\n', '.cc-checkrc.yml:2: rules."plain/sentence-length"[1]: expected the rule\'s options as a mapping (such as {max: 20}), got 20'],
  ['misspelt "options" in a rule mapping', 'rules:\n  plain/sentence-length: {severity: warning, option: {max: 20}}\n', '.cc-checkrc.yml:2: rules."plain/sentence-length".option: unknown option (did you mean "options"?)'],
  ['misspelt option, written directly', 'rules:\n  plain/sentence-length: {mx: 20}\n', '.cc-checkrc.yml:2: rules."plain/sentence-length".mx: unknown option (did you mean "max"?)'],
  ['unknown option in a list', 'rules:\n  plain/sentence-length: [warning, {maximum: 20}]\n', '.cc-checkrc.yml:2: rules."plain/sentence-length"[1].maximum: unknown option; it takes "max", "maxError"'],
  ['an option for a rule that takes none', 'rules:\n  plain/jargon: {options: {max: 3}}\n', '.cc-checkrc.yml:2: rules."plain/jargon".options.max: unknown option; it takes no options'],
  ['options both under "options" and directly', 'rules:\n  plain/sentence-length: {options: {max: 20}, maxError: 30}\n', '.cc-checkrc.yml:2: rules."plain/sentence-length".maxError: unknown key (give the rule\'s options either under "options" or directly, not both)'],
  ['severity in a rule mapping', 'rules:\n  plain/sentence-length: {severity: high}\n', '.cc-checkrc.yml:2: rules."plain/sentence-length".severity: expected off, info, warning or error, got "high"'],
  ['rule setting of the wrong type', 'rules:\n  plain/jargon: 2\n', '.cc-checkrc.yml:2: rules."plain/jargon": expected off, info, warning or error, [severity, options] or {severity, options}, got 2'],
  ['unknown top-level key, with a guess', 'organisaton:\n  name: Shepway\n', '.cc-checkrc.yml:1: organisaton: unknown key (did you mean "organisation"?)'],
  ['unknown top-level key, no guess', 'colour: blue\n', '.cc-checkrc.yml:1: colour: unknown key'],
  ['root not a boolean', 'root: yes please\n', '.cc-checkrc.yml:1: root: expected true or false, got "yes please"'],
  ['minScore a word', 'minScore: eighty\n', '.cc-checkrc.yml:1: minScore: expected a number, got "eighty"'],
  ['minScore above 100', 'minScore: 120\n', '.cc-checkrc.yml:1: minScore: expected at most 100, got 120'],
  ['minScore below 0', 'minScore: -5\n', '.cc-checkrc.yml:1: minScore: expected at least 0, got -5'],
  ['minScore not whole', 'minScore: 82.5\n', '.cc-checkrc.yml:1: minScore: expected a whole number, got 82.5'],
  ['organisation name empty', 'organisation:\n  name: ""\n', '.cc-checkrc.yml:2: organisation.name: expected a text, got an empty one'],
  ['organisation unknown key', 'organisation:\n  emailDomain: [shepway.gov.uk]\n', '.cc-checkrc.yml:2: organisation.emailDomain: unknown key (did you mean "emailDomains"?)'],
  ['email domain with @', 'organisation:\n  emailDomains: [shepway.gov.uk, "@folkestone-hythe.gov.uk"]\n', '.cc-checkrc.yml:2: organisation.emailDomains[1]: expected a domain such as shepway.gov.uk, got "@folkestone-hythe.gov.uk"'],
  ['aliases not a list', 'organisation:\n  aliases: SDC\n', '.cc-checkrc.yml:2: organisation.aliases: expected a list, got "SDC"'],
  ['phone pattern that does not compile', 'organisation:\n  phonePatterns: ["01303 (85"]\n', '.cc-checkrc.yml:2: organisation.phonePatterns[0]: not a valid regular expression (Unterminated group): "01303 (85"'],
  ['address pattern that does not compile', 'organisation:\n  addressPatterns: ["Castle Hill [Avenue"]\n', '.cc-checkrc.yml:2: organisation.addressPatterns[0]: not a valid regular expression (Unterminated character class): "Castle Hill [Avenue"'],
  ['vocabulary accept not a list', 'vocabulary:\n  accept: Hythe\n', '.cc-checkrc.yml:2: vocabulary.accept: expected a list, got "Hythe"'],
  ['vocabulary reject replacement of the wrong type', 'vocabulary:\n  reject:\n    utilise: 3\n', '.cc-checkrc.yml:3: vocabulary.reject.utilise: expected a replacement, a list of replacements or nothing (null), got 3'],
  ['vocabulary reject not a mapping', 'vocabulary:\n  reject: [utilise]\n', '.cc-checkrc.yml:2: vocabulary.reject: expected a mapping, got a list of 1'],
  ['vocabulary unknown key', 'vocabulary:\n  acept: [Hythe]\n', '.cc-checkrc.yml:2: vocabulary.acept: unknown key (did you mean "accept"?)'],
  ['timescale of 0 days', 'timescales:\n  planning: 0\n', '.cc-checkrc.yml:2: timescales.planning: expected more than 0, got 0'],
  ['timescale not whole', 'timescales:\n  complaint-response: 7.5\n', '.cc-checkrc.yml:2: timescales."complaint-response": expected a whole number, got 7.5'],
  ['timescale a word', 'timescales:\n  default: ten\n', '.cc-checkrc.yml:2: timescales.default: expected a number, got "ten"'],
  ['template element unknown', 'template:\n  required: [date, letterhead]\n', '.cc-checkrc.yml:2: template.required[1]: expected organisation-name, date, our-reference, contact-officer, phone, email, subject, signature-job-title or footer, got "letterhead"'],
  ['template element misspelt', 'template:\n  required: [our-refernce]\n', '.cc-checkrc.yml:2: template.required[0]: expected organisation-name, date, our-reference, contact-officer, phone, email, subject, signature-job-title or footer, got "our-refernce" (did you mean "our-reference"?)'],
  ['template font size 0', 'template:\n  minFontSize: 0\n', '.cc-checkrc.yml:2: template.minFontSize: expected more than 0, got 0'],
  ['template file not a text', 'template:\n  file: 12\n', '.cc-checkrc.yml:2: template.file: expected a text, got 12'],
  ['template unknown key', 'template:\n  font: Arial\n', '.cc-checkrc.yml:2: template.font: unknown key (did you mean "fonts"?)'],
  ['protected passage without text or markers', 'protected:\n  - name: appeal rights\n', '.cc-checkrc.yml:2: protected[0]: expected "text", or "start" and "end"'],
  ['protected passage with start only', 'protected:\n  - name: appeal rights\n    start: You may appeal\n', '.cc-checkrc.yml:2: protected[0]: expected "end" too: a passage marked by its start needs its end, and the other way round'],
  ['protected passage with text and markers', 'protected:\n  - name: appeal rights\n    text: You may appeal.\n    start: You may\n    end: appeal.\n', '.cc-checkrc.yml:2: protected[0]: give either "text", or "start" and "end", not both'],
  ['protected passage without a name', 'protected:\n  - text: You may appeal.\n', '.cc-checkrc.yml:2: protected[0].name: expected a text, got nothing'],
  ['targets percent above 100', 'targets:\n  maxPassivePercent: 140\n', '.cc-checkrc.yml:2: targets.maxPassivePercent: expected at most 100, got 140'],
  ['targets unknown key', 'targets:\n  readingEase: 60\n', '.cc-checkrc.yml:2: targets.readingEase: unknown key (did you mean "minReadingEase"?)'],
  ['targets long sentence not whole', 'targets:\n  longSentenceWords: 20.5\n', '.cc-checkrc.yml:2: targets.longSentenceWords: expected a whole number, got 20.5'],
  ['customRules of the wrong type', 'customRules: 3\n', '.cc-checkrc.yml:1: customRules: expected a folder or a list of them, got 3'],
  ['ignore of the wrong type', 'ignore: {drafts: true}\n', '.cc-checkrc.yml:1: ignore: expected a glob or a list of them, got a mapping'],
  ['extends of the wrong type', 'extends: 3\n', '.cc-checkrc.yml:1: extends: expected a preset, path or package name or a list of them, got 3'],
  ['extends list with a number', 'extends: [recommended, 3]\n', '.cc-checkrc.yml:1: extends[1]: expected a text, got 3'],
  ['overrides without files', 'overrides:\n  - minScore: 70\n', '.cc-checkrc.yml:2: overrides[0].files: expected a glob or a list of them, got nothing'],
  ['overrides with an empty files list', 'overrides:\n  - files: []\n', '.cc-checkrc.yml:2: overrides[0].files: expected at least 1 entry, got none'],
  ['overrides with an unknown key', 'overrides:\n  - files: "*.md"\n    ignore: [x]\n', '.cc-checkrc.yml:3: overrides[0].ignore: unknown key'],
  ['overrides with an unknown kind', 'overrides:\n  - files: "*.md"\n    kind: leter\n', '.cc-checkrc.yml:3: overrides[0].kind: expected letter, email, out-of-office, acknowledgement, complaint-response, refusal, visit-appointment, change-notice, template or leaflet, got "leter" (did you mean "letter"?)'],
  ['overrides with templateMode not a boolean', 'overrides:\n  - files: "*.md"\n    templateMode: sometimes\n', '.cc-checkrc.yml:3: overrides[0].templateMode: expected true or false, got "sometimes"'],
  ['overrides rule typo', 'overrides:\n  - files: "*.md"\n    rules:\n      courtesy/tnoe: off\n', '.cc-checkrc.yml:4: overrides[0].rules."courtesy/tnoe": unknown rule (did you mean "courtesy/tone"?)'],
  ['the whole file a list', '- rules\n', '.cc-checkrc.yml: expected a mapping, got a list of 1'],
  ['several problems', 'minScore: high\ncolour: blue\n', '.cc-checkrc.yml:1: minScore: expected a number, got "high" (and 1 more problem)'],
];

describe('schema errors', () => {
  it.each(YAML_CASES)('%s', async (_what, content, message) => {
    expect(await errorOf(content)).toBe(message);
  });

  it('gives the line of a YAML syntax error', async () => {
    expect(await errorOf('root: true\nrules:\n  plain/jargon: [error\nminScore: 80\n')).toMatch(/^\.cc-checkrc\.yml:[34]: invalid YAML: /);
  });

  it('names a key given twice, with its line', async () => {
    expect(await errorOf('minScore: 80\nroot: true\nminScore: 90\n')).toBe('.cc-checkrc.yml:3: invalid YAML: the key "minScore" is given twice');
  });

  it('gives the line of a JSON syntax error', async () => {
    expect(await errorOf('{\n  "root": true,\n  "minScore": 80,\n}\n', '.cc-checkrc.json')).toMatch(/^\.cc-checkrc\.json:4: invalid JSON: /);
  });

  it('names the key of a JSON file (without a line)', async () => {
    expect(await errorOf('{"minScore": "high"}', '.cc-checkrc.json')).toBe('.cc-checkrc.json: minScore: expected a number, got "high"');
  });

  it('names the "cc-check" key of package.json', async () => {
    expect(await errorOf('{"name": "letters", "cc-check": {"minScor": 80}}', 'package.json')).toBe('package.json: "cc-check".minScor: unknown key (did you mean "minScore"?)');
  });

  it('says why a JavaScript config cannot be loaded', async () => {
    expect(await errorOf('throw new Error("no settings today");\n', 'cc-check.config.mjs')).toBe('cc-check.config.mjs: cannot load it: no settings today');
  });

  it('gives the syntax error of a JavaScript config with its line, not what require() said after import() failed', async () => {
    expect(await errorOf('export default {{\n', 'cc-check.config.mjs')).toBe("cc-check.config.mjs:1: cannot load it: Unexpected token '{'");
    expect(await errorOf('module.exports = {\n  root: true,\n  minScore: 9 5,\n};\n', 'cc-check.config.js')).toBe('cc-check.config.js:3: cannot load it: Unexpected number');
  });

  it('says what a config file may be when it is none of them', async () => {
    expect(await errorOf('minScore: 80\n', 'settings.txt')).toBe('settings.txt: a config file must be .yml, .yaml, .json, .js, .mjs, .ts or package.json');
  });

  it('validates what a JavaScript config exports', async () => {
    expect(await errorOf('export default { minScore: 101 };\n', 'cc-check.config.mjs')).toBe('cc-check.config.mjs: minScore: expected at most 100, got 101');
  });

  it('refuses an extends path that does not exist', async () => {
    expect(await errorOf('extends: ./shared/base.yml\n')).toMatch(/^\.cc-checkrc\.yml:1: extends: cannot find "\.\/shared\/base\.yml" \(looked for .*shared\/base\.yml\)$/);
  });

  it('refuses an extends package that is not installed', async () => {
    expect(await errorOf('extends: [recommended, cc-check-config-nowhere]\n')).toMatch(
      /^\.cc-checkrc\.yml:1: extends\[1\]: expected "recommended", "strict", a path starting with \.\/ or \.\.\/, or an installed package; cannot find the package "cc-check-config-nowhere" from /,
    );
  });

  it('refuses extends that loop, naming the loop', async () => {
    const folder = await mkdtemp(join(dir, 'loop-'));
    await writeFile(join(folder, 'a.yml'), 'extends: ./b.yml\n');
    await writeFile(join(folder, 'b.yml'), 'extends: ./a.yml\n');
    await expect(loadConfigFile(join(folder, 'a.yml'))).rejects.toThrow(/b\.yml:1: extends: extends itself in a loop \(a\.yml → b\.yml → a\.yml\)$/);
  });

  it('names the extended file when it is the one that is wrong', async () => {
    const folder = await mkdtemp(join(dir, 'ext-'));
    await mkdir(join(folder, 'shared'));
    await writeFile(join(folder, 'shared/base.yml'), 'minScore: 80\nrules:\n  plain/jargn: error\n');
    await writeFile(join(folder, '.cc-checkrc.yml'), 'extends: ./shared/base.yml\n');
    const error = await loadConfigFile(join(folder, '.cc-checkrc.yml')).catch((e: ConfigError) => e.relativeTo(folder));
    expect((error as ConfigError).message).toBe('shared/base.yml:3: rules."plain/jargn": unknown rule (did you mean "plain/jargon"?)');
  });

  it('refuses an alias bomb ("billion laughs") without expanding it', async () => {
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
    expect(await errorOf(`${bomb}\n`)).toBe('.cc-checkrc.yml: invalid YAML: too many aliases (*name) to expand');
  });

  it('refuses a config that is not a regular file, or too large, before reading it', async () => {
    const folder = await mkdtemp(join(dir, 'odd-'));
    await writeFile(join(folder, '.cc-checkrc.yml'), 'extends: ./big.yml\n');
    await writeFile(join(folder, 'big.yml'), `# ${'x'.repeat(1024 * 1024 + 10)}\n`);
    await expect(loadConfigFile(join(folder, '.cc-checkrc.yml'))).rejects.toThrow(/big\.yml: is 1\.0 MB: a config file is at most 1 MB$/);
    await mkdir(join(folder, 'dir.yml'));
    await writeFile(join(folder, '.cc-checkrc.yml'), 'extends: ./dir.yml\n');
    await expect(loadConfigFile(join(folder, '.cc-checkrc.yml'))).rejects.toThrow(/dir\.yml: is a folder, not a config file$/);
  });

  it('accepts an empty file as a config with no settings', async () => {
    const folder = await mkdtemp(join(dir, 'empty-'));
    await writeFile(join(folder, '.cc-checkrc.yml'), '');
    const loaded = await loadConfigFile(join(folder, '.cc-checkrc.yml'));
    expect(loaded.layers).toHaveLength(1);
    expect(loaded.layers[0]!.settings).toEqual({});
  });
});

describe('--rule values', () => {
  it('reads a severity, a list and a mapping as a config file does', async () => {
    expect(await parseRuleOptions(['plain/passive: off', 'plain/sentence-length: [error, {max: 20}]', 'plain/jargon: {severity: info}'])).toEqual({
      'plain/passive': { severity: 'off' },
      'plain/sentence-length': { severity: 'error', options: { max: 20 } },
      'plain/jargon': { severity: 'info' },
    });
  });

  it('takes the braces of a flow mapping, and no space after the rule id\'s colon', async () => {
    expect(await parseRuleOptions(['{plain/passive: off}', 'plain/jargon:info', 'plain/sentence-length:[error, {max: 20}]'])).toEqual({
      'plain/passive': { severity: 'off' },
      'plain/jargon': { severity: 'info' },
      'plain/sentence-length': { severity: 'error', options: { max: 20 } },
    });
  });

  it('lets no YAML warning through beside its own error', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      await expect(parseRuleOptions(['{{plain/passive: off}}'])).rejects.toThrow(/^--rule: /);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('names --rule and the rule in its errors', async () => {
    await expect(parseRuleOptions(['plain/sentenc-length: off'])).rejects.toThrow('--rule: "plain/sentenc-length": unknown rule (did you mean "plain/sentence-length"?)');
    await expect(parseRuleOptions(['plain/passive: of'])).rejects.toThrow('--rule: "plain/passive": expected off, info, warning or error, got "of" (did you mean "off"?)');
    await expect(parseRuleOptions(['plain/passive'])).rejects.toThrow('--rule: expected "rule-id: severity" or "rule-id: [severity, {option: value}]", got "plain/passive"');
  });
});
