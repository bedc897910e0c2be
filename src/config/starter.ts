/**
 * The commented starter config `cc-check init` writes. Lines starting
 * `#: ` are commented-out examples: written as `# ` for the user to
 * uncomment, and kept live (`examples: true`) by the test that proves every
 * example in the file is a valid setting.
 */

/** The file `cc-check init` writes. */
export const STARTER_FILE = '.cc-checkrc.yml';

export interface StarterAnswers {
  /** "Shepway District Council"; the example stays commented out when not given. */
  organisation?: string;
  /** Email domains that count as internal. */
  emailDomains?: string[];
}

/** A YAML scalar that reads back as the same text. */
function quote(text: string): string {
  return JSON.stringify(text);
}

const TEMPLATE = `# cc-check configuration, written by \`cc-check init\`.
# Reference: the "Configuration" section of cc-check's README.
#
# cc-check reads the nearest .cc-checkrc.yml above each letter it checks: a
# file in a subfolder overrides this one for the letters below it, and
# \`root: true\` means no file in a folder above this one is read.
root: true

# Start from a preset: "recommended" (the built-in defaults) or "strict"
# (shorter sentences, jargon is an error, pass mark 90). A path such as
# ../shared/cc-check.yml, or an installed package, works too.
extends: recommended

# Score (0-100) a letter needs to pass, as well as having no error-level finding.
minScore: 80

# Rules: off, info, warning or error; with options as [severity, {options}].
# \`cc-check rules\` lists them; \`cc-check explain RULE\` says what each checks.
rules:
  plain/sentence-length: [warning, {max: 25, maxError: 35}]
#:  plain/passive: off
#:  courtesy/salutation-impersonal: error

# Who you are. Your own phone numbers and addresses are never taken for
# personal data, and email to your own domains is internal.
organisation:
{{organisation}}
#:  aliases: ["Example Council"]
{{emailDomains}}
#:  phonePatterns: ['01303 85\\d{4}']
#:  addressPatterns: ['Castle Hill Avenue']

# Words the spelling and abbreviation rules must accept (place names, your
# services), and words to flag, each with what to write instead (or null).
#:vocabulary:
#:  accept: [Folkestone, Hythe, CTR]
#:  reject:
#:    utilise: use
#:    customer: [resident, you]
#:    service user: null

# Working days to reply, by kind of letter or by service (a service counts
# when the subject or a reference line names it): a letter promising a
# slower reply is flagged.
#:timescales:
#:  default: 10
#:  complaint-response: 10
#:  planning: 15

# The corporate template: the parts every letter must carry, and a .dotx or
# .docx to compare fonts and styles with (relative to this file).
template:
  minFontSize: 12
#:  required: [organisation-name, date, our-reference, contact-officer, phone, email, subject, signature-job-title]
#:  file: templates/corporate.dotx
#:  fonts: [Arial]

# Statutory wording a letter must carry as it is: exempt from the plain
# language rules, still counted as present. Give its text, or the words it
# starts and ends with.
#:protected:
#:  - name: appeal rights
#:    start: "You have the right to appeal"
#:    end: "within one month of the date of this letter."
#:  - name: data protection notice
#:    text: "We will use your information only to deal with your request."

# Document-level targets (these are the defaults).
targets:
  minReadingEase: 60
  maxReadingAge: 14
  maxPassivePercent: 4
  maxLongSentencePercent: 5
  longSentenceWords: 25

# Your own rules in YAML (existence, substitution, required, metric), one file
# per rule, in this folder (relative to this file).
#:customRules: cc-check-rules

# Files cc-check skips, relative to this file; a pattern without a slash
# matches in any folder, a leading ! takes a file back.
#:ignore:
#:  - "drafts/**"
#:  - "*.old.docx"

# Settings for some files only (globs relative to this file): each entry
# that matches a file applies over everything above; later entries win.
#:overrides:
#:  - files: ["templates/**"]
#:    templateMode: true
#:  - files: ["complaints/**/*.docx"]
#:    excludedFiles: ["complaints/archive/**"]
#:    kind: complaint-response
#:    rules:
#:      correspondence/complaint-escalation: error
`;

/**
 * The starter file's text. With `examples`, the commented-out examples are
 * live settings (to check that each is valid).
 */
export function starterConfig(answers: StarterAnswers = {}, options: { examples?: boolean } = {}): string {
  const organisation = answers.organisation?.trim()
    ? `  name: ${quote(answers.organisation.trim())}`
    : '#:  name: "Example District Council"';
  const domains = answers.emailDomains?.filter((d) => d.trim()) ?? [];
  const emailDomains = domains.length > 0 ? `  emailDomains: [${domains.map((d) => quote(d.trim().toLowerCase())).join(', ')}]` : '#:  emailDomains: [example.gov.uk]';
  const text = TEMPLATE.replace('{{organisation}}', organisation).replace('{{emailDomains}}', emailDomains);
  const lines = text.split('\n');
  // With every example commented out a section header such as "organisation:" would hold nothing: comment it out too.
  const rendered = lines.map((line) => (line.startsWith('#:') ? (options.examples ? line.slice(2) : `#${line.slice(2)}`) : line));
  return emptySectionsCommented(rendered).join('\n');
}

/** "organisation:" followed only by comments is null in YAML; write it as a comment so the file stays valid. */
function emptySectionsCommented(lines: string[]): string[] {
  return lines.map((line, index) => {
    if (!/^[a-zA-Z]+:\s*$/.test(line)) return line;
    let next = index + 1;
    while (next < lines.length && lines[next]!.startsWith('#')) next++;
    const hasContent = next < lines.length && /^\s+\S/.test(lines[next]!);
    return hasContent ? line : `# ${line}`;
  });
}
