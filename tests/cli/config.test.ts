/** The CLI with config files: the sample projects in fixtures/config, --config, --no-config, --rule, --print-config, --template, init, the cache. */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { PromptCancelled } from '../../src/cli/io.js';
import { loadConfigFile } from '../../src/config/index.js';
import { memoryIo, runCli } from './helpers/memory-io.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/config/', import.meta.url));
const CORPORATE = fileURLToPath(new URL('../../fixtures/styles/corporate.dotx', import.meta.url));
let work: string;

beforeAll(async () => {
  // A copy, so the cache and init tests write nowhere near the fixtures.
  work = await mkdtemp(join(tmpdir(), 'cc-check-cli-config-'));
  await cp(FIXTURES, work, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const cli = (argv: string[], cwd = join(work, 'council'), extra: Partial<Parameters<typeof memoryIo>[0]> = {}) => runCli(argv, { cwd, ...extra });

const longSentences = (file: { findings: Array<{ ruleId: string }> }) => file.findings.filter((f) => f.ruleId === 'plain/sentence-length').length;

describe('a council project', () => {
  it('applies each file\'s nearest config, leaves out ignored files and says so for a named one', async () => {
    const { code, stdout, stderr } = await cli(['letters/repair.txt', 'letters/housing/repair.txt', 'strict/repair.txt', 'drafts/unfinished.txt', 'templates/acknowledgement.md', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['letters/repair.txt', 'letters/housing/repair.txt', 'strict/repair.txt', 'templates/acknowledgement.md']);
    const [council, housing, strict, template] = report.files;
    // The council's 20 words, housing's 25, the strict preset's 20.
    expect(longSentences(council)).toBe(1);
    expect(longSentences(housing)).toBe(0);
    expect(longSentences(strict)).toBe(1);
    // The override makes templates/ merge-field templates: «Surname» is allowed.
    expect(template.findings.filter((f: { ruleId: string }) => f.ruleId === 'correspondence/placeholder')).toEqual([]);
    expect(stderr).toBe('cc-check: warning: drafts/unfinished.txt is not checked: the config\'s ignore patterns match it\n');
    // The council's pass mark is 85, housing's 75.
    expect(council.pass).toBe(council.score >= 85 && !council.findings.some((f: { severity: string }) => f.severity === 'error'));
    expect(code).toBe(report.summary.failed > 0 ? 1 : 0);
  });

  it('skips ignored files in a folder silently', async () => {
    const { stdout, stderr } = await cli(['.', '--format', 'json']);
    const paths = JSON.parse(stdout).files.map((f: { path: string }) => f.path);
    expect(paths).not.toContain('./drafts/unfinished.txt');
    expect(paths).toContain('./letters/repair.txt');
    expect(stderr).toBe('');
  });

  it('--no-config uses the built-in defaults', async () => {
    const { stdout } = await cli(['letters/repair.txt', 'drafts/unfinished.txt', '--no-config', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(2);
    expect(longSentences(report.files[0])).toBe(0);
  });

  it('--config uses one file for every file', async () => {
    await writeFile(join(work, 'shared.yml'), 'rules:\n  plain/sentence-length: [error, {max: 10}]\n');
    const { code, stdout } = await cli(['letters/housing/repair.txt', '--config', '../shared.yml', '--format', 'json']);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings.filter((f: { ruleId: string; severity: string }) => f.ruleId === 'plain/sentence-length' && f.severity === 'error').length).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it('command-line options win over the nearest file: --min-score and --rule', async () => {
    const { code, stdout } = await cli(['letters/repair.txt', '--rule', 'plain/sentence-length: off', '--min-score', '0', '--format', 'json']);
    const [file] = JSON.parse(stdout).files;
    expect(longSentences(file)).toBe(0);
    expect(file.pass).toBe(!file.findings.some((f: { severity: string }) => f.severity === 'error'));
    expect(code).toBe(file.pass ? 0 : 1);
  });

  it('--print-config prints the config that applies to a file', async () => {
    const { code, stdout } = await cli(['--print-config', 'letters/housing/repair.txt', '--min-score', '60']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.configFiles.slice(1)).toEqual([join(work, 'council/.cc-checkrc.yml'), join(work, 'council/letters/housing/.cc-checkrc.yml')]);
    expect(printed.minScore).toBe(60);
    expect(printed.organisation).toEqual({ name: 'Folkestone and Hythe District Council', emailDomains: ['folkestone-hythe.gov.uk'] });
    expect(printed.rules['plain/sentence-length']).toEqual(['warning', { max: 25 }]);
    expect(printed.rules['courtesy/signoff-mismatch']).toBe('error');
    expect(await cli(['--print-config', 'templates/acknowledgement.md']).then((r) => JSON.parse(r.stdout))).toMatchObject({ templateMode: true, rules: { 'correspondence/date': 'off' } });
  });

  it('--print-config with other paths is a usage error', async () => {
    const { code, stderr } = await cli(['--print-config', 'letters/repair.txt', 'letters/housing/repair.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('cc-check: --print-config prints the config for one file and checks nothing: give no other paths');
  });

  it('--template reads the corporate template, and refuses one it cannot read', async () => {
    await cp(CORPORATE, join(work, 'council/corporate.dotx'));
    expect((await cli(['letters/repair.txt', '--template', 'corporate.dotx', '--format', 'json'])).code).not.toBe(2);
    const missing = await cli(['letters/repair.txt', '--template', 'nowhere.dotx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('cc-check: --template "nowhere.dotx": file not found');
    await writeFile(join(work, 'council/notes.txt'), 'x');
    const wrong = await cli(['letters/repair.txt', '--template', 'notes.txt']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.split('\n')[0]).toBe(`cc-check: --template: corporate template ${join(work, 'council/notes.txt')}: not a Word template (.dotx) or document (.docx): it is not a zip archive`);
  });
});

describe('config errors end the run with exit 2 and one line', () => {
  it('an unknown rule id', async () => {
    const { code, stdout, stderr } = await cli(['letter.txt'], join(work, 'invalid'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('cc-check: .cc-checkrc.yml:3: rules."plain/sentenc-length": unknown rule (did you mean "plain/sentence-length"?)\n');
  });

  it('an option the rule refuses', async () => {
    const { code, stderr } = await cli(['letter.txt'], join(work, 'bad-option'));
    expect(code).toBe(2);
    expect(stderr).toBe('cc-check: .cc-checkrc.yml:3: rules."plain/sentence-length": the rule cannot use these options: option "max" must be a whole number above 0\n');
  });

  it('an option value the rule refuses, given with --rule', async () => {
    // Before the fix this was "internal error": the rule threw while checking the letter.
    const { code, stderr } = await cli(['letters/repair.txt', '--rule', 'plain/sentence-length: {max: twenty}']);
    expect(code).toBe(2);
    expect(stderr).toBe('cc-check: --rule: "plain/sentence-length": the rule cannot use these options: option "max" must be a whole number above 0\n');
  });

  it('a bad --rule and a missing --config', async () => {
    const rule = await cli(['letters/repair.txt', '--rule', 'plain/jargon: loud']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toBe('cc-check: --rule: "plain/jargon": expected off, info, warning or error, got "loud"\n');
    const config = await cli(['letters/repair.txt', '--config', 'nowhere.yml']);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('cc-check: nowhere.yml: config file not found\n');
  });

  it('--config and --no-config together, in either order and on either side of a command name', async () => {
    for (const argv of [
      ['letters/repair.txt', '--config', 'strict.yml', '--no-config'],
      ['letters/repair.txt', '--no-config', '-c', 'strict.yml'],
      ['rules', '--no-config', '--config', 'strict.yml'],
      ['--no-config', 'explain', 'plain/passive', '-c', 'strict.yml'],
    ]) {
      const { code, stdout, stderr } = await cli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('cc-check: --config and --no-config contradict each other: give one of them\n(run cc-check --help for usage)\n');
    }
  });

  it('a syntax error in a JavaScript config here, with its line', async () => {
    const dir = await mkdtemp(join(work, 'mjs-'));
    await writeFile(join(dir, 'cc-check.config.mjs'), 'export default {{\n');
    await writeFile(join(dir, 'letter.txt'), 'Dear Mrs Patel\n');
    const { code, stderr } = await cli(['letter.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe("cc-check: cc-check.config.mjs:1: cannot load it: Unexpected token '{'\n");
  });
});

describe('the cache', () => {
  it('checks a file again when its config changes', async () => {
    const dir = await mkdtemp(join(work, 'cache-'));
    await cp(join(work, 'council/letters/repair.txt'), join(dir, 'repair.txt'));
    await writeFile(join(dir, '.cc-checkrc.yml'), 'root: true\nrules:\n  plain/sentence-length: [warning, {max: 20}]\n');
    const debug = { env: { CC_CHECK_DEBUG: '1' } };
    const first = await cli(['repair.txt', '--cache', '--format', 'json'], dir, debug);
    expect(first.stderr).toContain('1 checked, 0 from the cache');
    const second = await cli(['repair.txt', '--cache', '--format', 'json'], dir, debug);
    expect(second.stderr).toContain('0 checked, 1 from the cache');
    expect(second.stdout).toBe(first.stdout);
    await writeFile(join(dir, '.cc-checkrc.yml'), 'root: true\nrules:\n  plain/sentence-length: [warning, {max: 30}]\n');
    const third = await cli(['repair.txt', '--cache', '--format', 'json'], dir, debug);
    expect(third.stderr).toContain('1 checked, 0 from the cache');
    expect(longSentences(JSON.parse(first.stdout).files[0])).toBe(1);
    expect(longSentences(JSON.parse(third.stdout).files[0])).toBe(0);
  });
});

describe('cc-check init', () => {
  it('--yes writes the starter config, which loads and validates', async () => {
    const dir = await mkdtemp(join(work, 'init-'));
    const { code, stdout } = await cli(['init', '--yes'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote .cc-checkrc.yml');
    const loaded = await loadConfigFile(join(dir, '.cc-checkrc.yml'));
    expect(loaded.root).toBe(true);
  });

  it('asks nothing when not on a terminal', async () => {
    const dir = await mkdtemp(join(work, 'init-'));
    const { code } = await cli(['init'], dir);
    expect(code).toBe(0);
    expect(await readFile(join(dir, '.cc-checkrc.yml'), 'utf8')).toContain('#  name: "Example District Council"');
  });

  it('on a terminal asks the organisation name and email domains, asking again for a bad domain', async () => {
    const dir = await mkdtemp(join(work, 'init-'));
    const answers = ['Shepway District Council', '@@nope', 'shepway.gov.uk, @folkestone-hythe.gov.uk'];
    const questions: string[] = [];
    let closed = false;
    const io = memoryIo({ cwd: dir, isTTY: true });
    io.io.openPrompt = () => ({
      question: async (text) => {
        questions.push(text);
        return answers.shift() ?? '';
      },
      close: () => void (closed = true),
    });
    const code = await run(['init'], io.io);
    const stderr = io.stderr();
    expect(code).toBe(0);
    expect(questions).toHaveLength(3);
    expect(closed).toBe(true);
    expect(stderr).toContain('"@nope" is not a domain such as shepway.gov.uk; try again');
    const own = (await loadConfigFile(join(dir, '.cc-checkrc.yml'))).layers.at(-1)!;
    expect(own.settings.organisation).toEqual({ name: 'Shepway District Council', emailDomains: ['shepway.gov.uk', 'folkestone-hythe.gov.uk'] });
  });

  it('writes nothing when the user cancels a question: exit 2 for Ctrl+D, 130 for Ctrl+C', async () => {
    for (const [interrupted, exitCode] of [[false, 2], [true, 130]] as const) {
      const dir = await mkdtemp(join(work, 'init-'));
      let closed = false;
      const io = memoryIo({ cwd: dir, isTTY: true });
      io.io.openPrompt = () => ({
        question: async () => {
          throw new PromptCancelled(interrupted);
        },
        close: () => void (closed = true),
      });
      expect(await run(['init'], io.io)).toBe(exitCode);
      expect(io.stderr()).toBe('cc-check: init cancelled: nothing written\n');
      expect(closed).toBe(true);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('--yes asks nothing even on a terminal', async () => {
    const dir = await mkdtemp(join(work, 'init-'));
    const io = memoryIo({ cwd: dir, isTTY: true });
    io.io.openPrompt = () => {
      throw new Error('asked');
    };
    expect(await run(['init', '--yes'], io.io)).toBe(0);
  });

  it('refuses to write over an existing config, and --force does', async () => {
    const dir = await mkdtemp(join(work, 'init-'));
    await writeFile(join(dir, '.cc-checkrc.json'), '{"minScore": 70}');
    const refused = await cli(['init', '--yes'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('cc-check: this folder already has a config (.cc-checkrc.json); run cc-check init --force to write .cc-checkrc.yml anyway\n');
    await writeFile(join(dir, '.cc-checkrc.yml'), 'minScore: 70\n');
    expect((await cli(['init', '--yes'], dir)).code).toBe(2);
    expect(await readFile(join(dir, '.cc-checkrc.yml'), 'utf8')).toBe('minScore: 70\n');
    const forced = await cli(['init', '--yes', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, '.cc-checkrc.yml'), 'utf8')).toContain('cc-check configuration, written by `cc-check init`');
  });
});

describe('rules and explain know the config in effect', () => {
  const organisation = fileURLToPath(new URL('../../fixtures/organisation/', import.meta.url));

  it('lists the custom rules of the config file beside the built-in ones', async () => {
    const { code, stdout } = await cli(['rules', '--format', 'json'], organisation);
    expect(code).toBe(0);
    const ids = (JSON.parse(stdout) as { rules: Array<{ id: string }> }).rules.map((r) => r.id);
    expect(ids).toContain('plain/sentence-length');
    expect(ids).toContain('shepway/stock-phrases');
    // Where no config applies, only the built-in rules.
    const bare = JSON.parse((await cli(['rules', '--format', 'json'], join(work, 'invalid', '..'))).stdout) as { rules: Array<{ id: string }> };
    expect(bare.rules.some((r) => r.id.startsWith('shepway/'))).toBe(false);
  });

  it('explains a custom rule, and a built-in rule with its options', async () => {
    const custom = await cli(['explain', 'shepway/stock-phrases', '--no-color'], organisation);
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain('Stock phrases that sound cold or threatening.');
    const builtin = await cli(['explain', 'plain/sentence-length', '--no-color'], organisation);
    expect(builtin.stdout).toContain('Options (in a config file: rules: {plain/sentence-length: {max: …}}):');
    expect(builtin.stdout).toContain('  maxError: words a sentence may have before an error (default 35)');
  });

  it('take --config and --no-config, before or after the command name', async () => {
    const config = join(organisation, '.cc-checkrc.yml');
    const ids = (stdout: string) => (JSON.parse(stdout) as { rules: Array<{ id: string }> }).rules.map((r) => r.id);
    const elsewhere = join(work, 'invalid', '..');
    for (const argv of [['-c', config, 'rules', '--format', 'json'], ['rules', '--config', config, '--format', 'json']]) {
      const { code, stdout } = await cli(argv, elsewhere);
      expect(code).toBe(0);
      expect(ids(stdout)).toContain('shepway/stock-phrases');
    }
    expect(ids((await cli(['rules', '--no-config', '--format', 'json'], organisation)).stdout)).not.toContain('shepway/stock-phrases');
    const explained = await cli(['explain', 'shepway/stock-phrases', '-c', config, '--no-color'], elsewhere);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('Stock phrases that sound cold or threatening.');
    // The config here cannot be used; --no-config passes it by.
    expect((await cli(['--no-config', 'explain', 'plain/passive'], join(work, 'invalid'))).code).toBe(0);
  });

  it('stops with the config error when the config here cannot be used', async () => {
    const { code, stderr } = await cli(['rules'], join(work, 'invalid'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cc-check: \.cc-checkrc\.yml/);
  });
});

describe('the pass mark a config sets', () => {
  it('is the one the reports state, in every format', async () => {
    const folder = join(work, 'pass-mark');
    // Scores 95 with no error: passes the default 80, fails a pass mark of 99.
    await cp(fileURLToPath(new URL('../../fixtures/letters/complaint-sir-madam.txt', import.meta.url)), join(folder, 'letter.txt'));
    await writeFile(join(folder, '.cc-checkrc.yml'), 'root: true\nminScore: 99\n');
    const { code, stdout } = await cli(['letter.txt', '--format', 'json'], folder);
    const file = (JSON.parse(stdout) as { files: Array<{ score: number; pass: boolean; minScore: number }> }).files[0]!;
    expect([code, file.score, file.pass, file.minScore]).toEqual([1, 95, false, 99]);
    expect((await cli(['letter.txt', '--no-color'], folder)).stdout).toContain('FAIL  score 95/100 (score below 99)');
    expect((await cli(['letter.txt', '--format', 'html'], folder)).stdout).toContain('a document passes with a score of 99 or more and no error');
  });
});
