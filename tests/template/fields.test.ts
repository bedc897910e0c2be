import { describe, expect, it } from 'vitest';
import { findMalformedFields, findMergeFields, isTemplatePath } from '../../src/template/fields.js';

const excerpts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('findMergeFields', () => {
  it('finds fields in every common syntax, with their names', () => {
    const text = 'Dear «Title» «Surname», your bill of £<<Amount>> for {{ account_ref }} is due on {due_date} at [Office Name].';
    expect(findMergeFields(text).map((f) => [f.syntax, f.name])).toEqual([
      ['guillemets', 'Title'],
      ['guillemets', 'Surname'],
      ['angle', 'Amount'],
      ['mustache', 'account_ref'],
      ['brace', 'due_date'],
      ['bracket', 'Office Name'],
    ]);
  });

  it('takes no editorial brackets, Markdown links, instructions or empty braces for fields', () => {
    const text = 'You said “they [the Council] never replied” [sic] [1]. See [our guide](https://example.gov.uk). [INSERT DATE] {{ }} {{name}';
    expect(findMergeFields(text)).toEqual([]);
  });
});

describe('findMalformedFields', () => {
  it('reports each broken field once, as written', () => {
    const text = 'Dear {{title}} {{surname}\nYour bill for «Year is due by {{ }} using [[Account].';
    expect(excerpts(text, findMalformedFields(text))).toEqual(['{{surname}', '«Year', '{{ }}', '[[Account]']);
  });

  it('finds nothing wrong in well-formed fields, prose or editorial brackets', () => {
    const text = 'Dear «Title» «Surname»\nYour bill of £{{amount}} is due on [Due Date]. You wrote that “they [the Council] never replied”.';
    expect(findMalformedFields(text)).toEqual([]);
  });
});

describe('isTemplatePath', () => {
  it('is true under a templates folder, wherever it is', () => {
    expect(isTemplatePath('templates/reminder.docx')).toBe(true);
    expect(isTemplatePath('/srv/repo/letters/templates/housing/repair.md')).toBe(true);
    expect(isTemplatePath('C:\\Council\\Templates\\refusal.docx')).toBe(true);
  });

  it('is false elsewhere, even for a file named after templates', () => {
    expect(isTemplatePath('sent/reminder-template.md')).toBe(false);
    expect(isTemplatePath('templates.md')).toBe(false);
  });
});
