import { localName, localNameIn, namespacePrefixes, prefixFor, qualify, type SaxesTagPlain, type XmlHandler } from './ooxml-xml.js';

/**
 * Word's formatting model, as far as template/styles and hidden text need it:
 * the properties a w:rPr or w:pPr sets, the styles of styles.xml with their
 * w:basedOn chains, document defaults and the theme's fonts, and how Word
 * resolves them into what a reader sees.
 */

export const WORDPROCESSING_ML = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/** What one w:rPr sets; undefined: not set at this level, so a lower level decides. */
export interface RunProperties {
  /** w:rFonts w:ascii (or w:hAnsi). */
  font?: string;
  /** w:rFonts w:asciiTheme (or w:hAnsiTheme): minorHAnsi, majorAscii … */
  fontTheme?: string;
  /** w:sz, in half-points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  underline?: boolean;
  vanish?: boolean;
  specVanish?: boolean;
  /** w:color: RRGGBB or 'auto'. */
  color?: string;
  /** w:shd: RRGGBB, or 'none' when it clears the shading. */
  shading?: string;
  /** w:highlight as RRGGBB, or 'none'. */
  highlight?: string;
  /** w:rStyle (direct formatting only). */
  style?: string;
}

/** What one w:pPr sets. */
export interface ParagraphProperties {
  /** w:pStyle (direct formatting only). */
  style?: string;
  /** w:jc. */
  alignment?: string;
  /** w:shd: RRGGBB or 'none'. */
  shading?: string;
  /** w:outlineLvl, 0-based (9 is body text). */
  outlineLevel?: number;
}

/** A run's formatting once every level is resolved. */
export interface EffectiveRun {
  font: string;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  caps: boolean;
  underline: boolean;
  /** Hidden (w:vanish or w:specVanish): never shown to a reader. */
  hidden: boolean;
  /** RRGGBB; undefined for automatic (Word picks black or white against the background). */
  color?: string;
  /** Highlight or run shading as RRGGBB. */
  background?: string;
}

/** A paragraph style with its chain resolved. */
export interface EffectiveParagraphStyle {
  id?: string;
  name?: string;
  /** Run properties the style chain gives (document defaults not included). */
  run: RunProperties;
  alignment?: string;
  shading?: string;
  /** 1-based, from the outline level or a "heading N" name. */
  headingLevel?: number;
}

/** Word's own fallbacks when neither a style nor the document defaults say: Times New Roman 10 pt. */
const WORD_DEFAULT_FONT = 'Times New Roman';
const WORD_DEFAULT_SIZE = 20;

const HIGHLIGHT_COLOURS: Record<string, string> = {
  black: '000000',
  blue: '0000FF',
  cyan: '00FFFF',
  green: '00FF00',
  magenta: 'FF00FF',
  red: 'FF0000',
  yellow: 'FFFF00',
  white: 'FFFFFF',
  darkBlue: '000080',
  darkCyan: '008080',
  darkGreen: '008000',
  darkMagenta: '800080',
  darkRed: '800000',
  darkYellow: '808000',
  darkGray: '808080',
  lightGray: 'C0C0C0',
};

const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;

/** An on/off property: no w:val means on; "false", "0", "off" mean off. */
function onOff(value: string | undefined): boolean {
  return value === undefined || !(value === 'false' || value === '0' || value === 'off' || value === 'none');
}

/** A w:shd (of a run, paragraph or table cell) as a colour: the fill, or the pattern colour of a solid pattern; 'none' for clear or nil. */
export function readShading(value: (local: string) => string | undefined): string {
  const pattern = value('val');
  const colour = value('color');
  const fill = value('fill');
  if (pattern === 'nil') return 'none';
  if (pattern === 'solid') return colour && HEX_COLOUR.test(colour) ? colour.toUpperCase() : colour === 'auto' || colour === undefined ? '000000' : 'none';
  return fill && HEX_COLOUR.test(fill) ? fill.toUpperCase() : 'none';
}

/** Applies one child element of a w:rPr (by local name) to `target`; `value` reads a w: attribute. */
export function applyRunProperty(target: RunProperties, local: string, value: (local: string) => string | undefined): void {
  switch (local) {
    case 'rFonts': {
      // A theme attribute wins over a font name given beside it, as in Word.
      const theme = value('asciiTheme') ?? value('hAnsiTheme');
      const name = value('ascii') ?? value('hAnsi');
      if (theme === undefined && name === undefined) return;
      target.fontTheme = theme;
      target.font = name;
      return;
    }
    case 'sz': {
      const size = Number(value('val'));
      if (Number.isFinite(size) && size > 0) target.size = size;
      return;
    }
    case 'b':
      target.bold = onOff(value('val'));
      return;
    case 'i':
      target.italic = onOff(value('val'));
      return;
    case 'caps':
      target.caps = onOff(value('val'));
      return;
    case 'vanish':
      target.vanish = onOff(value('val'));
      return;
    case 'specVanish':
      target.specVanish = onOff(value('val'));
      return;
    case 'u':
      target.underline = onOff(value('val'));
      return;
    case 'color': {
      const colour = value('val');
      if (colour !== undefined) target.color = HEX_COLOUR.test(colour) ? colour.toUpperCase() : 'auto';
      return;
    }
    case 'shd':
      target.shading = readShading(value);
      return;
    case 'highlight': {
      const name = value('val');
      if (name !== undefined) target.highlight = HIGHLIGHT_COLOURS[name] ?? 'none';
      return;
    }
    case 'rStyle': {
      const style = value('val');
      if (style) target.style = style;
      return;
    }
  }
}

/** Applies one child element of a w:pPr to `target`. */
export function applyParagraphProperty(target: ParagraphProperties, local: string, value: (local: string) => string | undefined): void {
  switch (local) {
    case 'pStyle': {
      const style = value('val');
      if (style) target.style = style;
      return;
    }
    case 'jc': {
      const alignment = value('val');
      if (alignment) target.alignment = alignment;
      return;
    }
    case 'shd':
      target.shading = readShading(value);
      return;
    case 'outlineLvl': {
      const level = Number(value('val'));
      if (Number.isInteger(level)) target.outlineLevel = level;
      return;
    }
  }
}

/** Overlays `over` on `base` (non-toggle semantics: the higher level wins). */
function overlay(base: RunProperties, over: RunProperties | undefined): RunProperties {
  if (!over) return base;
  const result = { ...base };
  if (over.font !== undefined || over.fontTheme !== undefined) {
    result.font = over.font;
    result.fontTheme = over.fontTheme;
  }
  if (over.size !== undefined) result.size = over.size;
  if (over.bold !== undefined) result.bold = over.bold;
  if (over.italic !== undefined) result.italic = over.italic;
  if (over.caps !== undefined) result.caps = over.caps;
  if (over.underline !== undefined) result.underline = over.underline;
  if (over.vanish !== undefined) result.vanish = over.vanish;
  if (over.specVanish !== undefined) result.specVanish = over.specVanish;
  if (over.color !== undefined) result.color = over.color;
  if (over.shading !== undefined) result.shading = over.shading;
  if (over.highlight !== undefined) result.highlight = over.highlight;
  return result;
}

const TOGGLES = ['bold', 'italic', 'caps', 'vanish'] as const;

/** One w:style of styles.xml. */
export interface StyleDefinition {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  run: RunProperties;
  paragraph: ParagraphProperties;
}

/** The theme's Latin fonts (a:majorFont and a:minorFont). */
export interface ThemeFonts {
  major?: string;
  minor?: string;
}

const HEADING_NAME = /^heading ([1-9])$/i;
/** Deep enough for any real chain; a loop in w:basedOn stops here too. */
const MAX_CHAIN = 32;

/**
 * The styles of one document (or template) and its theme's fonts, resolved
 * on demand and cached: a letter uses a handful of paragraph and character
 * styles, so each chain is walked once however many runs use it.
 */
export class StyleSheet {
  readonly styles = new Map<string, StyleDefinition>();
  defaults: RunProperties = {};
  paragraphDefaults: ParagraphProperties = {};
  private theme: ThemeFonts | undefined;
  private defaultParagraph: string | undefined;
  private readonly paragraphCache = new Map<string, EffectiveParagraphStyle>();
  private readonly characterCache = new Map<string, RunProperties>();
  /** Styled runs by paragraph and character style: their properties (toggles resolved) and what they resolve to. */
  private readonly runCache = new Map<string, { properties: RunProperties; run: EffectiveRun }>();

  /** `loadTheme` reads the theme's fonts: called the first time a theme font is named, so a file that names none never parses its theme. */
  constructor(private readonly loadTheme: () => ThemeFonts = () => ({})) {}

  /** Adds a style as read; the first default paragraph style is Normal. */
  add(style: StyleDefinition): void {
    if (!this.styles.has(style.id)) this.styles.set(style.id, style);
    if (style.isDefault && style.type === 'paragraph' && this.defaultParagraph === undefined) this.defaultParagraph = style.id;
  }

  /** The style chain from the root ancestor down to `id`, for styles of `type`. */
  private chain(id: string, type: string): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    const seen = new Set<string>();
    let style = this.styles.get(id);
    while (style && style.type === type && !seen.has(style.id) && chain.length < MAX_CHAIN) {
      seen.add(style.id);
      chain.unshift(style);
      style = style.basedOn === undefined ? undefined : this.styles.get(style.basedOn);
    }
    return chain;
  }

  /** A paragraph style resolved through its chain; an unknown or missing id means the default paragraph style, as in Word. */
  paragraphStyle(id: string | undefined): EffectiveParagraphStyle {
    const key = id ?? '';
    const cached = this.paragraphCache.get(key);
    if (cached) return cached;
    const known = id !== undefined && this.styles.get(id)?.type === 'paragraph' ? id : this.defaultParagraph;
    const chain = known === undefined ? [] : this.chain(known, 'paragraph');
    let run: RunProperties = {};
    let paragraph: ParagraphProperties = { ...this.paragraphDefaults };
    for (const style of chain) {
      run = overlay(run, style.run);
      paragraph = { ...paragraph, ...definedOnly(style.paragraph) };
    }
    const own = chain[chain.length - 1];
    const resolved: EffectiveParagraphStyle = { run };
    if (own) {
      resolved.id = own.id;
      if (own.name !== undefined) resolved.name = own.name;
    }
    if (paragraph.alignment !== undefined) resolved.alignment = paragraph.alignment;
    if (paragraph.shading !== undefined && paragraph.shading !== 'none') resolved.shading = paragraph.shading;
    const byName = own?.name === undefined ? undefined : HEADING_NAME.exec(own.name);
    if (paragraph.outlineLevel !== undefined && paragraph.outlineLevel >= 0 && paragraph.outlineLevel < 9) resolved.headingLevel = paragraph.outlineLevel + 1;
    else if (byName) resolved.headingLevel = Number(byName[1]);
    this.paragraphCache.set(key, resolved);
    return resolved;
  }

  /** A character style's run properties through its chain. */
  private characterStyle(id: string): RunProperties {
    let cached = this.characterCache.get(id);
    if (!cached) {
      cached = this.chain(id, 'character').reduce<RunProperties>((run, style) => overlay(run, style.run), {});
      this.characterCache.set(id, cached);
    }
    return cached;
  }

  /**
   * A run's effective formatting: direct formatting over the character style
   * over the paragraph style over document defaults. Toggle properties (bold,
   * italic, caps, hidden) set by both the paragraph and the character style
   * cancel out, as ECMA-376 §17.7.3 says and Word does; direct formatting
   * sets them outright.
   */
  run(paragraph: EffectiveParagraphStyle, direct: RunProperties | undefined): EffectiveRun {
    const key = `${paragraph.id ?? ''}\u0000${direct?.style ?? ''}`;
    let styled = this.runCache.get(key);
    if (!styled) {
      const character = direct?.style === undefined ? undefined : this.characterStyle(direct.style);
      const properties = overlay(overlay(this.defaults, paragraph.run), character);
      for (const toggle of TOGGLES) {
        const fromParagraph = paragraph.run[toggle];
        const fromCharacter = character?.[toggle];
        if (fromParagraph !== undefined && fromCharacter !== undefined) properties[toggle] = fromParagraph !== fromCharacter;
      }
      styled = { properties, run: this.finish(properties) };
      this.runCache.set(key, styled);
    }
    if (!direct || !hasFormatting(direct)) return styled.run;
    // A toggle set directly replaces the styles' (XORed) value rather than toggling it.
    return this.finish(overlay(styled.properties, direct));
  }

  /** A run with no formatting of its own in a paragraph of the default style: the body font and size. */
  normalRun(): EffectiveRun {
    return this.run(this.paragraphStyle(undefined), undefined);
  }

  /** A theme font's name: major* to the heading font, minor* to the body font. */
  private themeFont(theme: string): string | undefined {
    const fonts = (this.theme ??= this.loadTheme());
    return theme.startsWith('major') ? fonts.major : theme.startsWith('minor') ? fonts.minor : undefined;
  }

  private finish(properties: RunProperties): EffectiveRun {
    const font = (properties.fontTheme !== undefined ? this.themeFont(properties.fontTheme) : undefined) ?? properties.font ?? WORD_DEFAULT_FONT;
    const run: EffectiveRun = {
      font,
      sizePt: (properties.size ?? WORD_DEFAULT_SIZE) / 2,
      bold: properties.bold === true,
      italic: properties.italic === true,
      caps: properties.caps === true,
      underline: properties.underline === true,
      hidden: properties.vanish === true || properties.specVanish === true,
    };
    if (properties.color !== undefined && properties.color !== 'auto') run.color = properties.color;
    // A highlight is drawn over the run's shading.
    const background = properties.highlight !== undefined && properties.highlight !== 'none' ? properties.highlight : properties.shading;
    if (background !== undefined && background !== 'none') run.background = background;
    return run;
  }
}

function hasFormatting(direct: RunProperties): boolean {
  for (const key in direct) if (key !== 'style' && direct[key as keyof RunProperties] !== undefined) return true;
  return false;
}

function definedOnly(properties: ParagraphProperties): ParagraphProperties {
  const result: ParagraphProperties = {};
  if (properties.alignment !== undefined) result.alignment = properties.alignment;
  if (properties.shading !== undefined) result.shading = properties.shading;
  if (properties.outlineLevel !== undefined) result.outlineLevel = properties.outlineLevel;
  return result;
}

const enum StylesState {
  Outside,
  RunDefaults,
  ParagraphDefaults,
  StyleRun,
  StyleParagraph,
}

/**
 * Reads styles.xml into a StyleSheet: w:docDefaults and each w:style's name,
 * w:basedOn, w:rPr and w:pPr. Conditional table formatting (w:tblStylePr) is
 * left out: it applies to table regions, not to paragraphs as such.
 */
export class StylesPartReader implements XmlHandler {
  private prefix: string | undefined;
  private depth = 0;
  private state = StylesState.Outside;
  /** Depth of the w:rPr or w:pPr being read. */
  private propertiesDepth = 0;
  private style: StyleDefinition | undefined;
  private skipDepth = 0;

  constructor(readonly sheet: StyleSheet) {}

  opentag(tag: SaxesTagPlain): void {
    this.depth++;
    if (this.skipDepth) return;
    if (this.prefix === undefined) this.prefix = prefixFor(namespacePrefixes(tag), WORDPROCESSING_ML, 'w');
    const prefix = this.prefix;
    const value = (local: string) => tag.attributes[qualify(prefix, local)];
    const local = localNameIn(prefix, tag.name);
    if (local === undefined) return;
    if (this.state !== StylesState.Outside && this.depth === this.propertiesDepth + 1) {
      if (this.state === StylesState.RunDefaults || this.state === StylesState.StyleRun) {
        applyRunProperty(this.state === StylesState.RunDefaults ? this.sheet.defaults : this.style!.run, local, value);
      } else {
        applyParagraphProperty(this.state === StylesState.ParagraphDefaults ? this.sheet.paragraphDefaults : this.style!.paragraph, local, value);
      }
      return;
    }
    if (this.depth === 2) {
      if (local === 'style') {
        const id = value('styleId');
        if (id !== undefined) this.style = { id, type: value('type') ?? 'paragraph', isDefault: onOff(value('default')) && value('default') !== undefined, run: {}, paragraph: {} };
      } else if (local === 'latentStyles' && !tag.isSelfClosing) {
        // Hundreds of built-in style names Word lists for its gallery: nothing to resolve.
        this.skipDepth = this.depth;
      }
      return;
    }
    if (this.style && this.depth === 3) {
      if (local === 'name') {
        const name = value('val');
        if (name !== undefined) this.style.name = name;
      } else if (local === 'basedOn') {
        const basedOn = value('val');
        if (basedOn) this.style.basedOn = basedOn;
      } else if (local === 'rPr') {
        this.enter(StylesState.StyleRun, tag);
      } else if (local === 'pPr') {
        this.enter(StylesState.StyleParagraph, tag);
      } else if (!tag.isSelfClosing) {
        this.skipDepth = this.depth;
      }
      return;
    }
    // w:docDefaults > w:rPrDefault > w:rPr, w:pPrDefault > w:pPr.
    if (this.depth === 4 && local === 'rPr') this.enter(StylesState.RunDefaults, tag);
    else if (this.depth === 4 && local === 'pPr') this.enter(StylesState.ParagraphDefaults, tag);
  }

  private enter(state: StylesState, tag: SaxesTagPlain): void {
    if (tag.isSelfClosing) return;
    this.state = state;
    this.propertiesDepth = this.depth;
  }

  closetag(): void {
    const depth = this.depth--;
    if (this.skipDepth) {
      if (depth === this.skipDepth) this.skipDepth = 0;
      return;
    }
    if (this.state !== StylesState.Outside && depth === this.propertiesDepth) this.state = StylesState.Outside;
    if (depth === 2) {
      if (this.style) this.sheet.add(this.style);
      this.style = undefined;
    }
  }

  text(): void {}
}

/**
 * styles.xml without its w:latentStyles: hundreds of gallery entries (most of
 * a Word file's styles part) that resolve nothing, cut out before parsing
 * rather than parsed and skipped. Left whole when the element is not found
 * as expected.
 */
export function withoutLatentStyles(xml: string): string {
  const name = xml.indexOf('latentStyles');
  if (name < 0) return xml;
  const start = xml.lastIndexOf('<', name);
  if (start < 0 || !/^[\w.-]*:?$/.test(xml.slice(start + 1, name))) return xml;
  const close = xml.indexOf('latentStyles>', name + 12);
  if (close < 0) return xml;
  const closeStart = xml.lastIndexOf('</', close);
  if (closeStart <= start || !/^[\w.-]*:?$/.test(xml.slice(closeStart + 2, close))) return xml;
  return xml.slice(0, start) + xml.slice(close + 'latentStyles>'.length);
}

/** Reads a theme part's font scheme: the Latin typeface of a:majorFont and a:minorFont. */
export class ThemePartReader implements XmlHandler {
  readonly fonts: ThemeFonts = {};
  private scheme: 'major' | 'minor' | undefined;
  private inFontScheme = false;

  opentag(tag: SaxesTagPlain): void {
    const local = localName(tag.name);
    if (local === 'fontScheme') this.inFontScheme = true;
    else if (this.inFontScheme && local === 'majorFont') this.scheme = 'major';
    else if (this.inFontScheme && local === 'minorFont') this.scheme = 'minor';
    else if (this.scheme && local === 'latin' && this.fonts[this.scheme] === undefined) {
      const typeface = tag.attributes.typeface?.trim();
      if (typeface) this.fonts[this.scheme] = typeface;
    }
  }

  closetag(tag: SaxesTagPlain): void {
    const local = localName(tag.name);
    if (local === 'fontScheme') this.inFontScheme = false;
    else if (local === 'majorFont' || local === 'minorFont') this.scheme = undefined;
  }

  text(): void {}
}
