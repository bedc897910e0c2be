import { describe, expect, it } from 'vitest';
import { loadMd } from '../../src/load/md.js';

const load = (source: string) => loadMd('template.md', Buffer.from(source));

describe('inline controls in Markdown', () => {
  it('finds block and inline control comments, with offsets in the file', () => {
    const source =
      '# Council tax\n\n<!-- cc-check-disable plain/jargon -->\nWe will leverage the grant. <!-- cc-check-disable-line plain/waffle -- quoted from the Act -->\n\n<!-- cc-check-enable plain/jargon -->\n\nThank you.\n';
    const doc = load(source);
    expect(doc.controls!.map((c) => [c.directive, c.rules, source.slice(c.start, c.end)])).toEqual([
      ['disable', ['plain/jargon'], '<!-- cc-check-disable plain/jargon -->'],
      ['disable-line', ['plain/waffle'], '<!-- cc-check-disable-line plain/waffle -- quoted from the Act -->'],
      ['enable', ['plain/jargon'], '<!-- cc-check-enable plain/jargon -->'],
    ]);
    expect(doc.text).not.toContain('cc-check');
  });

  it('reads a multi-line control and several controls in one HTML block', () => {
    const source = 'Text.\n\n<!-- cc-check-disable\n     plain/jargon\n     plain/waffle -->\n<!-- cc-check-enable plain/waffle --> <!-- cc-check-disable-next-line -->\nMore text.\n';
    const doc = load(source);
    expect(doc.controls!.map((c) => [c.directive, c.rules])).toEqual([
      ['disable', ['plain/jargon', 'plain/waffle']],
      ['enable', ['plain/waffle']],
      ['disable-next-line', []],
    ]);
  });

  it('ignores a control shown in code, and ordinary comments', () => {
    const source = 'How to switch a rule off:\n\n```\n<!-- cc-check-disable plain/jargon -->\n```\n\nInline: `<!-- cc-check-disable -->`.\n\n<!-- TODO: ask legal -->\n';
    expect(load(source).controls).toBeUndefined();
  });
});
