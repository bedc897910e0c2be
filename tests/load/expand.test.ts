import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type ExpandedInput } from '../../src/load/expand.js';

let cwd: string;

const files = [
  'letters/housing/repairs.docx',
  'letters/housing/notes.pdf',
  'letters/council-tax/reminder.md',
  'letters/council-tax/Reduction.TXT',
  'letters/welcome.txt',
  'letters/node_modules/pkg/readme.md',
  'letters/.git/description.txt',
  'templates/acknowledgement.md',
  'templates/refusal.docx',
  'empty/.gitkeep',
];

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'cc-check-expand-'));
  for (const file of files) {
    await mkdir(join(cwd, file, '..'), { recursive: true });
    await writeFile(join(cwd, file), 'Dear Mrs Patel\n');
  }
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const describeInput = (input: ExpandedInput) => ('error' in input ? `${input.path} ✖ ${input.error.message}` : input.path);
const expand = async (inputs: string[]) => (await expandInputs(inputs, { cwd })).inputs.map(describeInput);

describe('expandInputs', () => {
  it('keeps a file named outright, whatever its kind, so the user hears why it cannot be checked', async () => {
    expect(await expand(['letters/welcome.txt', 'letters/housing/notes.pdf'])).toEqual(['letters/welcome.txt', 'letters/housing/notes.pdf']);
  });

  it('walks a folder for supported files only, sorted, skipping node_modules and .git', async () => {
    expect(await expand(['letters'])).toEqual([
      'letters/council-tax/Reduction.TXT',
      'letters/council-tax/reminder.md',
      'letters/housing/repairs.docx',
      'letters/welcome.txt',
    ]);
  });

  it('accepts a folder with a trailing slash', async () => {
    expect(await expand(['templates/'])).toEqual(['templates/acknowledgement.md', 'templates/refusal.docx']);
  });

  it('expands a glob with braces, keeping supported files only', async () => {
    expect(await expand(['letters/**/*.{docx,md,pdf}'])).toEqual(['letters/council-tax/reminder.md', 'letters/housing/repairs.docx']);
    expect(await expand(['letters/housing/*'])).toEqual(['letters/housing/repairs.docx']);
  });

  it('reports a missing path, a glob with no match and a folder with nothing to check as errors in place', async () => {
    expect(await expand(['templates/refusal.docx', 'letters/missing.docx', 'archive/**/*.md', 'empty'])).toEqual([
      'templates/refusal.docx',
      'letters/missing.docx ✖ file not found',
      'archive/**/*.md ✖ no files match this pattern',
      'empty ✖ the folder has no files to check (.txt, .text, .md, .markdown, .docx, .dotx, .eml)',
    ]);
  });

  it('removes duplicates, keeping the first place a file was named', async () => {
    expect(await expand(['templates/refusal.docx', 'templates', './templates/refusal.docx', 'templates/**/*.md'])).toEqual([
      'templates/refusal.docx',
      'templates/acknowledgement.md',
    ]);
  });

  it('keeps - for standard input in its place, once', async () => {
    const { inputs, paths, missing } = await expandInputs(['templates/refusal.docx', '-', 'nope.txt', '-'], { cwd });
    expect(inputs).toEqual([{ path: 'templates/refusal.docx' }, { path: '-', stdin: true }, expect.objectContaining({ path: 'nope.txt' })]);
    expect(paths).toEqual(['templates/refusal.docx']);
    expect(missing).toEqual(['nope.txt']);
  });

  it('takes relative paths from the given folder, and accepts absolute ones', async () => {
    expect(await expand([join(cwd, 'letters/welcome.txt')])).toEqual([join(cwd, 'letters/welcome.txt')]);
    expect((await expandInputs(['welcome.txt'], { cwd: join(cwd, 'letters') })).paths).toEqual(['welcome.txt']);
  });
});
