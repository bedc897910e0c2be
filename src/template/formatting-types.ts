/**
 * Formatting of a .docx as the reader sees it: each paragraph's style and
 * alignment and each run's effective font, size and emphasis, after direct
 * formatting, the paragraph style, the style chain, document defaults and
 * the theme's fonts are resolved.
 */

/** A run's effective formatting, with its range in Document.text. */
export interface RunFormatting {
  start: number;
  end: number;
  /** Font family as resolved (theme fonts replaced by their names). */
  font?: string;
  /** Size in points. */
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** w:caps: shown in capitals whatever was typed (typed capitals are courtesy/shouting's concern). */
  caps?: boolean;
  /** Text colour as RRGGBB, or undefined for automatic. */
  color?: string;
  /** Background behind the run (shading or highlight) as RRGGBB. */
  background?: string;
}

export interface ParagraphFormatting {
  /** Index into Document.blocks. */
  block: number;
  styleId?: string;
  styleName?: string;
  /** w:jc as resolved: left, center, right, both (justified), distribute … */
  alignment?: string;
  /** Outline level from a heading style (1-based), if any. */
  headingLevel?: number;
  /** Paragraph shading, or the shading of the table cell holding it, as RRGGBB. */
  background?: string;
  /** Runs with visible text, neighbours formatted alike merged; hidden text is not among them. */
  runs: RunFormatting[];
}

export interface DocumentFormatting {
  /** Paragraphs with text (those that have a block), in Document.blocks order. */
  paragraphs: ParagraphFormatting[];
  /** The document's own Normal style as resolved: its body font and size. */
  normal?: { font: string; sizePt: number };
}

/** What the corporate template prescribes, read from its .dotx/.docx. */
export interface CorporateTemplate {
  path: string;
  /** The body font (the Normal style's resolved font). */
  bodyFont?: string;
  /** The body size in points. */
  bodySizePt?: number;
  /** Style ids the template defines, with names, so a document's styles can be compared. */
  styles: Array<{ id: string; name?: string; font?: string; sizePt?: number; headingLevel?: number }>;
}
