/** Finding, cascading and applying configs: discovery, precedence, root, --config, --no-config, overrides, ignore, extends. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { check, ConfigError, ConfigResolver, resolveConfig } from '../../src/index.js';
import type { Rule } from '../../src/types.js';
import { configInFolder, presetPath } from '../../src/config/load.js';

// The custom-rule loader and the template reader are other parts of cc-check: stand-ins with their signatures.
// Built as a plain Rule: custom rule ids start with their folder's name, not a built-in category.
const customRule: Rule = {
  meta: {
    id: 'shepway/dear-sir',
    category: 'courtesy',
    severity: 'warning',
    description: 'Test stand-in for a YAML custom rule.',
    standard: 'Shepway 11',
    fixable: false,
    messages: { found: 'Write to the person by name' },
    examples: { good: ['Dear Mrs Patel'], bad: ['Dear Sir'] },
  },
  create(context) {
    const at = context.document.text.indexOf('Dear Sir');
    if (at >= 0) context.report({ messageId: 'found', start: at, end: at + 8 });
  },
};
vi.mock('../../src/rules/kinds/load.js', () => ({
  loadCustomRules: vi.fn(async (folder: string) => {
    if (folder.endsWith('broken-rules')) throw new Error('broken-rules/dear-sir.yml:3: "kind" must be existence, substitution, required or metric');
    return [customRule];
  }),
}));
vi.mock('../../src/template/corporate.js', () => ({
  loadCorporateTemplate: vi.fn(async (path: string) => ({ path, bodyFont: 'Arial', bodySize: 12 })),
}));

let root: string;
/** Writes files (path → content) under a fresh folder and returns it. */
async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(root, 'p-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cc-check-resolve-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const LETTER = `Dear Mrs Patel

Thank you for telling us about the leak under your kitchen sink and the damage it has done to the cupboard doors and floor.

We have asked our contractor to fix the leak by 19 March 2026. Please call Sam Carter on 01303 853000 if you have any questions.

Yours sincerely

Sam Carter
Repairs Officer
`;

describe('discovery', () => {
  it.each([
    ['.cc-checkrc.yml', 'root: true\nminScore: 61\n'],
    ['.cc-checkrc.yaml', 'root: true\nminScore: 61\n'],
    ['.cc-checkrc.json', '{"root": true, "minScore": 61}'],
    ['cc-check.config.js', 'export default { root: true, minScore: 61 };\n'],
    ['cc-check.config.mjs', 'export default { root: true, minScore: 61 };\n'],
    ['cc-check.config.ts', 'const config: { root: boolean; minScore: number } = { root: true, minScore: 61 };\nexport default config;\n'],
    ['package.json', '{"name": "letters", "type": "module", "cc-check": {"root": true, "minScore": 61}}'],
  ])('finds %s', async (name, content) => {
    const dir = await project({ [name]: content, 'letters/a.txt': LETTER });
    const resolved = await resolveConfig(join(dir, 'letters/a.txt'));
    expect(resolved.files).toEqual([join(dir, name)]);
    expect(resolved.settings.minScore).toBe(61);
  });

  it('passes over a package.json without a "cc-check" key', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nminScore: 62\n', 'letters/package.json': '{"name": "x"}', 'letters/a.txt': LETTER });
    const resolved = await resolveConfig(join(dir, 'letters/a.txt'));
    expect(resolved.files).toEqual([join(dir, '.cc-checkrc.yml')]);
  });

  it('takes the first of the search places when a folder has several', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nminScore: 63\n', '.cc-checkrc.json': '{"root": true, "minScore": 64}' });
    expect((await resolveConfig(join(dir, 'a.txt'))).settings.minScore).toBe(63);
  });

  it('asks cosmiconfig nothing in a folder without a config file', async () => {
    const dir = await project({ 'package.json': '{"name": "x"}', 'a.txt': LETTER });
    const explorer = vi.fn();
    expect(await configInFolder(explorer, dir)).toBeUndefined();
    expect(explorer).not.toHaveBeenCalled();
  });

  it('names a broken package.json in the current folder, which cosmiconfig reads for its own settings', async () => {
    // Before the fix this was an internal error, whichever folder the letters were in.
    const dir = await project({ 'package.json': '{"name": "x",\n', 'letters/.cc-checkrc.yml': 'root: true\n' });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(resolveConfig(join(dir, 'letters/a.txt'), { cwd: dir })).rejects.toThrow(/^package\.json:2: invalid JSON: /);
    } finally {
      process.chdir(cwd);
    }
  });

  it('gives the syntax error and line of a JavaScript config it finds', async () => {
    const dir = await project({ 'letters/cc-check.config.mjs': 'export default {\n  minScore: 80,,\n};\n' });
    await expect(resolveConfig(join(dir, 'letters/a.txt'), { cwd: dir })).rejects.toThrow("letters/cc-check.config.mjs:2: cannot load it: Unexpected token ','");
  });

  it('finds nothing when there is no config: the built-in defaults', async () => {
    const dir = await project({ 'a.txt': LETTER });
    const resolved = await resolveConfig(join(dir, 'a.txt'), { stopDir: dir });
    expect(resolved).toMatchObject({ files: [], ignored: false, settings: {} });
  });

  it('stops at stopDir (the user home by default) and does not read above it', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'minScore: 70\n', 'home/letters/a.txt': LETTER });
    expect((await resolveConfig(join(dir, 'home/letters/a.txt'), { stopDir: join(dir, 'home') })).files).toEqual([]);
    expect((await resolveConfig(join(dir, 'home/letters/a.txt'), { stopDir: dir })).files).toEqual([join(dir, '.cc-checkrc.yml')]);
  });

  it('searches each folder once for many files', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nminScore: 66\n' });
    const resolver = new ConfigResolver({ cwd: dir });
    const configs = await Promise.all(Array.from({ length: 50 }, (_, i) => resolver.resolve(`letters/${i}.txt`)));
    expect(new Set(configs.map((c) => c.key)).size).toBe(1);
    // One distinct config: one set of options and rules, shared by every file.
    const configured = await Promise.all(configs.slice(0, 5).map((c) => resolver.configure(c)));
    expect(new Set(configured).size).toBe(1);
  });
});

describe('precedence', () => {
  const files = {
    '.cc-checkrc.yml': 'root: true\nextends: strict\nminScore: 85\nrules:\n  plain/jargon: warning\norganisation:\n  name: Shepway District Council\n  emailDomains: [shepway.gov.uk]\n',
    'housing/.cc-checkrc.yml': 'minScore: 75\nrules:\n  plain/sentence-length: {options: {max: 25}}\norganisation:\n  emailDomains: [shepway-homes.org.uk]\n',
    'housing/repair.txt': LETTER,
  };

  it('nearest file over parent over preset over built-in defaults', async () => {
    const dir = await project(files);
    const resolved = await resolveConfig(join(dir, 'housing/repair.txt'));
    expect(resolved.files).toEqual([presetPath('recommended'), presetPath('strict'), join(dir, '.cc-checkrc.yml'), join(dir, 'housing/.cc-checkrc.yml')]);
    // strict sets max 20 and maxError 30; the nearest file changes max and keeps the rest.
    expect(resolved.settings.rules?.['plain/sentence-length']).toEqual({ severity: 'warning', options: { max: 25, maxError: 30 } });
    // strict raises plain/jargon to error; the parent lowers it again.
    expect(resolved.settings.rules?.['plain/jargon']).toEqual({ severity: 'warning' });
    // strict's minScore 90 < parent's 85 < nearest 75.
    expect(resolved.settings.minScore).toBe(75);
    // Mappings merge key by key; lists replace.
    expect(resolved.settings.organisation).toEqual({ name: 'Shepway District Council', emailDomains: ['shepway-homes.org.uk'] });
    // Built-in defaults under the preset: recommended names every rule at its default.
    expect(resolved.settings.rules?.['courtesy/signoff-mismatch']).toEqual({ severity: 'error' });
  });

  it('options given to check() (the CLI options) win over every file', async () => {
    const dir = await project(files);
    const resolver = new ConfigResolver({ cwd: dir }, { minScore: 50, rules: { 'plain/sentence-length': { options: { max: 30 } }, 'plain/passive': 'off' } });
    const configured = await resolver.configure(await resolver.resolve('housing/repair.txt'));
    expect(configured.options.minScore).toBe(50);
    expect(configured.options.rules?.['plain/sentence-length']).toEqual({ severity: 'warning', options: { max: 30, maxError: 30 } });
    expect(configured.active.find((a) => a.rule.meta.id === 'plain/passive')).toBeUndefined();
    expect(configured.options.profile?.organisation?.name).toBe('Shepway District Council');
  });

  it('changes the findings and the verdict of a real check', async () => {
    const dir = await project(files);
    await writeFile(join(dir, 'repair.txt'), LETTER);
    const report = await check(['repair.txt', 'housing/repair.txt'], { cwd: dir });
    const long = (i: number) => report.files[i]!.findings.filter((f) => f.ruleId === 'plain/sentence-length');
    // The 24-word sentence is too long under strict's 20 words, not under housing's 25.
    expect(long(0)).toHaveLength(1);
    expect(long(1)).toHaveLength(0);
    expect((await check('repair.txt', { cwd: dir, config: false })).files[0]!.findings.filter((f) => f.ruleId === 'plain/sentence-length')).toHaveLength(0);
  });

  it('root: true stops the search upwards', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'minScore: 85\n', 'team/.cc-checkrc.yml': 'root: true\nrules:\n  plain/passive: off\n' });
    const resolved = await resolveConfig(join(dir, 'team/a.txt'));
    expect(resolved.files).toEqual([join(dir, 'team/.cc-checkrc.yml')]);
    expect(resolved.settings.minScore).toBeUndefined();
  });

  it('without root: true a parent applies under the child', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nminScore: 85\n', 'team/.cc-checkrc.yml': 'rules:\n  plain/passive: off\n' });
    const resolved = await resolveConfig(join(dir, 'team/a.txt'));
    expect(resolved.files).toEqual([join(dir, '.cc-checkrc.yml'), join(dir, 'team/.cc-checkrc.yml')]);
    expect(resolved.settings).toMatchObject({ minScore: 85, rules: { 'plain/passive': { severity: 'off' } } });
  });

  it('vocabulary adds up, and a nearer file takes back a rejection', async () => {
    const dir = await project({
      '.cc-checkrc.yml': 'root: true\nvocabulary:\n  accept: [Hythe]\n  reject:\n    utilise: use\n    customer: [resident, you]\n',
      'team/.cc-checkrc.yml': 'vocabulary:\n  accept: [customer, Sandgate]\n  reject:\n    service user: null\n',
    });
    const resolved = await resolveConfig(join(dir, 'team/a.txt'));
    expect(resolved.settings.vocabulary).toEqual({ accept: ['Hythe', 'customer', 'Sandgate'], reject: { utilise: ['use'], 'service user': [] } });
  });
});

describe('--config and --no-config', () => {
  it('config: path uses that file and what it extends, for every file, and nothing else', async () => {
    const dir = await project({
      '.cc-checkrc.yml': 'root: true\nminScore: 85\n',
      'shared/base.yml': 'minScore: 70\n',
      'shared/council.yml': 'extends: ./base.yml\nrules:\n  plain/passive: off\nignore: ["drafts/**"]\n',
    });
    const resolver = new ConfigResolver({ cwd: dir, config: 'shared/council.yml' });
    const resolved = await resolver.resolve('letters/a.txt');
    expect(resolved.files).toEqual([join(dir, 'shared/base.yml'), join(dir, 'shared/council.yml')]);
    expect(resolved.settings.minScore).toBe(70);
    // With --config, globs start from the current folder (as in ESLint).
    expect((await resolver.resolve('drafts/a.txt')).ignored).toBe(true);
  });

  it('config: a missing file is a config error', async () => {
    const dir = await project({});
    await expect(resolveConfig('a.txt', { cwd: dir, config: 'nowhere.yml' })).rejects.toThrow('nowhere.yml: config file not found');
  });

  it('config: false uses no file at all', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nminScore: 85\nignore: ["*.txt"]\n' });
    const resolved = await resolveConfig(join(dir, 'a.txt'), { config: false });
    expect(resolved).toMatchObject({ files: [], ignored: false, settings: {} });
  });
});

describe('overrides and ignore', () => {
  const files = {
    '.cc-checkrc.yml': [
      'root: true',
      'ignore: [drafts, "*.old.txt", "!keep.old.txt"]',
      'overrides:',
      '  - files: ["templates/**"]',
      '    templateMode: true',
      '    rules:',
      '      correspondence/date: off',
      '  - files: "*.eml"',
      '    excludedFiles: "archive/**"',
      '    kind: email',
      '    minScore: 60',
      '',
    ].join('\n'),
  };

  it('applies an override to the files its globs match, relative to the config', async () => {
    const dir = await project(files);
    const template = await resolveConfig(join(dir, 'templates/letters/ack.md'));
    expect(template.settings).toMatchObject({ templateMode: true, rules: { 'correspondence/date': { severity: 'off' } } });
    const letter = await resolveConfig(join(dir, 'letters/ack.md'));
    expect(letter.settings.templateMode).toBeUndefined();
    expect(letter.key).not.toBe(template.key);
  });

  it('matches a glob without a slash in any folder, and honours excludedFiles', async () => {
    const dir = await project(files);
    expect((await resolveConfig(join(dir, 'inbox/2026/reply.eml'))).settings).toMatchObject({ kind: 'email', minScore: 60 });
    expect((await resolveConfig(join(dir, 'archive/reply.eml'))).settings.kind).toBeUndefined();
  });

  it('ignores files by folder name, by glob, and takes one back with !', async () => {
    const dir = await project(files);
    const ignored = async (path: string) => (await resolveConfig(join(dir, path))).ignored;
    expect(await ignored('drafts/a.txt')).toBe(true);
    expect(await ignored('team/drafts/deep/a.txt')).toBe(true);
    expect(await ignored('letters/a.old.txt')).toBe(true);
    expect(await ignored('letters/keep.old.txt')).toBe(false);
    expect(await ignored('letters/a.txt')).toBe(false);
  });

  it('check() leaves ignored files out of the report', async () => {
    const dir = await project({ ...files, 'drafts/a.txt': LETTER, 'letters/b.txt': LETTER });
    const report = await check(['drafts', 'letters'], { cwd: dir });
    expect(report.files.map((f) => f.path)).toEqual(['letters/b.txt']);
  });
});

describe('extends', () => {
  it('a relative path: its paths from its own folder, its globs from the extending file', async () => {
    const dir = await project({
      'shared/base.yml': 'minScore: 70\ntemplate:\n  file: corporate.dotx\nignore: ["drafts/**"]\n',
      'shared/corporate.dotx': 'not read by the stand-in',
      'letters/.cc-checkrc.yml': 'root: true\nextends: ../shared/base.yml\n',
    });
    const resolved = await resolveConfig(join(dir, 'letters/drafts/a.txt'));
    expect(resolved.settings.template?.file).toBe(join(dir, 'shared/corporate.dotx'));
    expect(resolved.ignored).toBe(true);
    expect(resolved.settings.minScore).toBe(70);
  });

  it('a preset: recommended and strict', async () => {
    const dir = await project({ 'a/.cc-checkrc.yml': 'root: true\nextends: recommended\n', 'b/.cc-checkrc.yml': 'root: true\nextends: strict\n' });
    expect((await resolveConfig(join(dir, 'a/x.txt'))).settings.minScore).toBe(80);
    expect((await resolveConfig(join(dir, 'b/x.txt'))).settings.minScore).toBe(90);
  });

  it('a package, resolved from the config file\'s folder', async () => {
    const dir = await project({
      'node_modules/@council/cc-check-config/package.json': '{"name": "@council/cc-check-config", "main": "config.yml"}',
      'node_modules/@council/cc-check-config/config.yml': 'minScore: 72\n',
      '.cc-checkrc.yml': 'root: true\nextends: "@council/cc-check-config"\n',
    });
    expect((await resolveConfig(join(dir, 'x.txt'))).settings.minScore).toBe(72);
  });
});

describe('custom rules, template and rule options', () => {
  it('loads custom rules from the folder and lets the config set them', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\ncustomRules: shepway-rules\nrules:\n  shepway/dear-sir: error\n', 'shepway-rules/dear-sir.yml': 'kind: existence\n', 'a.txt': 'Dear Sir\n\nThank you.\n' });
    const report = await check('a.txt', { cwd: dir });
    expect(report.files[0]!.findings.filter((f) => f.ruleId === 'shepway/dear-sir').map((f) => f.severity)).toEqual(['error']);
  });

  it('refuses options for a custom rule, which takes none', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\ncustomRules: shepway-rules\nrules:\n  shepway/dear-sir: {max: 2}\n', 'shepway-rules/dear-sir.yml': '', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: dir })).rejects.toThrow('.cc-checkrc.yml:4: rules."shepway/dear-sir": unknown option "max": a custom rule takes no options (set what it checks in its own file)');
  });

  it('reads options written directly under the rule as its options', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nrules:\n  plain/sentence-length: {max: 8}\n', 'a.txt': LETTER });
    const resolved = await resolveConfig(join(dir, 'a.txt'));
    expect(resolved.settings.rules?.['plain/sentence-length']).toEqual({ options: { max: 8 } });
  });

  it('refuses a rule id that no custom rule has', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\ncustomRules: shepway-rules\nrules:\n  shepway/dear-sirs: error\n', 'shepway-rules/dear-sir.yml': '', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: dir })).rejects.toThrow('.cc-checkrc.yml:4: rules."shepway/dear-sirs": unknown rule (did you mean "shepway/dear-sir"?)');
    const bare = await project({ '.cc-checkrc.yml': 'root: true\nrules:\n  shepway/dear-sir: error\n', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: bare })).rejects.toThrow('.cc-checkrc.yml:3: rules."shepway/dear-sir": unknown rule (no custom rules are loaded: is customRules set?)');
  });

  it('names the config when the custom rules folder is missing or a rule file is wrong', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\ncustomRules: nowhere\n', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: dir })).rejects.toThrow(/^\.cc-checkrc\.yml: customRules: cannot find the folder .*nowhere$/);
    const broken = await project({ '.cc-checkrc.yml': 'root: true\ncustomRules: broken-rules\n', 'broken-rules/dear-sir.yml': '', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: broken })).rejects.toThrow('.cc-checkrc.yml: customRules: broken-rules/dear-sir.yml:3: "kind" must be existence, substitution, required or metric');
  });

  it('says a customRules entry that names a file is not a folder', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\ncustomRules: shepway/dear-sir.yml\n', 'shepway/dear-sir.yml': 'kind: existence\n', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: dir })).rejects.toThrow('.cc-checkrc.yml: customRules: shepway/dear-sir.yml is a file: customRules names folders of rule files');
  });

  it('names both folders, and the configs naming them, when two custom rules have one id', async () => {
    const dir = await project({
      '.cc-checkrc.yml': 'root: true\ncustomRules: shepway\n',
      'shepway/dear-sir.yml': '',
      'housing/.cc-checkrc.yml': 'customRules: shepway\n',
      'housing/shepway/dear-sir.yml': '',
      'housing/a.txt': LETTER,
    });
    await expect(check('housing/a.txt', { cwd: dir })).rejects.toThrow(
      'housing/.cc-checkrc.yml: customRules: two custom rules have the id "shepway/dear-sir": one in shepway (customRules of .cc-checkrc.yml), one in housing/shepway (customRules of housing/.cc-checkrc.yml)',
    );
  });

  it('loads the template file named in the config', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\ntemplate:\n  file: corporate.dotx\n', 'corporate.dotx': 'x' });
    const resolver = new ConfigResolver({ cwd: dir });
    const configured = await resolver.configure(await resolver.resolve('a.txt'));
    expect(configured.options.corporateTemplate).toMatchObject({ path: join(dir, 'corporate.dotx') });
    const missing = await project({ '.cc-checkrc.yml': 'root: true\ntemplate:\n  file: corporate.dotx\n', 'a.txt': LETTER });
    await expect(check('a.txt', { cwd: missing })).rejects.toThrow(/^\.cc-checkrc\.yml: template\.file: cannot find the template .*corporate\.dotx$/);
  });

  it('an option a rule refuses is a config error naming the file and rule', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\nrules:\n  plain/sentence-length: [warning, {max: twenty}]\n', 'a.txt': LETTER });
    const error = await check('a.txt', { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('.cc-checkrc.yml:3: rules."plain/sentence-length": the rule cannot use these options: option "max" must be a whole number above 0');
  });

  it('gives the rule profile from the config', async () => {
    const dir = await project({ '.cc-checkrc.yml': 'root: true\norganisation:\n  name: Shepway District Council\ntimescales:\n  default: 10\nprotected:\n  - name: appeal\n    text: You may appeal.\ntargets:\n  minReadingEase: 55\n' });
    const resolver = new ConfigResolver({ cwd: dir });
    const { options } = await resolver.configure(await resolver.resolve('a.txt'));
    expect(options.profile).toEqual({
      organisation: { name: 'Shepway District Council' },
      timescales: { default: 10 },
      protected: [{ name: 'appeal', text: 'You may appeal.' }],
      targets: { minReadingEase: 55 },
    });
  });
});
