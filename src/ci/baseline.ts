import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { summarise } from '../engine/report.js';
import { writeFileAtomic } from '../fix/atomic-write.js';
import type { CheckReport, FileResult, Finding } from '../types.js';
import { VERSION } from '../version.js';

/** Why a baseline could not be read: shown to the user as a usage error. */
export class BaselineError extends Error {}

const BASELINE_FORMAT = 1;

const baselineFinding = z.object({
  ruleId: z.string(),
  fingerprint: z.string(),
  excerpt: z.string(),
  line: z.number().int().optional(),
});

const baselineFile = z.object({
  score: z.number().nullable(),
  findings: z.array(baselineFinding),
});

const baselineSchema = z.object({
  tool: z.literal('cc-check'),
  baselineFormat: z.literal(BASELINE_FORMAT),
  version: z.string(),
  created: z.string(),
  files: z.record(z.string(), baselineFile),
});

export type Baseline = z.infer<typeof baselineSchema>;

/** Excerpt as compared: case, spacing and a truncation mark do not make a finding new. */
function normaliseExcerpt(excerpt: string): string {
  return excerpt.replace(/…$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A fingerprint per finding that survives lines moving: rule id, the text
 * found, and which occurrence of that rule and text it is in the file
 * (so a second "utilise" is new even though the first is known).
 */
export function fingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const text = normaliseExcerpt(finding.excerpt);
    const base = `${finding.ruleId}\n${text}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const digest = createHash('sha256').update(base).digest('hex').slice(0, 16);
    return `${finding.ruleId}:${digest}:${occurrence}`;
  });
}

/** Files are named relative to the baseline, so it holds wherever the repository is checked out. */
function keyOf(baselinePath: string, cwd: string, path: string): string {
  return relative(dirname(baselinePath), resolve(cwd, path)).split(sep).join('/');
}

export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found; write one first with --baseline-write' : `cannot read it (${code ?? 'unknown error'})`;
    throw new BaselineError(`baseline "${path}": ${reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BaselineError(`baseline "${path}" is not valid JSON; write it again with --baseline-write`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new BaselineError(`baseline "${path}" is not a cc-check baseline (${issue.message}${where}); write it again with --baseline-write`);
  }
  return parsed.data;
}

/**
 * Records today's findings and scores. Files of an earlier baseline that
 * this run did not check (a --changed-since run, a narrower glob) are kept.
 */
export async function writeBaseline(path: string, report: CheckReport, cwd: string): Promise<Baseline> {
  const earlier = await readBaseline(path).catch(() => undefined);
  const files: Baseline['files'] = { ...(earlier?.files ?? {}) };
  for (const file of report.files) {
    if (file.error) continue;
    const prints = fingerprints(file.findings);
    files[keyOf(path, cwd, file.path)] = {
      score: file.score,
      findings: file.findings.map((finding, i) => ({ ruleId: finding.ruleId, fingerprint: prints[i]!, excerpt: finding.excerpt, line: finding.line })),
    };
  }
  const baseline: Baseline = { tool: 'cc-check', baselineFormat: BASELINE_FORMAT, version: VERSION, created: new Date().toISOString(), files };
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}

/** A finding at warning or error level fails a run when it is new; info never fails anything. */
const FAILS_WHEN_NEW = new Set(['error', 'warning']);

function judgeFile(file: FileResult, known: Baseline['files'][string] | undefined): FileResult {
  if (file.error) return file;
  if (!known) {
    // Not in the baseline: a new document, judged as without one, every finding new.
    return { ...file, findings: file.findings.map((f) => ({ ...f, baseline: 'new' as const })) };
  }
  const knownPrints = new Set(known.findings.map((f) => f.fingerprint));
  const prints = fingerprints(file.findings);
  const findings = file.findings.map((f, i) => ({ ...f, baseline: knownPrints.has(prints[i]!) ? ('known' as const) : ('new' as const) }));
  const newFailing = findings.some((f) => f.baseline === 'new' && FAILS_WHEN_NEW.has(f.severity));
  const scoreDropped = known.score !== null && file.score !== null && file.score < known.score;
  return { ...file, findings, baselineScore: known.score ?? undefined, pass: !newFailing && !scoreDropped };
}

/**
 * Judges a report against a baseline: each finding is marked new or
 * known, and a document fails only on a new warning or error, or when its
 * score fell below its baseline score. Documents not in the baseline are
 * judged as usual.
 */
export function applyBaseline(report: CheckReport, baseline: Baseline, baselinePath: string, cwd: string): CheckReport {
  const files = report.files.map((file) => judgeFile(file, baseline.files[keyOf(baselinePath, cwd, file.path)]));
  return { ...report, files, summary: summarise(files) };
}
