import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadMd } from '../../src/load/md.js';
import { LoadError } from '../../src/load/errors.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = async (name: string) => loadMd(`fixtures/letters/${name}`, await readFile(`fixtures/letters/${name}`));

/** The prose of each block, with runs of blanked syntax collapsed. */
const blockTexts = (doc: { text: string; blocks: Array<{ start: number; end: number }> }) =>
  doc.blocks.map((b) => doc.text.slice(b.start, b.end).replace(/\s+/g, ' '));

/** Line and column (1-based) of `needle` in `text`. */
function lineColumn(text: string, needle: string): string {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('loadMd', () => {
  it('keeps the text the same length with the same line breaks, so line:column match the file', async () => {
    const source = await readFile('fixtures/letters/repairs-appointment.md', 'utf8');
    const doc = await fixture('repairs-appointment.md');
    expect(doc.format).toBe('md');
    expect(doc.text.length).toBe(source.length);
    expect(doc.text.split('\n').length).toBe(source.split('\n').length);
    for (const phrase of ['Dear Mr Okafor', 'identity badge', 'Yours sincerely', 'Please make sure the area']) {
      expect(lineColumn(doc.text, phrase)).toBe(lineColumn(source, phrase));
    }
  });

  it('blanks front matter, HTML comments and code blocks', async () => {
    const doc = await fixture('repairs-appointment.md');
    for (const hidden of ['template:', 'housing/repairs-v3', 'Reviewed by the customer services manager', 'Job code', 'PLB-0412-KIT', '```']) {
      expect(doc.text).not.toContain(hidden);
    }
  });

  it('blanks TOML front matter, multi-line comments, pipes and the table delimiter row', async () => {
    const doc = await fixture('garden-waste-renewal.md');
    for (const hidden of ['+++', 'waste/garden-renewal', 'Merge fields are filled', '|', '---', 'images/bin-lid-open.png', 'Brown bin with the lid open']) {
      expect(doc.text).not.toContain(hidden);
    }
  });

  it('makes headings, paragraphs, list items, quotes and table cells one block each', async () => {
    const doc = await fixture('repairs-appointment.md');
    expect(blockTexts(doc)).toEqual([
      'Your repairs appointment',
      'Our reference: HR/2026/0412',
      '12 March 2026',
      'Dear Mr Okafor',
      'Thank you for reporting the leak under your kitchen sink. A plumber from our repairs team will visit your home on Tuesday 24 March 2026 between 8am and 12 noon.',
      'When the plumber arrives, please ask to see their identity badge. If you would like us to set up a password for the visit, call us on 01303 853000 and we will arrange it.',
      'If this time does not suit you, you can rearrange the visit:',
      'call us on 01303 853000, Monday to Friday, 9am to 5pm',
      'email our repairs team',
      'use the online form',
      'Please make sure the area under the sink is clear before the visit.',
      'Yours sincerely',
      'Sam Carter Repairs Officer Housing Services',
    ]);
    expect(doc.blocks.map((b) => b.heading ?? false)).toEqual([true, ...Array(12).fill(false)]);
    expect(doc.blocks.map((b) => b.paragraph)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(doc.blocks.every((b) => b.part === 'body')).toBe(true);
  });

  it('splits a pipe table into cells', async () => {
    const doc = await fixture('garden-waste-renewal.md');
    const texts = blockTexts(doc);
    const from = texts.indexOf('Option');
    expect(texts.slice(from, from + 9)).toEqual(['Option', 'Cost', 'How to pay', 'One bin', '£45 a year', 'Online or by phone', 'Each extra bin', '£30 a year', 'Online or by phone']);
  });

  it('keeps link text and drops the link target', () => {
    const doc = loadMd('a.md', bytes('Please read [our guide to Council Tax](https://example.gov.uk/ctax "Guide") before you call.\n'));
    expect(doc.text).toBe(`Please read  our guide to Council Tax ${' '.repeat(38)}before you call.\n`);
  });

  it('blanks inline code, inline HTML and Markdown emphasis markers', () => {
    const doc = loadMd('a.md', bytes('Set `arrears_stage` to <b>R1</b> **before** the _print run_.\n'));
    expect(doc.text).toBe('Set                 to    R1       before   the  print run .\n');
  });

  it('blanks the markers of a block quote on every line it spans', () => {
    const doc = loadMd('a.md', bytes('> We have received your complaint\n> and will reply by 20 March.\n'));
    expect(doc.text).toBe('  We have received your complaint\n  and will reply by 20 March.\n');
    expect(blockTexts(doc)).toEqual(['We have received your complaint and will reply by 20 March.']);
  });

  it('drops backslash escapes but keeps the character escaped', () => {
    const doc = loadMd('a.md', bytes('Your reference is 2026\\_0412 \\*not\\* 0413.\n'));
    expect(doc.text).toBe('Your reference is 2026 _0412  *not * 0413.\n');
  });

  it('keeps offsets true around characters outside the basic plane', () => {
    const doc = loadMd('a.md', bytes('We are here to help 👋 with your **bin** collection.\n'));
    expect(doc.text).toBe('We are here to help 👋 with your   bin   collection.\n');
  });

  it('reads CRLF files with line numbers intact', () => {
    const doc = loadMd('a.md', bytes('# Your bill\r\n\r\nDear Ms Hughes\r\n'));
    expect(doc.text).toBe('  Your bill\n\nDear Ms Hughes\n');
    expect(blockTexts(doc)).toEqual(['Your bill', 'Dear Ms Hughes']);
  });

  it('refuses an empty file and a file with no prose', () => {
    expect(() => loadMd('a.md', bytes(''))).toThrow(LoadError);
    expect(() => loadMd('a.md', bytes('---\ntitle: x\n---\n\n```\ncode\n```\n<!-- note -->\n'))).toThrow(/no prose to check/);
  });

  it('refuses a file that is not UTF-8', () => {
    expect(() => loadMd('a.md', Uint8Array.from([0x44, 0x65, 0x61, 0x72, 0x20, 0x92, 0x0a]))).toThrow(/not valid UTF-8/);
  });

  it('leaves merge fields in a template as text to check', async () => {
    const doc = await fixture('council-tax-reminder-template.md');
    expect(doc.text).toContain('Dear {{title}} {{surname}}');
    expect(doc.text).not.toContain('arrears_stage');
    expect(doc.text).not.toContain('Print run: overnight batch');
    expect(blockTexts(doc)).toContain('The field must be set to for this letter to print.');
  });
});
