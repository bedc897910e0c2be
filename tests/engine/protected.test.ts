import { describe, expect, it } from 'vitest';
import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import { checkText } from '../../src/index.js';
import { checkDocument, resolveRules } from '../../src/engine/check.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { findProtectedPassages, foldForMatching, withinRanges, withoutRanges } from '../../src/engine/protected.js';
import { loadBytes } from '../../src/load/index.js';
import type { Document, DocumentFormat, FileResult, Profile, RuleContext, Sentence } from '../../src/types.js';

/** Statutory review wording: Latin-legal, passive, waffle and a long sentence, all of which the plain rules flag. */
const PASSAGE =
  'If you disagree with this decision, you may request a review. Pursuant to section 202 of the Housing Act 1996, any request for a review must be made within 21 days of the date on which you are notified of the decision, in order to be considered.';
const OPENING = 'We have looked at your housing application. We cannot offer you a flat in Hythe at the moment, because your household is not in a priority group.';
const OWN = 'We will leverage the grant in order to help you. Call Sam Jones on 01303 853000.';
const SIGN_OFF = 'Yours sincerely\n\nSam Jones\nHousing Officer\n';

function letter(passage = PASSAGE): string {
  return `Dear Mrs Patel\n\n${OPENING}\n\n${passage}\n\n${OWN}\n\n${SIGN_OFF}`;
}

const REVIEW: Profile = { protected: [{ name: 'review rights', text: PASSAGE }] };
const PLAIN = ['plain/latin-legal', 'plain/passive', 'plain/waffle', 'plain/jargon', 'plain/sentence-length'];

async function check(text: string, profile: Profile, format: DocumentFormat = 'txt', only = PLAIN): Promise<FileResult> {
  const report = await checkText(text, { path: `letter.${format}`, format, only, profile });
  return report.files[0]!;
}

const excerpts = (result: FileResult) => result.findings.map((f) => `${f.ruleId}:${f.excerpt}`);

describe('findProtectedPassages', () => {
  it('finds a passage across line breaks, whatever the whitespace, and gives its exact range', () => {
    const text = `Intro.\n\n${PASSAGE.replace('section 202 of', 'section 202\n   of').replace('. Pursuant', '.\n\nPursuant')}\n\nAfter.`;
    const { ranges, passages } = findProtectedPassages(text, REVIEW.protected);
    expect(passages).toEqual([{ name: 'review rights', found: true }]);
    expect(ranges).toHaveLength(1);
    expect(text.slice(ranges[0]!.start, ranges[0]!.end).replace(/\s+/g, ' ')).toBe(PASSAGE);
    expect(text.slice(ranges[0]!.start, ranges[0]!.start + 6)).toBe('If you');
    expect(text.slice(ranges[0]!.end - 11, ranges[0]!.end + 1)).toBe('considered.\n');
  });

  it('ignores curly against straight quotes and the dashes and ellipsis Word types for you', () => {
    const text = 'You can ‘appeal’ – see the “Guide to appeals”…';
    const passages = [{ name: 'appeal', text: "You can 'appeal' - see the \"Guide to appeals\"..." }];
    expect(findProtectedPassages(text, passages).ranges).toEqual([{ name: 'appeal', start: 0, end: text.length }]);
  });

  it('is otherwise exact: another case or other words are not the passage', () => {
    const passages = [{ name: 'review rights', text: PASSAGE }];
    expect(findProtectedPassages(PASSAGE.toUpperCase(), passages).passages).toEqual([{ name: 'review rights', found: false }]);
    expect(findProtectedPassages(PASSAGE.replace('21 days', '28 days'), passages).ranges).toEqual([]);
  });

  it('delimits by markers, from the start marker to the end of the end marker, each time they occur', () => {
    const text = 'A. Your right to appeal: write to us. You have 28 days. B. Your right to appeal: call us. You have 28 days. C.';
    const { ranges, passages } = findProtectedPassages(text, [{ name: 'appeal', start: 'Your right to appeal', end: '28 days.' }]);
    expect(passages).toEqual([{ name: 'appeal', found: true }]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'Your right to appeal: write to us. You have 28 days.',
      'Your right to appeal: call us. You have 28 days.',
    ]);
  });

  it('reports found: false when the end marker never follows the start, or nothing usable is declared', () => {
    const text = 'You have 28 days. Your right to appeal: write to us.';
    const { ranges, passages } = findProtectedPassages(text, [
      { name: 'appeal', start: 'Your right to appeal', end: '28 days.' },
      { name: 'empty', text: '  \n ' },
      { name: 'start only', start: 'Your right' },
    ]);
    expect(ranges).toEqual([]);
    expect(passages.map((p) => p.found)).toEqual([false, false, false]);
  });

  it('keeps the offsets of characters folded or dropped', () => {
    const { folded, offsets } = foldForMatching('a \u00ad“b”…');
    expect(folded).toBe('a"b"...');
    expect(offsets).toEqual([0, 3, 4, 5, 6, 6, 6]);
  });

  it('cuts spans into the parts outside and inside the ranges', () => {
    const spans = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const ranges = [{ start: 5, end: 22 }, { start: 25, end: 26 }];
    expect(withoutRanges(spans, ranges)).toEqual([{ start: 0, end: 5 }, { start: 22, end: 25 }, { start: 26, end: 30 }]);
    expect(withinRanges(spans, ranges)).toEqual([{ start: 5, end: 10 }, { start: 20, end: 22 }, { start: 25, end: 26 }]);
  });
});

describe('protected passages in a check', () => {
  it('the plain rules report nothing inside the passage, and still report outside it', async () => {
    const unprotected = await check(letter(), {});
    expect(excerpts(unprotected)).toEqual(expect.arrayContaining(['plain/latin-legal:Pursuant to', 'plain/passive:are notified', 'plain/waffle:in order to']));
    const result = await check(letter(), REVIEW);
    expect(excerpts(result)).toEqual(['plain/jargon:leverage', 'plain/waffle:in order to']);
    expect(result.findings.every((f) => f.line === 7)).toBe(true);
    expect(result.protected).toEqual([{ name: 'review rights', found: true }]);
  });

  it('leaves the passage out of the metrics: they equal those of the letter without it', async () => {
    const protectedResult = await check(letter(), REVIEW);
    const without = await check(`Dear Mrs Patel\n\n${OPENING}\n\n${OWN}\n\n${SIGN_OFF}`, {});
    expect(protectedResult.metrics).toEqual(without.metrics);
    const unprotected = await check(letter(), {});
    expect(unprotected.metrics!.words).toBeGreaterThan(protectedResult.metrics!.words);
  });

  it('the other rules still see the passage: the text, its sentences and where it is', async () => {
    let seen: Pick<RuleContext, 'protectedRanges'> & { sentences: Sentence[]; plainSentences?: Sentence[] } = { sentences: [] };
    const carriesReviewRights = defineRule({
      meta: {
        id: 'correspondence/test-review-rights',
        category: 'correspondence',
        severity: 'warning',
        description: 'Test rule: reports the statutory reference.',
        standard: 'Shepway 31',
        fixable: false,
        messages: { found: 'Statutory reference.' },
        examples: { good: ['x'], bad: ['y'] },
      },
      create(context) {
        seen = { protectedRanges: context.protectedRanges, sentences: context.analysis.sentences };
        const at = context.document.text.indexOf('Housing Act 1996');
        if (at !== -1) context.report({ messageId: 'found', start: at, end: at + 16 });
      },
    });
    const plainProbe = defineRule({
      meta: { ...carriesReviewRights.meta, id: 'plain/test-probe', category: 'plain' },
      create(context) {
        seen.plainSentences = context.analysis.sentences;
        const at = context.document.text.indexOf('Housing Act 1996');
        context.report({ messageId: 'found', start: at, end: at + 16 });
      },
    });
    const document = await loadBytes('letter.txt', Buffer.from(letter()));
    const result = checkDocument(document, { profile: REVIEW }, resolveRules({}, [carriesReviewRights, plainProbe]));
    expect(result.findings.map((f) => `${f.ruleId}:${f.excerpt}`)).toEqual(['correspondence/test-review-rights:Housing Act 1996']);
    const range = seen.protectedRanges![0]!;
    expect(seen.protectedRanges).toHaveLength(1);
    expect(document.text.slice(range.start, range.end)).toBe(PASSAGE);
    expect(seen.sentences.map((s) => s.text)).toContain('If you disagree with this decision, you may request a review.');
    expect(seen.plainSentences!.map((s) => s.text)).not.toContain('If you disagree with this decision, you may request a review.');
    expect(seen.plainSentences!.length).toBe(seen.sentences.length - 2);
  });

  it('exempts a custom rule in the plain category too, whatever its id', async () => {
    const custom = (category: 'plain' | 'correspondence') =>
      defineRule(
        {
          meta: {
            id: `folkestone-hythe/${category}-act`, category, severity: 'warning', description: 'Test custom rule.', standard: 'Shepway 12', fixable: false,
            messages: { found: 'Found the Act.' }, examples: { good: ['x'], bad: ['y'] },
          },
          create(context) {
            const at = context.document.text.indexOf('Housing Act');
            context.report({ messageId: 'found', start: at, end: at + 11 });
          },
        },
        { custom: true },
      );
    const document = await loadBytes('letter.txt', Buffer.from(letter()));
    const result = checkDocument(document, { profile: REVIEW }, resolveRules({}, [custom('plain'), custom('correspondence')]));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['folkestone-hythe/correspondence-act']);
  });

  it('gives no protected list when none is declared, and found: false for a passage the letter lacks', async () => {
    expect(await check(letter(), {})).not.toHaveProperty('protected');
    const result = await check(letter(), { protected: [...REVIEW.protected!, { name: 'ombudsman', start: 'Local Government', end: 'Ombudsman.' }] });
    expect(result.protected).toEqual([{ name: 'review rights', found: true }, { name: 'ombudsman', found: false }]);
  });

  it('works by markers too, over several paragraphs', async () => {
    const result = await check(letter(), { protected: [{ name: 'review rights', start: 'If you disagree', end: 'in order to be considered.' }] });
    expect(excerpts(result)).toEqual(['plain/jargon:leverage', 'plain/waffle:in order to']);
  });

  it('in Markdown, across emphasis and wrapped lines', async () => {
    const md = letter(PASSAGE.replace('request a review', '**request a review**').replace('Housing Act 1996', '_Housing\nAct 1996_').replace('. Pursuant', '.\n\nPursuant'));
    const result = await check(md, REVIEW, 'md');
    expect(result.protected).toEqual([{ name: 'review rights', found: true }]);
    expect(excerpts(result)).toEqual(['plain/jargon:leverage', 'plain/waffle:in order to']);
  });

  it('in an email body', async () => {
    const eml = `From: Sam Jones <sam.jones@shepway.gov.uk>\nTo: anita.patel@example.com\nSubject: Your housing application\nContent-Type: text/plain; charset=utf-8\n\n${letter()}`;
    const report = await checkText(eml, { path: 'reply.eml', format: 'eml', only: PLAIN, profile: REVIEW });
    const result = report.files[0]!;
    expect(result.error).toBeNull();
    expect(result.protected).toEqual([{ name: 'review rights', found: true }]);
    expect(excerpts(result)).toEqual(['plain/jargon:leverage', 'plain/waffle:in order to']);
  });

  it('in .docx paragraphs, with the curly quotes Word typed', async () => {
    const wordPassage = PASSAGE.replace('request a review', 'request a “review”');
    const configPassage = PASSAGE.replace('request a review', 'request a "review"');
    const [first, second] = wordPassage.split('. Pursuant');
    const file = new DocxDocument({
      sections: [{ children: ['Dear Mrs Patel', OPENING, `${first}.`, `Pursuant${second}`, OWN, 'Yours sincerely', 'Sam Jones', 'Housing Officer'].map((t) => new Paragraph(t)) }],
    });
    const document: Document = await loadBytes('letter.docx', await Packer.toBuffer(file));
    const result = checkDocument(document, { profile: { protected: [{ name: 'review rights', text: configPassage }] } }, resolveRules({ only: PLAIN }));
    expect(result.protected).toEqual([{ name: 'review rights', found: true }]);
    expect(result.findings.map((f) => `${f.ruleId}:p${f.paragraph}:${f.excerpt}`)).toEqual(['plain/jargon:p5:leverage', 'plain/waffle:p5:in order to']);
  });

  it('does not stop the plain rules on the same words outside the passage', async () => {
    const text = letter().replace(OWN, 'Pursuant to your call, we will help you.');
    expect(excerpts(await check(text, REVIEW, 'txt', ['plain/latin-legal']))).toEqual(['plain/latin-legal:Pursuant to']);
  });
});
