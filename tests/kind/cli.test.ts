import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers/memory-io.js';

const cli = (argv: string[]) => runCli(argv, { cwd: process.cwd() });

describe('cc-check --explain-kind', () => {
  it('prints each file’s kind, confidence and cue, and nothing else', async () => {
    const { code, stdout, stderr } = await cli(['--explain-kind', 'fixtures/kinds/visit-appointment-clean.txt', 'fixtures/kinds/letter-direct-debit.txt']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      'fixtures/kinds/visit-appointment-clean.txt: visit-appointment (confidence 0.85): “will visit you on Wednesday 25 March 2026 between 9am and 11am to inspect the d…”\n' +
        'fixtures/kinds/letter-direct-debit.txt: letter (confidence 0.85): salutation “Dear Mr Nowak”\n',
    );
  });

  it('shows the override as the cue with --kind', async () => {
    const { code, stdout } = await cli(['--explain-kind', '--kind', 'refusal', 'fixtures/kinds/letter-direct-debit.txt']);
    expect(code).toBe(0);
    expect(stdout).toBe('fixtures/kinds/letter-direct-debit.txt: refusal (confidence 1.00): --kind refusal\n');
  });

  it('writes nothing: it refuses --fix and --annotate', async () => {
    const { code, stderr } = await cli(['--explain-kind', '--fix', 'fixtures/kinds/letter-us-date.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('--explain-kind only prints the kind of each file');
  });

  it('names a file it could not read, and exits 2', async () => {
    const { code, stdout } = await cli(['--explain-kind', 'fixtures/bad/corrupt.docx']);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^fixtures\/bad\/corrupt\.docx: not read \(.+\)\n$/);
  });
});

describe('cc-check --kind', () => {
  it('puts kind and kindDetection in the JSON report', async () => {
    const { stdout } = await cli(['--format', 'json', 'fixtures/kinds/refusal-no-reason.txt']);
    const file = JSON.parse(stdout).files[0];
    expect(file.kind).toBe('refusal');
    expect(file.kindDetection).toEqual({ confidence: 0.85, cue: '“Your application has been refused”' });
    expect(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'correspondence/refusal-explained')).toHaveLength(2);
  });

  it('overrides detection, and the kind rules follow it', async () => {
    const { stdout } = await cli(['--format', 'json', '--kind', 'letter', 'fixtures/kinds/refusal-no-reason.txt']);
    const file = JSON.parse(stdout).files[0];
    expect(file.kind).toBe('letter');
    expect(file.kindDetection).toEqual({ confidence: 1, cue: '--kind letter' });
    expect(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'correspondence/refusal-explained')).toEqual([]);
  });

  it('refuses a kind it does not know, with the list, exit 2', async () => {
    const { code, stderr } = await cli(['--kind', 'memo', 'fixtures/kinds/letter-direct-debit.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain("'memo' is invalid");
    expect(stderr).toContain('visit-appointment');
  });
});

describe('cc-check explain', () => {
  it.each(['date', 'timescale', 'acknowledgement', 'refusal-explained', 'complaint-escalation', 'visit-appointment', 'change-notice'])('explains correspondence/%s with its standard', async (name) => {
    const { code, stdout } = await cli(['explain', `correspondence/${name}`, '--no-color']);
    expect(code).toBe(0);
    expect(stdout).toContain(`correspondence/${name}`);
    expect(stdout).toMatch(/Shepway|Wirral/);
  });
});
