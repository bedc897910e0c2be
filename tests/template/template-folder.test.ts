/** Template mode follows where a file is, not how its path was typed. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

const TEMPLATE = 'Dear «Title» «Surname»\n\nYour Council Tax bill for «Year» is enclosed. Please pay «Amount» by «DueDate».\n\nYours sincerely\n\nPriya Shah\nCouncil Tax Officer\n';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cc-check-template-folder-'));
  await mkdir(join(root, 'templates'));
  await writeFile(join(root, 'templates', 'bill.txt'), TEMPLATE);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const placeholders = (report: Awaited<ReturnType<typeof check>>) => report.files[0]!.findings.filter((f) => f.ruleId === 'correspondence/placeholder');

describe('a file under a templates/ folder', () => {
  it('is a template when checked from above the folder', async () => {
    expect(placeholders(await check('templates/bill.txt', { cwd: root, config: false }))).toEqual([]);
  });

  it('is a template when checked from inside the folder, by a path without "templates/"', async () => {
    const report = await check('bill.txt', { cwd: join(root, 'templates'), config: false });
    expect(report.files[0]!.path).toBe('bill.txt');
    expect(placeholders(report)).toEqual([]);
  });

  it('is a letter with unfilled fields elsewhere', async () => {
    await writeFile(join(root, 'sent.txt'), TEMPLATE);
    expect(placeholders(await check('sent.txt', { cwd: root, config: false })).length).toBeGreaterThan(0);
  });
});
