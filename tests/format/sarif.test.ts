/** The SARIF 2.1.0 log: valid against the published schema, and useful to GitHub code scanning. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules, buildReport, check, checkText, errorResult, LoadError } from '../../src/index.js';
import { formatSarif } from '../../src/format/sarif.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_PATH, SAMPLE_FIXTURES, fileOf, root, sampleReport } from './helpers/sample-report.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- a parsed SARIF log is walked as plain JSON */
type Log = any;

// The OASIS schema as Microsoft's SARIF SDK ships it (@microsoft/jest-sarif); it is draft-04, hence ajv-draft-04.
const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// strictRequired and unicodeRegExp are off only because the published schema itself trips them
// (a `required` under anyOf, and a language-tag pattern with a stray bracket); the data is checked in full.
// Both are CommonJS whose `default` is the export itself, under Node's and the type checker's reading alike.
const ajv = new ajvDraft04.default({ allErrors: true, strict: true, strictRequired: false, unicodeRegExp: false });
ajvFormats.default(ajv);
let validate: ReturnType<typeof ajv.compile>;

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

let report: CheckReport;
let log: Log;
let formatted: string;
const resultsFor = (path: string) => log.runs[0].results.filter((r: Log) => r.locations[0].physicalLocation.artifactLocation.uri === path);

beforeAll(async () => {
  validate = ajv.compile(JSON.parse(await readFile(schemaPath, 'utf8')));
  report = await sampleReport();
  formatted = formatSarif(report);
  log = JSON.parse(formatted);
});

describe('schema', () => {
  it('validates the multi-document run against the SARIF 2.1.0 schema', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expectValid(log);
  });

  it('validates a run over every fixture in the repository, good and bad', async () => {
    // fixtures/config holds deliberately invalid config files: every fixture is read with the built-in defaults.
    const everything = await check(['fixtures'], { cwd: root, keepDocuments: true, config: false });
    expect(everything.files.length).toBeGreaterThan(25);
    expect(everything.summary.errors).toBeGreaterThan(3);
    const all = JSON.parse(formatSarif(everything));
    expectValid(all);
    expect(all.runs[0].results).toHaveLength(everything.files.reduce((n, f) => n + f.findings.length, 0));
  });

  it('rejects a log the schema forbids, so the validator is really checking', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e: { instancePath: string }) => e.instancePath)).toEqual(expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/tool/driver']));
  });

  it('stays valid for a report without the loaded documents, and for a run where nothing could be read', async () => {
    const { documents: _documents, ...withoutDocuments } = report;
    expectValid(JSON.parse(formatSarif(withoutDocuments)));
    const unreadable = buildReport([errorResult('letters/refusal.docx', new LoadError('corrupt', 'damaged or incomplete: the end of the file is missing'))]);
    const empty = JSON.parse(formatSarif(unreadable));
    expectValid(empty);
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('rules', () => {
  it('describes every rule of the catalogue with its help, standard and examples', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: Log) => r.id)).toEqual(allRules.map((r) => r.meta.id));
    for (const rule of allRules) {
      const descriptor = rules.find((r: Log) => r.id === rule.meta.id);
      expect(descriptor.shortDescription.text).toBe(rule.meta.description);
      expect(descriptor.defaultConfiguration.level).toBe(rule.meta.severity === 'info' ? 'note' : rule.meta.severity);
      expect(descriptor.properties).toMatchObject({ category: rule.meta.category, standard: rule.meta.standard, fixable: rule.meta.fixable });
      expect(descriptor.properties.tags).toContain(rule.meta.category);
      expect(descriptor.help.text).toContain(`Standard: ${rule.meta.standard}`);
      expect(descriptor.help.markdown).toContain(`**Standard:** ${rule.meta.standard}`);
      for (const example of [...rule.meta.examples.bad, ...rule.meta.examples.good]) expect(descriptor.help.markdown).toContain(example);
      if (rule.meta.why) expect(descriptor.help.text).toContain(rule.meta.why);
    }
  });

  it('names the sign-off rule readably and cites Shepway 11', () => {
    const descriptor = log.runs[0].tool.driver.rules.find((r: Log) => r.id === 'courtesy/signoff-mismatch');
    expect(descriptor.name).toBe('CourtesySignoffMismatch');
    expect(descriptor.properties.standard).toBe('Shepway 11');
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'cc-check', version: report.version });
  });
});

describe('results', () => {
  it('has one result per finding, each pointing at its rule by index', () => {
    const results = log.runs[0].results;
    expect(results).toHaveLength(report.files.reduce((n, f) => n + f.findings.length, 0));
    for (const result of results) expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('maps severities to SARIF levels: info becomes note', () => {
    const wordy = fileOf(report, SAMPLE_FIXTURES.wordy);
    const levels = resultsFor(SAMPLE_FIXTURES.wordy).map((r: Log) => r.level);
    expect(levels).toEqual(wordy.findings.map((f) => ({ error: 'error', warning: 'warning', info: 'note' })[f.severity]));
    expect(levels).toContain('note');
    expect(levels).toContain('error');
  });

  it('points at line and column of a text letter, with the excerpt as snippet', () => {
    const [result] = resultsFor(SAMPLE_FIXTURES.patel);
    const finding = fileOf(report, SAMPLE_FIXTURES.patel).findings[0]!;
    expect(result).toMatchObject({ ruleId: 'courtesy/signoff-mismatch', level: 'error', message: { text: finding.message } });
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: SAMPLE_FIXTURES.patel, uriBaseId: '%SRCROOT%', index: report.files.findIndex((f) => f.path === SAMPLE_FIXTURES.patel) },
      region: { startLine: finding.line, startColumn: 1, endLine: finding.line, endColumn: 17, snippet: { text: 'Yours faithfully' } },
    });
    expect(result.properties).toEqual({ standard: 'Shepway 11', suggestion: 'Yours sincerely' });
  });

  it('gives the paragraph and part of a .docx finding', () => {
    const [result] = resultsFor(SAMPLE_FIXTURES.docx);
    const finding = fileOf(report, SAMPLE_FIXTURES.docx).findings[0]!;
    expect(result.locations[0].physicalLocation.region).toMatchObject({
      snippet: { text: 'Yours faithfully' },
      properties: { paragraph: finding.paragraph, part: 'body' },
    });
    expect(finding.paragraph).toBeGreaterThan(1);
  });

  it('encodes an awkward file name as a relative URI that decodes back to the path', () => {
    const [result] = resultsFor("letters/O'Brien%2C%20flat%202%20%26%20%3Cdraft%3E%20%231.txt");
    expect(result).toBeDefined();
    const { uri } = result.locations[0].physicalLocation.artifactLocation;
    expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(HOSTILE_PATH);
    // The letter's own text travels as JSON string data, quotes and control character intact.
    expect(result.locations[0].physicalLocation.region.snippet.text).toContain('<script>alert(1)</script> "><img');
    expect(result.locations[0].physicalLocation.region.snippet.text).toContain('& \u0001 <script>');
  });

  it('gives absolute paths as file: URIs and Windows separators as slashes', async () => {
    const text = 'Dear Mrs Patel\n\nThank you for your letter.\n\nYours faithfully\n\nSam Jones\n';
    const posix = (await checkText(text, { path: '/srv/letters/patel reply.txt' })).files[0]!;
    const windows = (await checkText(text, { path: 'C:\\Letters\\patel.txt' })).files[0]!;
    const relative = (await checkText(text, { path: '.\\drafts\\patel.txt' })).files[0]!;
    const uris = JSON.parse(formatSarif(buildReport([posix, windows, relative]))).runs[0].artifacts.map((a: Log) => a.location);
    expect(uris).toEqual([
      { uri: 'file:///srv/letters/patel%20reply.txt' },
      { uri: 'file:///C:/Letters/patel.txt' },
      { uri: 'drafts/patel.txt', uriBaseId: '%SRCROOT%' },
    ]);
  });
});

describe('fingerprints', () => {
  const fingerprints = (l: Log) => l.runs[0].results.map((r: Log) => r.partialFingerprints['ccCheckFinding/v1']);

  it('gives every result its own fingerprint, even the same phrase twice in one letter', () => {
    const all = fingerprints(log);
    expect(new Set(all).size).toBe(all.length);
    const vague = resultsFor(SAMPLE_FIXTURES.wordy).filter((r: Log) => r.locations[0].physicalLocation.region.snippet.text === 'in due course');
    expect(vague).toHaveLength(2);
  });

  it('keeps fingerprints when lines are added above the findings, so code scanning does not reopen alerts', async () => {
    const text = await readFile(`${root}/${SAMPLE_FIXTURES.wordy}`, 'utf8');
    const before = JSON.parse(formatSarif(await checkText(text, { path: SAMPLE_FIXTURES.wordy })));
    const after = JSON.parse(formatSarif(await checkText(`DRAFT FOR APPROVAL\n\n${text}`, { path: SAMPLE_FIXTURES.wordy })));
    expect(after.runs[0].results[0].locations[0].physicalLocation.region.startLine).not.toBe(
      before.runs[0].results[0].locations[0].physicalLocation.region.startLine,
    );
    expect(new Set(fingerprints(after))).toEqual(new Set(fingerprints(before)));
  });
});

describe('fixes', () => {
  /** Applies one SARIF replacement to file text, reading its region the way a SARIF viewer does. */
  function applyReplacement(text: string, replacement: Log): string {
    const lines = text.split('\n');
    const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    const { startLine, startColumn, endLine, endColumn } = replacement.deletedRegion;
    return text.slice(0, offset(startLine, startColumn)) + replacement.insertedContent.text + text.slice(offset(endLine, endColumn));
  }

  it('offers the sign-off fix of a text letter as a replacement that, applied, clears the finding', async () => {
    const [result] = resultsFor(SAMPLE_FIXTURES.patel);
    expect(result.fixes).toHaveLength(1);
    const [change] = result.fixes[0].artifactChanges;
    expect(change.artifactLocation).toEqual({ uri: SAMPLE_FIXTURES.patel, uriBaseId: '%SRCROOT%' });
    const original = await readFile(`${root}/${SAMPLE_FIXTURES.patel}`, 'utf8');
    const fixed = applyReplacement(original, change.replacements[0]);
    expect(fixed).toContain('\nYours sincerely,\n');
    expect(fixed).not.toContain('Yours faithfully');
    const recheck = await checkText(fixed, { path: SAMPLE_FIXTURES.patel });
    expect(recheck.files[0]!.findings.map((f) => f.ruleId)).not.toContain('courtesy/signoff-mismatch');
  });

  it('offers no text fix for a .docx, nor without the loaded documents', () => {
    expect(resultsFor(SAMPLE_FIXTURES.docx)[0].fixes).toBeUndefined();
    const { documents: _documents, ...withoutDocuments } = report;
    const bare = JSON.parse(formatSarif(withoutDocuments));
    expect(bare.runs[0].results.some((r: Log) => r.fixes)).toBe(false);
    expect(log.runs[0].results.filter((r: Log) => r.fixes).length).toBeGreaterThan(1);
  });
});

describe('files', () => {
  it('reports an unreadable file as an error notification, not a result, and the run as successful', () => {
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    const failed = fileOf(report, SAMPLE_FIXTURES.unreadable);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: `${SAMPLE_FIXTURES.unreadable}: ${failed.error!.message}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: SAMPLE_FIXTURES.unreadable, uriBaseId: '%SRCROOT%', index: report.files.indexOf(failed) } } }],
        properties: { code: 'encrypted' },
      },
    ]);
    expect(failed.error!.message).toMatch(/password/);
    expect(resultsFor(SAMPLE_FIXTURES.unreadable)).toEqual([]);
  });

  it('gives each file as an artifact with its score, verdict and category scores', () => {
    const artifacts = log.runs[0].artifacts;
    expect(artifacts).toHaveLength(report.files.length);
    const wordy = fileOf(report, SAMPLE_FIXTURES.wordy);
    expect(artifacts[report.files.indexOf(wordy)]).toMatchObject({
      location: { uri: SAMPLE_FIXTURES.wordy },
      mimeType: 'text/plain',
      properties: { kind: 'letter', score: wordy.score, pass: false, categories: wordy.categories },
    });
    expect(artifacts[report.files.indexOf(fileOf(report, SAMPLE_FIXTURES.docxClean))]).toMatchObject({ properties: { score: 100, pass: true } });
    expect(artifacts[report.files.indexOf(fileOf(report, SAMPLE_FIXTURES.unreadable))].properties).toEqual({ error: { code: 'encrypted', message: expect.any(String) } });
    expect(log.runs[0].properties.summary).toEqual(report.summary);
  });

  it('is the same log from two runs over the same files', async () => {
    expect(formatSarif(report)).toBe(formatted);
    const again = await checkText(await readFile(`${root}/${SAMPLE_FIXTURES.patel}`, 'utf8'), { path: SAMPLE_FIXTURES.patel });
    const first = JSON.parse(formatSarif(buildReport([fileOf(report, SAMPLE_FIXTURES.patel)])));
    const second = JSON.parse(formatSarif(again));
    expect(second.runs[0].results.map((r: Log) => r.partialFingerprints)).toEqual(first.runs[0].results.map((r: Log) => r.partialFingerprints));
  });
});
