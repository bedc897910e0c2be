import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleDataError, forgetPhraseLists, loadPhraseList, parsePhraseList } from '../../../src/rules/data/load.js';
import { PhraseMatcher, matchCase, normalisePhrase } from '../../../src/rules/data/matcher.js';

const SUBSTITUTION_LISTS = ['plain/jargon', 'plain/latin-legal', 'plain/waffle'];
const ALL_LISTS = [...SUBSTITUTION_LISTS, 'plain/vague', 'plain/slow-start'];

describe('shipped word lists', () => {
  it.each(ALL_LISTS)('%s passes validation and is cached in memory', (name) => {
    // Straight from the YAML, whatever is in the disk cache.
    const file = new URL(`../../../rules/${name}.yml`, import.meta.url);
    expect(parsePhraseList(readFileSync(file, 'utf8'), name, name).entries.length).toBeGreaterThan(10);
    const list = loadPhraseList(name);
    expect(list.entries.length).toBeGreaterThan(10);
    expect(loadPhraseList(name)).toBe(list);
  });

  it('jargon, Latin/legal and waffle hold well over 100 entries together, each with a plain alternative', () => {
    const lists = SUBSTITUTION_LISTS.map((name) => loadPhraseList(name));
    const total = lists.reduce((sum, list) => sum + list.entries.length, 0);
    expect(total).toBeGreaterThan(250);
    expect(loadPhraseList('plain/jargon').entries.length).toBeGreaterThanOrEqual(80);
    expect(loadPhraseList('plain/latin-legal').entries.length).toBeGreaterThanOrEqual(45);
    expect(loadPhraseList('plain/waffle').entries.length).toBeGreaterThanOrEqual(70);
    for (const list of lists) for (const entry of list.entries) expect(entry.replacements.length, entry.phrase).toBeGreaterThan(0);
  });

  it('no phrase is listed in two lists', () => {
    const owner = new Map<string, string>();
    for (const name of ALL_LISTS) {
      for (const entry of loadPhraseList(name).entries) {
        const key = normalisePhrase(entry.phrase);
        expect(owner.get(key), `"${entry.phrase}" is in ${name} and ${owner.get(key)}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it('no replacement is itself flagged by any of the plain lists', () => {
    const matchers = ['plain/jargon', 'plain/latin-legal', 'plain/waffle', 'plain/vague'].map((name) => loadPhraseList(name).matcher);
    for (const name of SUBSTITUTION_LISTS) {
      for (const entry of loadPhraseList(name).entries) {
        for (const replacement of entry.replacements) {
          const flagged = matchers.flatMap((m) => m.find(replacement)).map((m) => m.actual);
          expect(flagged, `${name}: "${entry.phrase}" → "${replacement}"`).toEqual([]);
        }
      }
    }
  });

  it('the must-have council entries are there', () => {
    const phrases = new Set(ALL_LISTS.flatMap((name) => loadPhraseList(name).entries.map((e) => normalisePhrase(e.phrase))));
    for (const phrase of ['utilise', 'commence', 'in due course', 'pursuant to', 'herewith', 'please find enclosed', 'going forward', 'per annum', 'inter alia', 'e.g.', 'i.e.', 'etc.']) {
      expect(phrases.has(phrase), phrase).toBe(true);
    }
  });
});

describe('phrase matcher', () => {
  const matcher = new PhraseMatcher([
    { phrase: 'in order to', replacements: ['to'] },
    { phrase: 'in order', replacements: ['ready'] },
    { phrase: 'utilise', replacements: ['use'] },
    { phrase: 'e.g.', replacements: ['for example'] },
    { phrase: "we'll endeavour to", replacements: [] },
  ]);

  it('matches whole words, case-insensitively, across any whitespace, longest phrase first', () => {
    const found = matcher.find('In  order\nto pay, we Utilise the fund but not utilised or reutilise.');
    expect(found.map((m) => [m.actual, m.entry.phrase])).toEqual([
      ['In  order\nto', 'in order to'],
      ['Utilise', 'utilise'],
    ]);
  });

  it('gives offsets shifted by the offset asked for', () => {
    const [match] = matcher.find('Please utilise it.', 100);
    expect([match!.start, match!.end]).toEqual([107, 114]);
  });

  it('matches phrases ending in a full stop and curly apostrophes', () => {
    expect(matcher.find('Bring proof, e.g. a bill.').map((m) => m.actual)).toEqual(['e.g.']);
    expect(matcher.find('We’ll endeavour to call.').map((m) => m.actual)).toEqual(['We’ll endeavour to']);
  });

  it('matches accented phrases in any case, and not inside an accented word', () => {
    const accented = new PhraseMatcher([{ phrase: 'vis-à-vis', replacements: ['about'] }, { phrase: 'per se', replacements: ['as such'] }]);
    expect(accented.find('Vis-À-vis the rent, per se.').map((m) => m.actual)).toEqual(['Vis-À-vis', 'per se']);
    expect(accented.find('Our perse café, per seé.')).toEqual([]);
  });

  it('keeps the capital of the replaced word', () => {
    expect(matchCase('Utilise', 'use')).toBe('Use');
    expect(matchCase('utilise', 'use')).toBe('use');
  });
});

describe('list validation', () => {
  const header = [
    'kind: substitution',
    'severity: warning',
    'standard: Shepway 12',
    'description: Test list.',
    "message: 'Say “{expected}” instead of “{actual}”.'",
    'examples: { bad: [We utilise it.], good: [We use it.] }',
  ].join('\n');

  function errorOf(source: string): string {
    try {
      parsePhraseList(source, 'rules/plain/test.yml', 'plain/test');
    } catch (error) {
      expect(error).toBeInstanceOf(RuleDataError);
      return (error as Error).message;
    }
    throw new Error('the list was accepted');
  }

  it('accepts a well-formed list', () => {
    const list = parsePhraseList(`${header}\nswap:\n  utilise: use\n  commence: [start, begin]\n`, 'rules/plain/test.yml', 'plain/test');
    expect(list.entries).toEqual([
      { phrase: 'utilise', replacements: ['use'] },
      { phrase: 'commence', replacements: ['start', 'begin'] },
    ]);
  });

  it('refuses an unknown key, naming file and line', () => {
    expect(errorOf(`${header}\nswap:\n  utilise: use\ncolour: red\n`)).toBe('rules/plain/test.yml:9: unknown key "colour"');
  });

  it('refuses a wrong type, naming the entry', () => {
    expect(errorOf(`${header}\nswap:\n  utilise: 3\n`)).toMatch(/^rules\/plain\/test\.yml:8: "swap\.utilise"/);
  });

  it('refuses an empty replacement, naming the entry', () => {
    expect(errorOf(`${header}\nswap:\n  utilise: use\n  commence: ''\n`)).toBe('rules/plain/test.yml:9: "commence" has an empty replacement');
  });

  it('refuses a phrase listed twice, in any case', () => {
    expect(errorOf(`${header}\nswap:\n  utilise: use\n  Utilise: use\n`)).toBe('rules/plain/test.yml:9: "Utilise" is listed twice (also as "utilise")');
    expect(errorOf(`${header}\nswap:\n  utilise: use\n  utilise: apply\n`)).toBe('rules/plain/test.yml:9: "utilise" is listed twice');
  });

  it('refuses a replacement that the same list flags', () => {
    expect(errorOf(`${header}\nswap:\n  commence: start\n  begin: start\n  initiate: begin\n`)).toBe(
      'rules/plain/test.yml:10: the replacement "begin" for "initiate" is itself flagged ("begin")',
    );
  });

  it('refuses an unknown placeholder in the message', () => {
    expect(errorOf(header.replace('{actual}', '{found}') + '\nswap:\n  utilise: use\n')).toMatch(/unknown placeholder \{found\}/);
  });

  it('names the file of a broken list read from a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-check-lists-'));
    mkdirSync(join(dir, 'plain'));
    writeFileSync(join(dir, 'plain', 'broken.yml'), `${header}\nswap:\n  utilise: use\n  commence: []\n`);
    expect(() => loadPhraseList('plain/broken', { rulesDir: dir, cacheDir: false })).toThrow(/broken\.yml:9: "swap\.commence"/);
    writeFileSync(join(dir, 'plain', 'bad-yaml.yml'), 'kind: substitution\nswap: [unclosed\n');
    expect(() => loadPhraseList('plain/bad-yaml', dir)).toThrow(/bad-yaml\.yml:\d+: /);
    expect(() => loadPhraseList('plain/missing', dir)).toThrow(/missing\.yml: cannot read the word list/);
  });

  it('caches a validated list by its content and validates it again once edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-check-lists-'));
    const cacheDir = join(dir, 'cache');
    mkdirSync(join(dir, 'plain'));
    const file = join(dir, 'plain', 'cached.yml');
    writeFileSync(file, `${header}\nswap:\n  utilise: use\n`);
    expect(loadPhraseList('plain/cached', { rulesDir: dir, cacheDir, writeCache: true }).entries).toEqual([{ phrase: 'utilise', replacements: ['use'] }]);
    const [entry] = readdirSync(cacheDir);
    const cachePath = join(cacheDir, entry!);
    const cached = JSON.parse(readFileSync(cachePath, 'utf8'));
    expect(cached.entries).toEqual([{ phrase: 'utilise', replacements: ['use'] }]);

    // A later process reads the cache, not the YAML: prove it by marking the cached copy.
    cached.entries[0].replacements = ['apply'];
    writeFileSync(cachePath, JSON.stringify(cached));
    forgetPhraseLists();
    const fromCache = loadPhraseList('plain/cached', { rulesDir: dir, cacheDir });
    expect(fromCache.entries[0]!.replacements).toEqual(['apply']);
    expect(fromCache.matcher.find('We utilise it.').map((m) => m.actual)).toEqual(['utilise']);

    // An edit changes the key, so the broken list is validated and refused.
    writeFileSync(file, `${header}\nswap:\n  utilise: ''\n`);
    forgetPhraseLists();
    expect(() => loadPhraseList('plain/cached', { rulesDir: dir, cacheDir, writeCache: true })).toThrow(/"utilise" has an empty replacement/);
  });
});
