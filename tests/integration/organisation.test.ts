/**
 * Issue 4 as a council uses it: one config file (fixtures/organisation) with
 * a profile, vocabulary, corporate template, required elements, a protected
 * passage, custom YAML rules, an ignore glob and an override, read by the
 * real executable on letters it has never been tuned to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckReport, FileResult } from '../../src/types.js';
import { ccCheck, root } from '../cli/helpers/spawn.js';

const CONFIG = 'fixtures/organisation/.cc-checkrc.yml';

async function jsonRun(args: string[]): Promise<{ code: number | null; report: CheckReport; stderr: string }> {
  const { code, stdout, stderr } = await ccCheck([...args, '--format', 'json']);
  return { code, report: JSON.parse(stdout) as CheckReport, stderr };
}

const ruleIds = (file: FileResult) => file.findings.map((f) => f.ruleId);
const fileNamed = (report: CheckReport, name: string) => report.files.find((f) => f.path.endsWith(name))!;

describe('a council project checked with its config file', () => {
  it('finds the config from the letters, skips ignored drafts and applies every part of the profile', async () => {
    const { code, report, stderr } = await jsonRun(['fixtures/organisation/letters']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.files.map((f) => f.path).sort()).toEqual(['fixtures/organisation/letters/benefit-decision.txt', 'fixtures/organisation/letters/bin-notice.txt']);

    const decision = fileNamed(report, 'benefit-decision.txt');
    // The statutory review wording is legal English, yet protected: no plain finding, and reported as present.
    expect(decision.findings).toEqual([]);
    expect(decision.protected).toEqual([{ name: 'review rights', found: true }]);
    expect(decision.pass).toBe(true);

    const notice = fileNamed(report, 'bin-notice.txt');
    expect(notice.pass).toBe(false);
    // The override makes the custom stock-phrase rule an error for notices.
    expect(notice.findings.find((f) => f.ruleId === 'shepway/stock-phrases')).toMatchObject({ severity: 'error', excerpt: 'We regret to inform you' });
    // vocabulary.reject, with its replacement.
    expect(notice.findings.find((f) => f.ruleId === 'plain/vocabulary')).toMatchObject({ excerpt: 'customer', suggestion: 'you' });
    // template.required: the reference, phone and job title are missing; the name and date are there.
    const missing = notice.findings.filter((f) => f.ruleId === 'template/required-elements').map((f) => f.message);
    expect(missing).toHaveLength(3);
    expect(missing.join('\n')).toMatch(/reference/);
    expect(missing.join('\n')).toMatch(/phone/);
    expect(missing.join('\n')).toMatch(/job title/);
    // A custom rule is scored in the category its file declares, not under the organisation's folder name.
    expect(Object.keys(notice.categories)).not.toContain('shepway');
  });

  it('keeps the letter\'s own inline control when checked without its config', async () => {
    const path = 'fixtures/organisation/letters/benefit-decision.txt';
    const { report } = await jsonRun(['--no-config', path]);
    // Without the profile the protected wording is ordinary text again…
    expect(ruleIds(report.files[0]!)).toContain('plain/latin-legal');
    // …but the control in the letter itself still hides the fund's name from plain/jargon,
    const jargon = (file: FileResult) => file.findings.filter((f) => f.ruleId === 'plain/jargon').map((f) => f.excerpt.toLowerCase());
    expect(jargon(report.files[0]!)).not.toContain('holistic');
    // which plain/jargon does flag once the control is taken out.
    const letter = readFileSync(join(root, path), 'utf8').replace(/<!-- cc-check-disable-next-line[^>]*-->/, '');
    const { stdout } = await ccCheck(['--no-config', '--stdin-filename', 'letter.txt', '-', '--format', 'json'], { stdin: letter });
    expect(jargon((JSON.parse(stdout) as CheckReport).files[0]!)).toContain('holistic');
  });

  it('compares a Word letter with the corporate template the config names', async () => {
    const { code, report } = await jsonRun(['--config', CONFIG, 'fixtures/styles/wrong-font.docx', 'fixtures/styles/compliant.docx']);
    expect(code).toBe(0);
    const wrong = fileNamed(report, 'wrong-font.docx').findings.filter((f) => f.ruleId === 'template/styles');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ paragraph: 17 });
    expect(wrong[0]!.message).toContain('Times New Roman 12 pt; template: Arial 12 pt');
    expect(ruleIds(fileNamed(report, 'compliant.docx'))).not.toContain('template/styles');
  });

  it('says in the terminal report which protected wording each letter carries', async () => {
    const { stdout } = await ccCheck(['fixtures/organisation/letters', '--no-color']);
    const [decision, notice] = stdout.split('fixtures/organisation/letters/').slice(1);
    expect(decision).toContain('protected wording found: “review rights”');
    expect(notice).toContain('protected wording not in this letter: “review rights”');
    const html = (await ccCheck(['fixtures/organisation/letters', '--format', 'html'])).stdout;
    expect(html).toContain('<p class="protected">protected wording found: “review rights”</p>');
    expect(html).toContain('<p class="protected">protected wording not in this letter: “review rights”</p>');
  });

  it('describes the custom rules in a SARIF report as it does the built-in ones', async () => {
    const { stdout } = await ccCheck(['fixtures/organisation/letters', '--format', 'sarif']);
    const run = (JSON.parse(stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; properties: { standard: string } }> } }; results: Array<{ ruleId: string; ruleIndex: number }> }> }).runs[0]!;
    const rules = run.tool.driver.rules;
    const stock = run.results.find((r) => r.ruleId === 'shepway/stock-phrases')!;
    expect(rules[stock.ruleIndex]).toMatchObject({ id: 'shepway/stock-phrases', shortDescription: { text: 'Stock phrases that sound cold or threatening.' }, properties: { standard: 'Shepway 14 (plain written language)' } });
  });

  it('lets the command line win over the file', async () => {
    const { code, report } = await jsonRun(['fixtures/organisation/letters/bin-notice.txt', '--rule', 'shepway/stock-phrases: off', '--rule', 'template/required-elements: off', '--min-score', '50']);
    expect(ruleIds(report.files[0]!)).not.toContain('shepway/stock-phrases');
    expect(ruleIds(report.files[0]!)).not.toContain('template/required-elements');
    expect(report.files[0]!.pass).toBe(true);
    expect(code).toBe(0);
  });
});
