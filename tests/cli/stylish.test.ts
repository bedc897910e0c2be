import { describe, expect, it } from 'vitest';
import { formatStylish, locationOf } from '../../src/format/stylish.js';
import { buildReport } from '../../src/engine/run.js';
import type { FileResult, Finding } from '../../src/types.js';

const signoff: Finding = {
  ruleId: 'courtesy/signoff-mismatch',
  severity: 'error',
  message: '"Dear Mrs Patel" needs "Yours sincerely", not "Yours faithfully"',
  line: 31,
  column: 1,
  endLine: 31,
  endColumn: 17,
  paragraph: 24,
  part: 'body',
  excerpt: 'Yours faithfully',
  suggestion: 'Yours sincerely',
  standard: 'Shepway 11',
};

const footerJargon: Finding = {
  ruleId: 'plain/jargon',
  severity: 'warning',
  message: 'Say "use" instead of "utilise"',
  line: 40,
  column: 12,
  endLine: 40,
  endColumn: 19,
  paragraph: 2,
  part: 'footer',
  excerpt: 'utilise',
  standard: 'Shepway 12',
};

const docxFile: FileResult = {
  path: 'letters/refusal.docx',
  kind: 'letter',
  score: 81,
  pass: false,
  categories: { plain: 96, courtesy: 85, correspondence: 100 },
  error: null,
  findings: [signoff, footerJargon],
  metrics: { words: 240, sentences: 14, syllables: 330, fleschReadingEase: 64.2, fleschKincaidGrade: 7.9, readingAge: 13 },
  format: 'docx',
};

const textFile: FileResult = {
  path: 'letters/reminder.txt',
  kind: 'letter',
  score: 76,
  pass: false,
  categories: { plain: 76 },
  error: null,
  findings: [{ ...footerJargon, paragraph: undefined, part: undefined, line: 9, column: 4 }],
  format: 'txt',
};

const unreadable: FileResult = {
  path: 'letters/locked.docx',
  kind: null,
  score: null,
  pass: false,
  categories: {},
  error: { code: 'encrypted', message: 'the document is password-protected' },
  findings: [],
};

describe('locationOf', () => {
  it('gives ¶N for a .docx body paragraph, the part for headers and footers, line:column for text', () => {
    expect(locationOf(signoff)).toBe('¶24');
    expect(locationOf(footerJargon)).toBe('footer ¶2');
    expect(locationOf({ ...footerJargon, part: 'header', paragraph: 1 })).toBe('header ¶1');
    expect(locationOf({ ...signoff, paragraph: undefined, part: undefined })).toBe('31:1');
  });
});

describe('formatStylish', () => {
  const text = formatStylish(buildReport([docxFile, textFile, unreadable]), { minScore: 80 });

  it('groups findings under their file with place, severity, message, rule and standard', () => {
    const lines = text.split('\n');
    const start = lines.indexOf('letters/refusal.docx');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lines[start + 1]).toMatch(/^  ¶24 {6}  error    "Dear Mrs Patel" needs "Yours sincerely", not "Yours faithfully"  courtesy\/signoff-mismatch · Shepway 11$/);
    expect(lines[start + 2]).toMatch(/^ {22}→ Yours sincerely$/);
    expect(lines[start + 3]).toMatch(/^  footer ¶2  warning  Say "use" instead of "utilise" +plain\/jargon · Shepway 12$/);
  });

  it('gives each file a score line with categories, readability and why it failed', () => {
    expect(text).toContain('  FAIL  score 81/100 (1 error)  |  plain 96 · courtesy 85 · correspondence 100  |  reading age 13 years, reading ease 64.2\n');
    expect(text).toContain('  FAIL  score 76/100 (score below 80)  |  plain 76\n');
    expect(text).toContain('  9:4  warning');
  });

  it('shows an unreadable file as one line', () => {
    expect(text).toContain('✖ letters/locked.docx: the document is password-protected\n');
  });

  it('ends with a summary of files, verdicts, mean score and counts', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 3 files checked, 0 passed, 2 failed, 1 unreadable · mean score 79 · 1 error, 2 warnings, 0 info');
  });

  it('has no escape codes at colour level 0 and has them at level 1', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = formatStylish(buildReport([docxFile]), { colorLevel: 1 });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
  });

  it('says so when a file has no findings', () => {
    const clean: FileResult = { ...textFile, path: 'letters/clean.txt', score: 100, pass: true, categories: { plain: 100 }, findings: [] };
    const report = formatStylish(buildReport([clean]));
    expect(report).toBe('letters/clean.txt\n  ✔ no problems found\n  PASS  score 100/100  |  plain 100\n\n✔ 1 file checked, 1 passed, 0 failed · mean score 100 · 0 errors, 0 warnings, 0 info\n');
  });
});
