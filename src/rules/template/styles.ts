import { defineRule } from '../../engine/define-rule.js';
import { plural } from '../../format/words.js';
import type { Block, RuleContext } from '../../types.js';
import type { CorporateTemplate, ParagraphFormatting, RunFormatting } from '../../template/formatting-types.js';

/** Clear print practice (RNIB, and most councils' house styles): body text at 12 pt or more. */
const DEFAULT_MIN_FONT_SIZE = 12;
/**
 * Emphasis is fine for a phrase; over more than about a sentence (UK council
 * sentences average 15 to 20 words) italic and underlining blur word shapes.
 */
const DEFAULT_MAX_ITALIC_WORDS = 15;
const DEFAULT_MAX_UNDERLINE_WORDS = 15;
/** Capitals hide word shapes altogether, so fewer are allowed: a short heading, not a sentence. */
const DEFAULT_MAX_CAPITALS_WORDS = 10;

/** WCAG 2 contrast minimums: normal text, and large text (18 pt, or 14 pt bold). */
const MIN_CONTRAST = 4.5;
const MIN_CONTRAST_LARGE = 3;

/**
 * A justified paragraph shows uneven gaps only once it wraps: Word does not
 * stretch the last line, so a paragraph shorter than about one line of 12 pt
 * text on A4 (some 90 characters) looks left-aligned.
 */
const ONE_LINE = 90;
const JUSTIFIED = new Set(['both', 'distribute', 'lowKashida', 'mediumKashida', 'highKashida', 'thaiDistribute']);
/** Every line is stretched, the last too: visible however short the paragraph. */
const DISTRIBUTED = new Set(['distribute', 'thaiDistribute']);

/** A heading is a few words; a longer bold line is emphasis, not structure. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARACTERS = 100;
/** "Larger than body text": at least 2 pt more, as Word's own heading styles are. */
const HEADING_SIZE_STEP = 2;

/** Symbol fonts draw ticks, boxes and arrows: never the body font, never a difference. */
const SYMBOL_FONTS = new Set(['symbol', 'wingdings', 'wingdings 2', 'wingdings 3', 'webdings', 'marlett', 'mt extra', 'segoe ui symbol', 'segoe ui emoji']);

/**
 * Styles Word applies by itself (a header, a footer, a bulleted list, a
 * footnote): a letter gets them without anyone choosing a style, so their
 * absence from the template is no difference.
 */
const AUTOMATIC_STYLES = new Set([
  'normal',
  'header',
  'footer',
  'list paragraph',
  'footnote text',
  'endnote text',
  'annotation text',
  'balloon text',
  'caption',
  'table of figures',
  // LibreOffice's own: what it gives table cells, frames and body text when it writes a .docx.
  'table contents',
  'table heading',
  'frame contents',
  'text body',
  ...Array.from({ length: 9 }, (_, i) => `toc ${i + 1}`),
]);

const HAS_LETTER = /[\p{L}\p{N}]/u;

interface Settings {
  minSize: number;
  /** Allowed body fonts beside the template's, as configured; none: no family check without a template. */
  fontNames: string[];
  /** The same, lower-cased for comparing. */
  fonts: string[];
  maxWords: Record<Emphasis, number>;
}

type Emphasis = 'italic' | 'underline' | 'caps';

/** What one check says about one paragraph: a difference, nothing to see (neutral), or fine. */
type Verdict = { key: string; messageId: string; data: Record<string, string | number>; start: number; end: number } | 'fine' | 'neutral';

function numberOption(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`template/styles: option "${name}" must be a positive number`);
  return value;
}

function fontsOption(value: unknown, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((font) => typeof font !== 'string')) throw new Error(`template/styles: option "${name}" must be a list of font names`);
  return value as string[];
}

function readSettings(context: RuleContext): Settings {
  const { options } = context;
  const profile = context.profile.template ?? {};
  const minSize = numberOption(options.minFontSize, numberOption(profile.minFontSize, DEFAULT_MIN_FONT_SIZE, 'template.minFontSize'), 'minFontSize');
  const fonts = fontsOption(options.fonts, 'fonts') ?? fontsOption(profile.fonts, 'template.fonts') ?? [];
  const fontNames = fonts.map((font) => font.trim()).filter(Boolean);
  return {
    minSize,
    fontNames,
    fonts: fontNames.map((font) => font.toLowerCase()),
    maxWords: {
      italic: numberOption(options.maxItalicWords, DEFAULT_MAX_ITALIC_WORDS, 'maxItalicWords'),
      underline: numberOption(options.maxUnderlineWords, DEFAULT_MAX_UNDERLINE_WORDS, 'maxUnderlineWords'),
      caps: numberOption(options.maxCapitalsWords, DEFAULT_MAX_CAPITALS_WORDS, 'maxCapitalsWords'),
    },
  };
}

const points = (size: number) => `${Number.isInteger(size) ? size : size.toFixed(1)} pt`;
const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Words as a reader counts them: whitespace-separated tokens with a letter or digit (a web address is one). */
function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (HAS_LETTER.test(token)) count++;
  return count;
}

/** The runs that show letters or digits, in a font that is not a symbol font. */
function textRuns(text: string, paragraph: ParagraphFormatting): RunFormatting[] {
  return paragraph.runs.filter((run) => HAS_LETTER.test(text.slice(run.start, run.end)) && !SYMBOL_FONTS.has((run.font ?? '').toLowerCase()));
}

/** The formatting most of the given runs' letters have, by `key`, with the range from the first run to the last. */
function dominant<T>(text: string, runs: Array<{ run: RunFormatting; value: T; key: string }>): { value: T; start: number; end: number } {
  const weights = new Map<string, { value: T; weight: number }>();
  for (const { run, value, key } of runs) {
    const entry = weights.get(key) ?? { value, weight: 0 };
    entry.weight += text.slice(run.start, run.end).replace(/\s/g, '').length;
    weights.set(key, entry);
  }
  const best = [...weights.values()].sort((a, b) => b.weight - a.weight)[0]!;
  return { value: best.value, start: runs[0]!.run.start, end: runs[runs.length - 1]!.run.end };
}

/** The template's own style for the paragraph's style, by id or name. */
function templateStyle(template: CorporateTemplate, paragraph: ParagraphFormatting): CorporateTemplate['styles'][number] | undefined {
  return template.styles.find((style) => style.id === paragraph.styleId || same(style.name, paragraph.styleName));
}

function checkTypeface(text: string, paragraph: ParagraphFormatting, runs: RunFormatting[], settings: Settings, template: CorporateTemplate | undefined): Verdict {
  if (runs.length === 0) return 'neutral';
  const own = template ? templateStyle(template, paragraph) : undefined;
  const allowed = new Set(settings.fonts);
  if (template?.bodyFont) allowed.add(template.bodyFont.toLowerCase());
  if (own?.font) allowed.add(own.font.toLowerCase());
  const checkFamily = allowed.size > 0;
  const wrong = runs
    .map((run) => {
      const family = checkFamily && !allowed.has((run.font ?? '').toLowerCase());
      const small = run.sizePt !== undefined && run.sizePt < settings.minSize;
      return { run, family, small };
    })
    .filter((r) => r.family || r.small);
  if (wrong.length === 0) return 'fine';
  const found = dominant(
    text,
    wrong.map((r) => ({ run: r.run, value: r, key: `${r.run.font}|${r.run.sizePt}|${r.family}` })),
  );
  const { run, family } = found.value;
  const actual = `${run.font ?? 'an unknown font'} ${run.sizePt === undefined ? '' : points(run.sizePt)}`.trim();
  const range = { start: found.start, end: found.end };
  if (family && template) {
    // A size that is large enough stays as it is (a 16 pt letterhead): only the family is to change.
    const size = run.sizePt !== undefined && run.sizePt >= settings.minSize ? run.sizePt : Math.max(own?.sizePt ?? template.bodySizePt ?? settings.minSize, settings.minSize);
    const expected = `${own?.font ?? template.bodyFont} ${points(size)}`;
    return { key: `font|${actual}`, messageId: 'font', data: { actual, expected }, ...range };
  }
  if (family) {
    const names = settings.fontNames;
    const expected = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    return { key: `fontNotAllowed|${actual}`, messageId: 'fontNotAllowed', data: { actual, expected, min: settings.minSize }, ...range };
  }
  return { key: `size|${actual}`, messageId: 'size', data: { actual, min: settings.minSize }, ...range };
}

function checkJustified(text: string, paragraph: ParagraphFormatting, block: Block): Verdict {
  if (!HAS_LETTER.test(text.slice(block.start, block.end))) return 'neutral';
  const alignment = paragraph.alignment;
  if (alignment === undefined || !JUSTIFIED.has(alignment)) return 'fine';
  const content = text.slice(block.start, block.end);
  if (!DISTRIBUTED.has(alignment) && content.length <= ONE_LINE && !content.includes('\n')) return 'neutral';
  return { key: 'justified', messageId: 'justified', data: {}, start: block.start, end: block.end };
}

/** The longest stretch of text with the emphasis, across runs; runs with no letters neither break nor extend it. */
function checkEmphasis(kind: Emphasis, text: string, paragraph: ParagraphFormatting, settings: Settings): Verdict {
  let longest: { start: number; end: number; words: number } | undefined;
  let current: { start: number; end: number } | undefined;
  let anyLetters = false;
  const close = () => {
    if (!current) return;
    const words = countWords(text.slice(current.start, current.end));
    if (!longest || words > longest.words) longest = { ...current, words };
    current = undefined;
  };
  for (const run of paragraph.runs) {
    const letters = HAS_LETTER.test(text.slice(run.start, run.end));
    anyLetters ||= letters;
    if (run[kind]) {
      if (current) current.end = run.end;
      else if (letters) current = { start: run.start, end: run.end };
    } else if (letters) {
      close();
    }
  }
  close();
  if (!anyLetters) return 'neutral';
  if (!longest || longest.words <= settings.maxWords[kind]) return 'fine';
  const messageId = kind === 'caps' ? 'capitals' : kind;
  return { key: messageId, messageId, data: { words: longest.words, max: settings.maxWords[kind] }, start: longest.start, end: longest.end };
}

/** Relative luminance of an RRGGBB colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Below this luminance a background reads as dark (mid grey #777777 is about 0.18). */
const DARK_BACKGROUND = 0.2;

const describeColour = (hex: string) => (hex === 'FFFFFF' ? 'white' : hex === '000000' ? 'black' : `#${hex}`);

/** Text coloured by hand against its background; automatic colour is left alone, Word turns it white on dark shading. */
function checkContrast(text: string, paragraph: ParagraphFormatting, runs: RunFormatting[]): Verdict {
  if (runs.length === 0) return 'neutral';
  const poor = runs.flatMap((run) => {
    if (run.color === undefined) return [];
    const background = run.background ?? paragraph.background ?? 'FFFFFF';
    const large = (run.sizePt ?? 0) >= 18 || ((run.sizePt ?? 0) >= 14 && run.bold === true);
    const needed = large ? MIN_CONTRAST_LARGE : MIN_CONTRAST;
    const ratio = contrastRatio(run.color, background);
    return ratio < needed ? [{ run, value: { color: run.color, background, ratio, needed }, key: `${run.color}|${background}|${needed}` }] : [];
  });
  if (poor.length === 0) return 'fine';
  const found = dominant(text, poor);
  const { color, background, ratio, needed } = found.value;
  // Rounded down, so that 4.47 never shows as the 4.5 it fails.
  const shown = (Math.floor(ratio * 10) / 10).toFixed(1);
  const textIsDarker = luminance(color) <= luminance(background);
  // Black on dark shading cannot get darker: the shading has to go.
  const advice = !textIsDarker ? 'Use a darker background, or dark text on a light one' : luminance(background) < DARK_BACKGROUND ? 'Remove the dark shading behind it, or make it much lighter' : 'Use a darker text colour';
  return {
    key: `contrast|${color}|${background}`,
    messageId: 'contrast',
    data: { color: describeColour(color), background: describeColour(background), ratio: shown, needed: needed.toFixed(1), advice },
    start: found.start,
    end: found.end,
  };
}

function checkUndefinedStyle(text: string, paragraph: ParagraphFormatting, block: Block, template: CorporateTemplate): Verdict {
  if (!HAS_LETTER.test(text.slice(block.start, block.end))) return 'neutral';
  const { styleId, styleName } = paragraph;
  if (styleId === undefined) return 'fine';
  if (AUTOMATIC_STYLES.has((styleName ?? styleId).toLowerCase())) return 'fine';
  if (templateStyle(template, paragraph)) return 'fine';
  return { key: `style|${styleId}`, messageId: 'undefinedStyle', data: { style: styleName ?? styleId }, start: block.start, end: block.end };
}

/** Body text size: the size most letters of the body have, so a heading is "larger" than what the reader reads most. */
function bodyTextSize(paragraphs: ParagraphFormatting[], lettered: RunFormatting[][], blocks: Block[]): number | undefined {
  const weights = new Map<number, number>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (blocks[paragraph.block]?.part !== 'body') continue;
    for (const run of lettered[index]!) {
      if (run.sizePt === undefined) continue;
      weights.set(run.sizePt, (weights.get(run.sizePt) ?? 0) + run.end - run.start);
    }
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** All bold, or all larger than body text: how a heading is made by hand. */
function looksEmphasised(runs: RunFormatting[], bodySize: number | undefined): boolean {
  if (runs.length === 0) return false;
  if (runs.every((run) => run.bold)) return true;
  return bodySize !== undefined && runs.every((run) => run.sizePt !== undefined && run.sizePt >= bodySize + HEADING_SIZE_STEP);
}

function isHeadingStyled(paragraph: ParagraphFormatting, block: Block): boolean {
  return block.heading === true || paragraph.headingLevel !== undefined || /heading|title/i.test(`${paragraph.styleId ?? ''} ${paragraph.styleName ?? ''}`);
}

/**
 * A short standalone line of the body, all bold or larger, with no closing
 * full stop, followed by ordinary text: a heading made by hand. The subject
 * line, letterhead and signature sit outside the body segment, table cells
 * (labels such as "Our ref") are not body paragraphs, and a run of such lines
 * (a bold address) has no ordinary text after each.
 */
function checkHeading(context: RuleContext, index: number, lettered: RunFormatting[][], bodySize: number | undefined): Verdict {
  const { document, parts } = context;
  const { text, blocks } = document;
  const paragraphs = document.formatting!.paragraphs;
  const paragraph = paragraphs[index]!;
  const block = blocks[paragraph.block]!;
  const body = parts.body;
  if (!body || block.part !== 'body' || block.start < body.start || block.end > body.end) return 'neutral';
  const content = text.slice(block.start, block.end).trim();
  if (!/\p{L}\p{L}/u.test(content)) return 'neutral';
  const candidate = (at: number) => {
    const p = paragraphs[at];
    if (!p) return false;
    const b = blocks[p.block]!;
    return b.part === 'body' && looksEmphasised(lettered[at]!, bodySize) && !isHeadingStyled(p, b);
  };
  if (!candidate(index)) return 'fine';
  const words = countWords(content);
  if (words > HEADING_MAX_WORDS || content.length > HEADING_MAX_CHARACTERS || content.includes('\n')) return 'fine';
  if (/[.,;:!]["'”’)\]]*$/.test(content)) return 'fine';
  // "Amount to pay: £1,284.00" is a key fact in bold, a label and its value, not a heading.
  if (/\S:\s+\S/.test(content)) return 'fine';
  const next = paragraphs[index + 1];
  if (!next || blocks[next.block]!.part !== 'body' || blocks[next.block]!.start > body.end || candidate(index + 1) || candidate(index - 1)) return 'fine';
  if (isHeadingStyled(next, blocks[next.block]!)) return 'fine';
  return {
    key: 'heading',
    messageId: 'fakeHeading',
    data: { text: content, style: paragraph.styleName ?? paragraph.styleId ?? 'Normal' },
    start: block.start,
    end: block.end,
  };
}

/**
 * Reports one finding per run of consecutive paragraphs (in the same part)
 * with the same difference, on the first, counting the rest: a wrong font
 * in forty paragraphs is one thing to put right, not forty.
 */
class Grouper {
  private open: { verdict: Exclude<Verdict, string>; part: string; count: number } | undefined;

  constructor(private readonly context: RuleContext) {}

  see(verdict: Verdict, block: Block): void {
    if (verdict === 'neutral') return;
    if (verdict !== 'fine' && this.open && this.open.verdict.key === verdict.key && this.open.part === block.part) {
      this.open.count++;
      return;
    }
    this.flush();
    if (verdict !== 'fine') this.open = { verdict, part: block.part, count: 1 };
  }

  flush(): void {
    if (!this.open) return;
    const { verdict, count } = this.open;
    const more = count > 1 ? ` (and ${plural(count - 1, 'more paragraph')} after it)` : '';
    this.context.report({ messageId: verdict.messageId, data: { ...verdict.data, more }, start: verdict.start, end: verdict.end });
    this.open = undefined;
  }
}

/**
 * template/styles: each paragraph's effective formatting (as the .docx
 * loader resolves it) against the corporate template and clear print
 * practice. Quiet on formats that carry no formatting.
 */
export default defineRule({
  meta: {
    id: 'template/styles',
    category: 'template',
    severity: 'warning',
    description: 'Fonts, sizes and styles match the corporate template, and the text is set for easy reading: 12 pt or larger, not justified, little italic, underlining or capitals, headings made with heading styles, and text that stands out from its background (.docx only).',
    why: 'Shepway 11: "The corporate style template must be used on all letters." Shepway 38 asks us to provide for visually impaired residents (large print). Clear print practice puts text at 12 pt or more, left-aligned, with little italic, underlining or capitals; WCAG 2 asks for a contrast of 4.5 to 1; screen readers find headings only by their heading styles.',
    standard: 'Shepway 11, 38',
    fixable: false,
    messages: {
      font: '{actual}; template: {expected}{more}. Apply the template’s styles rather than choosing a font by hand.',
      fontNotAllowed: '{actual}; the organisation’s fonts are {expected}{more}. Use one of them, at {min} pt or larger.',
      size: '{actual} is smaller than {min} pt{more}. Use {min} pt or larger so that everyone can read it.',
      justified: 'This paragraph is justified{more}. Align it left: the uneven gaps between words of justified text are hard to read.',
      italic: '{words} words in italics{more}. Keep italics to a few words (at most {max}); long stretches are hard to read.',
      underline: '{words} words underlined{more}. Keep underlining to a few words (at most {max}), or use bold for emphasis.',
      capitals: '{words} words set in capitals{more}. Use capitals for at most {max} words; long stretches are hard to read.',
      fakeHeading: '“{text}” is made to look like a heading but uses the “{style}” style{more}. Apply a heading style (Heading 1 or Heading 2) so that screen readers and the navigation pane see it.',
      contrast: '{color} text on {background} has a contrast of {ratio} to 1, below {needed} to 1{more}. {advice} so that the text stands out.',
      undefinedStyle: 'The “{style}” style is not in the corporate template{more}. Use the template’s own styles so that letters look the same.',
    },
    options: {
      minFontSize: 'smallest size in points (default: template.minFontSize, else 12)',
      fonts: 'body fonts allowed when no template is given (default: template.fonts)',
      maxItalicWords: 'longest stretch of italics in words (default 15)',
      maxUnderlineWords: 'longest underlined stretch in words (default 15)',
      maxCapitalsWords: 'longest stretch in All caps in words (default 10)',
    },
    examples: {
      good: ['Arial 12 pt, aligned left: We have received your application and will reply by 20 March 2026.'],
      bad: ['Times New Roman 10 pt, justified: We have received your application and will reply to you in writing by 20 March 2026, once we have checked the information you sent us.'],
    },
  },
  create(context) {
    // Settings first: a bad option is refused on any document, not only on a .docx.
    const settings = readSettings(context);
    const { document } = context;
    const formatting = document.formatting;
    if (document.format !== 'docx' || !formatting) return;
    const template = context.corporateTemplate;
    const { text, blocks } = document;
    // The runs that show letters, found once: most checks look at them, the heading check at each paragraph's neighbours' too.
    const lettered = formatting.paragraphs.map((paragraph) => textRuns(text, paragraph));
    const bodySize = bodyTextSize(formatting.paragraphs, lettered, blocks);
    const checks: Array<{ grouper: Grouper; verdict: (paragraph: ParagraphFormatting, block: Block, index: number) => Verdict }> = [
      { grouper: new Grouper(context), verdict: (p, _b, index) => checkTypeface(text, p, lettered[index]!, settings, template) },
      { grouper: new Grouper(context), verdict: (p, b) => checkJustified(text, p, b) },
      { grouper: new Grouper(context), verdict: (p) => checkEmphasis('italic', text, p, settings) },
      { grouper: new Grouper(context), verdict: (p) => checkEmphasis('underline', text, p, settings) },
      { grouper: new Grouper(context), verdict: (p) => checkEmphasis('caps', text, p, settings) },
      { grouper: new Grouper(context), verdict: (_p, _b, index) => checkHeading(context, index, lettered, bodySize) },
      { grouper: new Grouper(context), verdict: (p, _b, index) => checkContrast(text, p, lettered[index]!) },
    ];
    if (template) checks.push({ grouper: new Grouper(context), verdict: (p, b) => checkUndefinedStyle(text, p, b, template) });
    formatting.paragraphs.forEach((paragraph, index) => {
      const block = blocks[paragraph.block];
      if (!block) return;
      for (const check of checks) check.grouper.see(check.verdict(paragraph, block, index), block);
    });
    for (const check of checks) check.grouper.flush();
  },
});
