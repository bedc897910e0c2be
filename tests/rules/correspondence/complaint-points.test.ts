import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../../src/rules/correspondence/complaint-points.js';
import { run } from '../../../src/cli/index.js';
import { loadComplaint } from '../../../src/complaint/index.js';
import { checkFiles } from '../../../src/index.js';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { memoryIo } from '../../cli/helpers/memory-io.js';

const REPLY =
  'Dear Mr Morgan\n\nPenalty charge notice FK48213\n\nYou are right that you were charged twice. We have refunded the £35 taken by direct debit on 17 February.\n\nI can confirm the penalty charge notice is now closed.\n\nYours sincerely\n\nPriya Shah';

runRuleTests(rule, {
  valid: [
    { name: 'quiet without --reply-to or points', text: REPLY },
    {
      name: 'every point given in options is answered',
      text: REPLY,
      options: { points: ['I want a refund of the £35 fee.', 'Can you confirm the penalty charge notice is now closed?'] },
    },
    {
      name: 'a reply quoting a question that is not a complaint response is not checked',
      text: 'Dear Mr Lee\n\nYour garden waste permit is attached.\n\nKind regards\n\nTom Reid\n\nOn 3 March 2026, Ben Lee wrote:\n> Why is my permit late?',
    },
  ],
  invalid: [
    {
      name: 'a point given in options that the reply leaves out',
      text: REPLY,
      options: { points: ['Why did my appeal take seven weeks to decide?', 'I want a refund of the £35 fee.'] },
      errors: [{ messageId: 'unanswered', message: '“Why did my appeal take seven weeks to decide?”', line: 5 }],
    },
  ],
});

describe('correspondence/complaint-points with --reply-to', () => {
  const missed = async (complaint: string, reply: string): Promise<string[]> => {
    const replyTo = await loadComplaint(`fixtures/complaints/${complaint}`);
    const report = await checkFiles([`fixtures/complaints/${reply}`], { only: [rule.meta.id], replyTo });
    return report.files[0]!.findings.map((f) => f.message);
  };

  it('reports nothing for the full replies', async () => {
    expect(await missed('bin-complaint.eml', 'bin-reply-full.txt')).toEqual([]);
    expect(await missed('parking-complaint.txt', 'parking-reply-full.txt')).toEqual([]);
    expect(await missed('repair-complaint.md', 'repair-reply-full.txt')).toEqual([]);
  });

  it('reports each point a partial reply leaves out, quoting it', async () => {
    expect(await missed('bin-complaint.eml', 'bin-reply-partial.txt')).toEqual([
      'The complaint asked “I rang your contact centre on Tuesday afternoon and nobody called me back.” and this reply does not answer it: add a sentence that deals with this point.',
    ]);
    const repair = await missed('repair-complaint.md', 'repair-reply-partial.txt');
    expect(repair).toHaveLength(3);
    expect(repair[2]).toContain('“I would like an apology from the contractor.”');
  });
});

describe('cc-check --reply-to', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'cc-check-reply-to-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  const cli = async (argv: string[]) => {
    const io = memoryIo({ cwd: process.cwd() });
    const code = await run(argv, io.io);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  it('reports the missed points of a partial reply in the JSON report', async () => {
    const { code, stdout, stderr } = await cli(['fixtures/complaints/parking-reply-partial.txt', '--reply-to', 'fixtures/complaints/parking-complaint.txt', '--format', 'json']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const all = JSON.parse(stdout).files[0].findings as Array<{ ruleId: string; message: string; standard: string; line: number }>;
    const findings = all.filter((f) => f.ruleId === rule.meta.id);
    expect(findings.map((f) => f.ruleId)).toEqual([rule.meta.id, rule.meta.id]);
    expect(findings[0]!.message).toContain('“When I phoned to ask about this, the officer I spoke to was rude and hung up on me.”');
    expect(findings[1]!.message).toContain('“Why did my appeal take seven weeks to decide?”');
    expect(findings[0]!.standard).toBe('Shepway 30');
    expect(findings[0]!.line).toBe(5);
  });

  it('reports nothing for the full reply', async () => {
    const { stdout } = await cli(['fixtures/complaints/bin-reply-full.txt', '--reply-to', 'fixtures/complaints/bin-complaint.eml', '--format', 'json']);
    const findings = JSON.parse(stdout).files[0].findings as Array<{ ruleId: string }>;
    expect(findings.filter((f) => f.ruleId === rule.meta.id)).toEqual([]);
  });

  it('exits 2 with a one-line error when the complaint cannot be read', async () => {
    const { code, stdout, stderr } = await cli(['fixtures/complaints/bin-reply-full.txt', '--reply-to', 'fixtures/complaints/missing.eml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // The usual usage error: one line saying what is wrong, then the pointer to --help; no stack trace.
    expect(stderr.split('\n')[0]).toBe('cc-check: --reply-to "fixtures/complaints/missing.eml" cannot be read: file not found');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the complaint is not a document cc-check reads', async () => {
    await writeFile(join(cwd, 'complaint.pdf'), '%PDF-1.4');
    const { code, stderr } = await cli(['fixtures/complaints/bin-reply-full.txt', '--reply-to', join(cwd, 'complaint.pdf')]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^cc-check: --reply-to ".*complaint\.pdf" cannot be read: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
