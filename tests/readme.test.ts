import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with its default severity and standard', () => {
    for (const { meta } of allRules) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${meta.id}\` |`));
      expect(row, meta.id).toBeDefined();
      expect(row).toContain(`| ${meta.severity} |`);
      expect(row).toContain(meta.standard);
    }
  });

  it('documents every CLI option', async () => {
    const { run } = await import('../src/cli/index.js');
    let help = '';
    await run(['--help'], { stdout: (t) => (help += t), stderr: () => {}, readStdin: async () => Buffer.alloc(0), isTTY: false, cwd: process.cwd() });
    const options = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!);
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(readme, option).toContain(option);
  });
});
