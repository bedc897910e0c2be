/** The presets and the starter config `cc-check init` writes: valid, and true to the rules' defaults. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { loadConfigFile, starterConfig } from '../../src/config/index.js';
import { catalogueOf, presetPath } from '../../src/config/load.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cc-check-presets-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('presets', () => {
  it('recommended names every built-in rule at its default severity, and the default pass mark', async () => {
    const loaded = await loadConfigFile(presetPath('recommended'));
    const [layer] = loaded.layers;
    expect(loaded.layers).toHaveLength(1);
    const expected = Object.fromEntries(allRules.map((rule) => [rule.meta.id, { severity: rule.meta.severity }]));
    expect(layer!.settings.rules).toEqual(expected);
    expect(layer!.settings.minScore).toBe(80);
  });

  it('strict extends recommended and is stricter in every setting it changes', async () => {
    const loaded = await loadConfigFile(presetPath('strict'));
    const [recommended, strict] = loaded.layers;
    expect(recommended!.file).toBe(presetPath('recommended'));
    expect(strict!.settings.minScore).toBeGreaterThan(recommended!.settings.minScore!);
    const rank = { off: 0, info: 1, warning: 2, error: 3 };
    for (const [id, setting] of Object.entries(strict!.settings.rules!)) {
      expect(rank[setting.severity!], id).toBeGreaterThanOrEqual(rank[recommended!.settings.rules![id]!.severity!]);
    }
    expect(strict!.settings.rules!['plain/sentence-length']).toEqual({ severity: 'warning', options: { max: 20, maxError: 30 } });
    expect(strict!.settings.rules!['plain/jargon']!.severity).toBe('error');
    const targets = recommended!.settings.targets!;
    expect(strict!.settings.targets!.minReadingEase!).toBeGreaterThanOrEqual(targets.minReadingEase!);
    expect(strict!.settings.targets!.maxReadingAge!).toBeLessThanOrEqual(targets.maxReadingAge!);
  });
});

describe('starter config', () => {
  async function load(text: string) {
    const folder = await mkdtemp(join(dir, 'starter-'));
    await writeFile(join(folder, '.cc-checkrc.yml'), text);
    return loadConfigFile(join(folder, '.cc-checkrc.yml'));
  }

  it('is valid as written, with no answers', async () => {
    const loaded = await load(starterConfig());
    expect(loaded.root).toBe(true);
    expect(loaded.layers.at(-1)!.settings.organisation).toBeUndefined();
  });

  it('carries the answers', async () => {
    const loaded = await load(starterConfig({ organisation: 'Shepway "District" Council', emailDomains: ['Shepway.gov.uk', 'folkestone-hythe.gov.uk'] }));
    expect(loaded.layers.at(-1)!.settings.organisation).toEqual({ name: 'Shepway "District" Council', emailDomains: ['shepway.gov.uk', 'folkestone-hythe.gov.uk'] });
  });

  it('is valid with every commented-out example switched on', async () => {
    const loaded = await load(starterConfig({}, { examples: true }));
    const own = loaded.layers.at(-1)!;
    expect(Object.keys(own.settings).sort()).toEqual(['minScore', 'organisation', 'protected', 'rules', 'targets', 'template', 'timescales', 'vocabulary']);
    expect(own.ignore).toEqual(['drafts/**', '*.old.docx']);
    expect(own.overrides).toHaveLength(2);
    expect(own.customRules).toHaveLength(1);
  });

  it('explains every section in a comment', () => {
    const text = starterConfig();
    for (const key of ['extends', 'minScore', 'rules', 'organisation', 'vocabulary', 'timescales', 'template', 'protected', 'targets', 'customRules', 'ignore', 'overrides']) {
      const at = text.search(new RegExp(`^#? ?${key}:`, 'm'));
      expect(at, key).toBeGreaterThan(0);
      // The line just above the section is a comment saying what it is for.
      expect(text.slice(0, at).trimEnd().split('\n').at(-1), key).toMatch(/^# \S/);
    }
  });
});

describe('the rule catalogue the build writes', () => {
  it('lists every built-in rule with the options it declares, as the rules themselves do', () => {
    // Written by scripts/compile-lists.js after tsc (the test setup builds dist/ first).
    const built = JSON.parse(readFileSync(new URL('../../dist/rules/catalogue.json', import.meta.url), 'utf8')) as Record<string, string[]>;
    expect(built).toEqual(catalogueOf(allRules));
    expect(built['plain/sentence-length']).toEqual(['max', 'maxError']);
    expect(built['plain/jargon']).toEqual([]);
  });
});
