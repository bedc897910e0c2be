import { describe, expect, it } from 'vitest';
import { loadBytes, LoadError } from '../../src/load/index.js';
import { textDocument } from '../../src/load/txt.js';

const load = (text: string) => textDocument('letter.txt', text);

describe('inline controls in a .txt', () => {
  it('turns each control comment into Document.controls with its offsets and rules', () => {
    const text =
      'Dear Mrs Patel\n\n<!-- cc-check-disable plain/jargon, plain/waffle -->\nWe will leverage it.\n<!-- cc-check-enable -->\n' +
      'We pay it. <!-- cc-check-disable-line plain/passive -->\n<!--cc-check-disable-next-line-->\nNext.\n';
    const doc = load(text);
    expect(doc.controls!.map((c) => [c.directive, c.rules, text.slice(c.start, c.end), c.source])).toEqual([
      ['disable', ['plain/jargon', 'plain/waffle'], '<!-- cc-check-disable plain/jargon, plain/waffle -->', 'comment'],
      ['enable', [], '<!-- cc-check-enable -->', 'comment'],
      ['disable-line', ['plain/passive'], '<!-- cc-check-disable-line plain/passive -->', 'comment'],
      ['disable-next-line', [], '<!--cc-check-disable-next-line-->', 'comment'],
    ]);
  });

  it('blanks the control comments out of the checked text, keeping offsets and line breaks', () => {
    const text = 'Dear Mrs Patel\n\nWe pay it. <!-- cc-check-disable-line\n  plain/passive -->\nThanks.\n';
    const doc = load(text);
    expect(doc.text).toHaveLength(text.length);
    expect(doc.text.split('\n')).toHaveLength(text.split('\n').length);
    expect(doc.text).not.toContain('cc-check');
    expect(doc.text).toBe(text.replace(/<!--[\s\S]*?-->/, (c) => c.replace(/[^\n]/g, ' ')));
    expect(doc.controls![0]).toMatchObject({ directive: 'disable-line', rules: ['plain/passive'] });
  });

  it('leaves other text alone: ordinary HTML comments, lookalike directives and prose about controls', () => {
    const text = 'Dear Mrs Patel\n\n<!-- a note for the team -->\nWrite cc-check-disable to switch a rule off.\n<!-- cc-check-disabled plain/jargon -->\n';
    const doc = load(text);
    expect(doc.controls).toBeUndefined();
    expect(doc.text).toBe(text);
    // Listed for template/inline-control to report, as the .md loader lists them.
    expect(doc.misspeltControls!.map((m) => [m.word, text.slice(m.start, m.end)])).toEqual([['cc-check-disabled', '<!-- cc-check-disabled plain/jargon -->']]);
  });

  it('keeps a paragraph whole when a control line sits inside it, and drops blocks of controls alone', () => {
    const doc = load('Dear Mrs Patel\n\nWe will pay\n<!-- cc-check-disable-next-line -->\nthe grant.\n\n<!-- cc-check-enable -->\n\nYours sincerely\n');
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end).replace(/\s+/g, ' '))).toEqual(['Dear Mrs Patel', 'We will pay the grant.', 'Yours sincerely']);
    expect(doc.blocks.map((b) => b.paragraph)).toEqual([1, 2, 3]);
  });

  it('starts a block after a leading control line', () => {
    const doc = load('<!-- cc-check-disable plain/jargon -->\nDear Mrs Patel\n');
    expect(doc.text.slice(doc.blocks[0]!.start, doc.blocks[0]!.end)).toBe('Dear Mrs Patel');
  });

  it('refuses a file holding nothing but controls, with a reason', async () => {
    await expect(loadBytes('empty.txt', Buffer.from('<!-- cc-check-disable -->\n'))).rejects.toMatchObject({ code: 'empty', message: expect.stringMatching(/nothing to check but inline control comments/) });
    await expect(loadBytes('empty.txt', Buffer.from('<!-- cc-check-disable -->\n'))).rejects.toBeInstanceOf(LoadError);
  });

  it('reads CRLF files with the controls at the LF offsets', async () => {
    const doc = await loadBytes('a.txt', Buffer.from('Dear Mrs Patel\r\n\r\n<!-- cc-check-disable-next-line -->\r\nText.\r\n'));
    expect(doc.controls![0]).toMatchObject({ start: 16, end: 16 + '<!-- cc-check-disable-next-line -->'.length });
  });
});
