import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { allRules } from '../../src/rules/index.js';

async function explain(id: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await run(['explain', id, '--no-color'], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    readStdin: async () => Buffer.alloc(0),
    isTTY: false,
    cwd: process.cwd(),
  });
  return { code, out };
}

describe('cc-check explain, for every rule', () => {
  for (const { meta } of allRules) {
    it(meta.id, async () => {
      const { code, out } = await explain(meta.id);
      expect(code).toBe(0);
      expect(out).toContain(meta.id);
      expect(out).toContain(meta.standard);
      expect(out).toContain(meta.description);
      for (const example of [...meta.examples.good, ...meta.examples.bad]) expect(out).toContain(example.split('\n')[0]!);
    });
  }
});
