/** Shared types of the cc-check library. Nothing here touches `process`. */
import type { CorporateTemplate, DocumentFormatting } from './template/formatting-types.js';

export type { CorporateTemplate, DocumentFormatting } from './template/formatting-types.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

export type Category = 'plain' | 'courtesy' | 'correspondence' | 'template' | 'access' | 'email' | 'privacy';

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'eml';

/** Where a block of text came from in its source file. */
export type DocumentPart = 'body' | 'header' | 'footer' | 'textbox' | 'table' | 'footnote';

/**
 * A block is one paragraph of the source (a .docx paragraph, a Markdown
 * paragraph or heading, a blank-line separated paragraph of a text file).
 * Sentence analysis never crosses a block boundary.
 */
export interface Block {
  /** Offset of the first character in `Document.text`. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** 1-based paragraph number within its part (.docx), or within the text. */
  paragraph: number;
  part: DocumentPart;
  /** Markdown heading, .docx heading style, or similar. */
  heading?: boolean;
  /** .docx paragraph style id, when there is one. */
  style?: string;
}

export interface DocumentMetadata {
  author?: string;
  lastModifiedBy?: string;
  title?: string;
  created?: string;
  modified?: string;
}

/**
 * One loaded document: the text to check plus what is needed to map a
 * finding back to the source. Offsets into `text` are the lingua franca of
 * rules, segments and findings.
 */
export interface Document {
  /** Path as given by the user (or the stdin file name). */
  path: string;
  /** The file's absolute path when it was read from disk (reports show `path`). Added field. */
  sourcePath?: string;
  format: DocumentFormat;
  /**
   * Extracted text. For .txt it is the file with line endings normalised to
   * LF; for .md the source with everything that is not prose blanked out to
   * spaces (so line:column stay true to the file); for .docx one line per
   * paragraph (soft line breaks become extra lines).
   */
  text: string;
  blocks: Block[];
  metadata: DocumentMetadata;
  /** For an .eml: its headers and attachments (Document.text is the body). Added field. */
  email?: EmailHeaders;
  /** For a .docx: the Word comments it holds (their text is not in `text`, so no rule checks it). Added field. */
  comments?: DocumentComment[];
  /**
   * Inline control comments (`<!-- cc-check-disable rule -->` in .md/.txt, a
   * Word comment or hidden text with the same words in .docx), in document
   * order. The engine drops the findings they cover. Added field.
   */
  controls?: InlineControl[];
  /**
   * Comments of a .md or .txt file written like a control that are not one
   * (`<!-- cc-check-disabel -->`), so template/inline-control can say they do
   * nothing (Markdown blanks every comment from the checked text; a .txt
   * blanks only real controls). Added field.
   */
  misspeltControls?: MisspeltControl[];
  /**
   * .docx text formatted as hidden (w:vanish): never shown to the reader, so
   * it is not in `text`; kept with the offset where it sat so that inline
   * control words in it still apply. Added field.
   */
  hidden?: HiddenText[];
  /** .docx only: each paragraph's effective formatting, for template/styles. Added field. */
  formatting?: DocumentFormatting;
}

/** Something written like an inline control that is not one, and where. Added type. */
export interface MisspeltControl {
  /** The word as written, e.g. "cc-check-disabel". */
  word: string;
  /** Set when the word is right but its comment has no closing `-->`. */
  unclosed?: true;
  start: number;
  end: number;
}

/** Text a .docx holds as hidden (w:vanish), and the offset in Document.text where it sat. Added type. */
export interface HiddenText {
  offset: number;
  text: string;
  part: DocumentPart;
}

/**
 * One inline control comment. `rules` empty means every rule. `start`/`end`
 * are the comment's offsets in Document.text (for .md/.txt the comment is
 * blanked out of the checked text but keeps its place; for .docx the range
 * a Word comment is anchored on, or the hidden text's offset). Added type.
 */
export interface InlineControl {
  directive: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[];
  start: number;
  end: number;
  /** Where it came from, for messages: "comment", "hidden text" or "Word comment 3". */
  source: string;
}

/** A Word comment of a .docx, with the range of Document.text it is anchored on. Added type. */
export interface DocumentComment {
  /** The w:id Word gave it (unique within the document). */
  id: string;
  author?: string;
  initials?: string;
  /** As Word wrote it (ISO 8601, e.g. 2026-03-03T10:00:00Z). */
  date?: string;
  /** The comment's paragraphs joined by "\n". */
  text: string;
  /**
   * The anchored range in Document.text, from its w:commentRangeStart to its
   * w:commentRangeEnd; a comment with only a w:commentReference has start = end
   * at the reference.
   */
  start: number;
  end: number;
  /** The part holding the start of the range ('body' for an unanchored comment). */
  part: DocumentPart;
  /** Set when the document has no range or reference for the comment's id (start = end = 0). */
  unanchored?: true;
}

export interface EmailAddress {
  address: string;
  name?: string;
}

/** The headers of an email that rules read, and the attachments (listed, not checked). */
export interface EmailHeaders {
  from?: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  bcc: EmailAddress[];
  subject?: string;
  date?: string;
  inReplyTo?: string;
  /** The Auto-Submitted header ("auto-replied", "auto-generated", "no"). */
  autoSubmitted?: string;
  /** The X-Autoreply header some mail servers set on auto-replies. */
  xAutoreply?: string;
  attachments: Array<{ name?: string; type: string }>;
  /** Which part the body text came from. */
  bodySource: 'text' | 'html';
}

export type SegmentType =
  | 'letterhead'
  | 'addressee'
  | 'date'
  | 'references'
  | 'salutation'
  | 'subject'
  | 'body'
  | 'signoff'
  | 'signature'
  | 'footer'
  | 'quoted'
  | 'disclaimer';

export interface Segment {
  type: SegmentType;
  start: number;
  end: number;
  /** The segment's text (a slice of Document.text). */
  text: string;
}

/** The parts of a letter found by the segmenter. */
export interface LetterParts {
  segments: Segment[];
  salutation?: Segment & {
    name?: string;
    title?: string;
    surname?: string;
    impersonal: boolean;
    /** Forename when the salutation gives one ("Dear John", "Dear John Smith"). Added field. */
    forename?: string;
    /** Offsets of the name after "Dear" (or of the whole phrase for "To whom it may concern"). Added field. */
    nameStart?: number;
    nameEnd?: number;
  };
  /** The sign-off line; `phraseEnd` is where the phrase ends before any trailing comma (added field). */
  signoff?: Segment & { phraseEnd?: number };
  signature?: Segment & { name?: string; jobTitle?: string };
  addressee?: Segment & {
    name?: string;
    title?: string;
    surname?: string;
    /** Forename or initials from the name line ("Anita", "A J"). Added field. */
    forename?: string;
    /** False for "The Occupier" and the like. Added field. */
    named?: boolean;
  };
  subject?: Segment;
  /** The body: from after the salutation (and subject) to before the sign-off. */
  body?: Segment;
  /** Added fields: the other header and footer parts. */
  letterhead?: Segment;
  date?: Segment;
  /** One entry per reference line ("Our ref: CT/118" → label "Our ref", value "CT/118"). */
  references?: Array<Segment & { label: string; value: string }>;
  footer?: Segment;
  /** Email only (added fields): the quoted earlier messages, from the first quote marker on (never checked), and the legal disclaimer. */
  quoted?: Segment;
  disclaimer?: Segment;
  /** True when the document has letter parts (a salutation, sign-off, addressee block, or date and references). */
  isLetter?: boolean;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  words: Word[];
  /** Index of the block the sentence is in. */
  block: number;
}

/** A message produced by a retext plugin, mapped to document offsets. */
export interface RetextMessage {
  source: string;
  ruleId: string;
  reason: string;
  start: number;
  end: number;
  actual?: string;
  expected?: string[];
}

export interface DocumentMetrics {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease (higher is easier; 60+ is plain English). */
  fleschReadingEase: number | null;
  /** Flesch–Kincaid grade (US school grade). */
  fleschKincaidGrade: number | null;
  /** UK reading age in years: grade + 5. */
  readingAge: number | null;
  /** Per cent of sentences in the passive voice (null when there is no sentence). Added field. */
  passivePercent: number | null;
  /** Per cent of sentences over 25 words (null when there is no sentence). Added field. */
  longSentencePercent: number | null;
  /** Words per sentence (null when there is no sentence). Added field. */
  averageSentenceLength: number | null;
}

export interface Analysis {
  /** Sentences of the checked prose (body and subject), in order. */
  sentences: Sentence[];
  /** Messages of retext-passive, retext-readability and retext-simplify on the checked prose. */
  messages: RetextMessage[];
  metrics: DocumentMetrics;
}

export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** A finding as a rule reports it: offsets into Document.text. */
export interface Report {
  start: number;
  end: number;
  message: string;
  messageId?: string;
  suggestion?: string;
  fix?: Fix;
  /** Override the rule's severity for this report (rare). */
  severity?: Severity;
}

/** A finding as it appears in the JSON report. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  paragraph?: number;
  part?: DocumentPart;
  excerpt: string;
  suggestion?: string;
  standard: string;
  /** Which of the rule's messages (not in the JSON contract; used by tests and fixers). */
  messageId?: string;
  /** Offsets into the extracted text (not in the JSON contract; used by fixers and annotators). */
  start?: number;
  end?: number;
  fix?: Fix;
  /** With --baseline: "known" when the baseline records it (shown, never failing), "new" otherwise. Added field. */
  baseline?: 'new' | 'known';
}

export interface RuleExamples {
  good: string[];
  bad: string[];
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  description: string;
  /** Why the rule exists, in a sentence or two, for `cc-check explain`. */
  why?: string;
  standard: string;
  fixable: boolean;
  messages: Record<string, string>;
  examples: RuleExamples;
  /**
   * The options the rule reads, each with what it means and its default, for
   * `cc-check explain` and so a config setting any other option is refused.
   * None: the rule takes no options. Added field.
   */
  options?: Record<string, string>;
}

/** The kinds of correspondence cc-check tells apart. */
export type DocumentKind =
  | 'letter'
  | 'email'
  | 'out-of-office'
  | 'acknowledgement'
  | 'complaint-response'
  | 'refusal'
  | 'visit-appointment'
  | 'change-notice'
  | 'template'
  | 'leaflet';

/** The detected (or overridden) kind, how sure, and the text or header that decided it. Added type. */
export interface KindResult {
  kind: DocumentKind;
  /** 0–1. */
  confidence: number;
  cue: string;
}

/** A point a complaint raised, for correspondence/complaint-points (`--reply-to`). Added type. */
export interface ComplaintPoint {
  /** The sentence or list item as the complainant wrote it (whitespace collapsed). */
  text: string;
  /** The sentence, trimmed to a short quotable length. */
  label: string;
  /** Content words, crudely lemmatised, with synonyms folded; numbers, amounts and dates kept. */
  terms: string[];
}

/** The complaint a reply answers (`--reply-to`): its path and the points it raises. Added type. */
export interface ReplyTo {
  path: string;
  points: ComplaintPoint[];
}

export interface RuleContext {
  document: Document;
  /** With --reply-to: the complaint this document replies to. Added field. */
  replyTo?: ReplyTo;
  /** The document's kind, decided once before the rules run. Added field. */
  kind?: KindResult;
  parts: LetterParts;
  analysis: Analysis;
  options: Record<string, unknown>;
  /** True when the document is a template whose merge fields are allowed. Added field. */
  templateMode?: boolean;
  /** The organisation's profile from the config file (empty object when there is none). Added field. */
  profile: Profile;
  /** The corporate template's formatting (`template.file` in the config, or `--template`). Added field. */
  corporateTemplate?: CorporateTemplate;
  /** Where the profile's protected passages were found in Document.text (empty when none is declared or found). Added field. */
  protectedRanges?: Array<{ name: string; start: number; end: number }>;
  /** Report with a declared message id and values for its `{placeholders}`. */
  report(report: Omit<Report, 'message'> & { messageId: string; data?: Record<string, string | number> }): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): void;
}

export interface FileError {
  code: string;
  message: string;
}

export interface CategoryScores {
  [category: string]: number;
}

export interface FileResult {
  path: string;
  kind: string | null;
  score: number | null;
  pass: boolean;
  categories: CategoryScores;
  error: FileError | null;
  findings: Finding[];
  /** How the kind was decided: confidence 0–1 and the cue. Added field. */
  kindDetection?: { confidence: number; cue: string };
  /** Document metrics (words, reading ease, reading age). Added field. */
  metrics?: DocumentMetrics;
  /** Format the file was read as. Added field. */
  format?: DocumentFormat;
  /** With --baseline: the score the baseline recorded; the file fails if it falls below. Added field. */
  baselineScore?: number;
  /** The pass mark this file was judged by (--min-score, or its config's minScore). Added field. */
  minScore?: number;
  /** Each protected passage the profile declares, and whether the document carries it (absent when none is declared). Added field. */
  protected?: Array<{ name: string; found: boolean }>;
}

export interface ReportSummary {
  files: number;
  passed: number;
  failed: number;
  errors: number;
  meanScore: number | null;
}

export interface CheckReport {
  tool: 'cc-check';
  version: string;
  schemaVersion: 1;
  files: FileResult[];
  summary: ReportSummary;
  /**
   * The loaded documents, aligned with `files` (undefined where a file could
   * not be read), when the caller asked to keep them: reports that show the
   * letter's text, fixers and annotators need them. Never in the JSON.
   */
  documents?: Array<Document | undefined>;
  /** The custom rules of the configs the run used, so reports can describe them as they do built-in rules. Never in the JSON. */
  customRules?: RuleMeta[];
}

export interface RuleSetting {
  severity?: SeverityOrOff;
  options?: Record<string, unknown>;
}

export interface CheckOptions {
  /** Score a document must reach to pass (default 80). */
  minScore?: number;
  /** Per-rule severity and options. */
  rules?: Record<string, SeverityOrOff | RuleSetting>;
  /** Only run these rules (used by tests and `--rule`). */
  only?: string[];
  /** Merge fields are allowed but must be well formed (`--template-mode`); default: on for files under a `templates/` folder. Added field. */
  templateMode?: boolean;
  /** Check every document as this kind instead of detecting it (`--kind`). Added field. */
  kind?: DocumentKind;
  /** The complaint every checked document replies to (`--reply-to`). Added field. */
  replyTo?: ReplyTo;
  /** The organisation's profile (from the config file): name, domains, vocabulary, timescales, template, protected passages, targets. Added field. */
  profile?: Profile;
  /** Rules beyond the built-in ones: the organisation's custom YAML rules, already loaded. Added field. */
  extraRules?: Rule[];
  /** The corporate template's formatting, already loaded, for template/styles. Added field. */
  corporateTemplate?: CorporateTemplate;
}

/** Who the organisation is: its name and what counts as its own contact details. Added type. */
export interface OrganisationProfile {
  /** "Shepway District Council". */
  name?: string;
  /** Other names it goes by ("Shepway Council", "SDC"). */
  aliases?: string[];
  /** Email domains that count as internal ("shepway.gov.uk"; subdomains too). */
  emailDomains?: string[];
  /** Regular expressions (source text, case-insensitive) for the organisation's own phone numbers: never personal data. */
  phonePatterns?: string[];
  /** Regular expressions for the organisation's own addresses: never personal data. */
  addressPatterns?: string[];
}

/** Words the spelling and abbreviation rules accept, and words to flag with a replacement. Added type. */
export interface VocabularySettings {
  accept?: string[];
  /** Word or phrase → preferred replacements (empty: flag without one). */
  reject?: Record<string, string[]>;
}

/** The letter parts template/required-elements can require. Added type. */
export type TemplateElement =
  | 'organisation-name'
  | 'date'
  | 'our-reference'
  | 'contact-officer'
  | 'phone'
  | 'email'
  | 'subject'
  | 'signature-job-title'
  | 'footer';

/** The corporate template settings. Added type. */
export interface TemplateSettings {
  /** Elements every letter must carry, each in its region. */
  required?: TemplateElement[];
  /** Path of the corporate .dotx/.docx to compare formatting with (resolved from the config file's folder). */
  file?: string;
  /** Smallest font size allowed, in points (default 12). */
  minFontSize?: number;
  /** Body fonts allowed when no template file is given. */
  fonts?: string[];
}

/**
 * Statutory wording a letter must carry as it is: the passage's text, or a
 * start and end marker. Exempt from the plain rules, still counted as present. Added type.
 */
export interface ProtectedPassage {
  name: string;
  text?: string;
  start?: string;
  end?: string;
}

/** Document-level targets (defaults from published council practice). Added type. */
export interface MetricTargets {
  /** Flesch reading ease at least (60). */
  minReadingEase?: number;
  /** UK reading age in years at most (14). */
  maxReadingAge?: number;
  /** Per cent of sentences in the passive voice at most (4). */
  maxPassivePercent?: number;
  /** Per cent of sentences longer than `longSentenceWords` at most (5). */
  maxLongSentencePercent?: number;
  /** What counts as a long sentence, in words (25). */
  longSentenceWords?: number;
}

/** The organisation profile a config file gives; every part optional. Added type. */
export interface Profile {
  organisation?: OrganisationProfile;
  vocabulary?: VocabularySettings;
  /** Working days to reply, per service or kind ("complaint-response": 10, "planning": 15, "default": 10). */
  timescales?: Record<string, number>;
  template?: TemplateSettings;
  protected?: ProtectedPassage[];
  targets?: MetricTargets;
}
