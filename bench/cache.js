#!/usr/bin/env node
/**
 * What --cache saves a template repository in CI: 500 copies of the fixture
 * letters (.txt, .md and .docx) in a temp folder, checked by a cold cc-check
 * process with an empty cache, then by another cold process with the cache
 * the first one wrote. Repeated --rounds times, each round from an empty cache.
 *
 *   node bench/cache.js [--files 500] [--rounds 3]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { files: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('usage: node bench/cache.js [--files N] [--rounds R]   (N letter copies, default 500; R first/second pairs, default 3)');
  process.exit(0);
}
const count = Number(values.files);
const rounds = Number(values.rounds);
for (const [name, value] of [['--files', count], ['--rounds', rounds]]) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number of 1 or more`);
    process.exit(2);
  }
}
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('missing dist/cli/main.js (run npm run build first)');
  process.exit(2);
}

// The readable letters only: the bad .docx fixtures would be refused in a millisecond and flatter the first run.
const sources = [
  ...readdirSync(join(root, 'fixtures/letters')).map((name) => join(root, 'fixtures/letters', name)),
  ...readdirSync(join(root, 'fixtures/docx'))
    .filter((name) => name.endsWith('.docx'))
    .map((name) => join(root, 'fixtures/docx', name)),
].filter((path) => ['.txt', '.md', '.docx'].includes(extname(path)));

const folder = mkdtempSync(join(tmpdir(), 'cc-check-bench-cache-'));
const templates = join(folder, 'templates');
for (let i = 0; i < count; i++) {
  const source = sources[i % sources.length];
  const shelf = join(templates, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
  mkdirSync(shelf, { recursive: true });
  copyFileSync(source, join(shelf, `letter-${String(i).padStart(3, '0')}${extname(source)}`));
}
const cacheFile = join(folder, '.cc-check-cache');

function runOnce() {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bin/cc-check.js'), 'templates', '--cache', '--cache-location', cacheFile, '--format', 'json'], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', CC_CHECK_DEBUG: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const stderr = result.stderr.toString();
  // Exit 1 is a letter failing its check, as expected of these fixtures; 2 or no JSON is a broken run.
  if (result.status === null || result.status === 2) {
    console.error(`cc-check did not run (exit ${result.status}):\n${stderr}`);
    process.exit(2);
  }
  const files = JSON.parse(result.stdout.toString()).summary.files;
  const counts = /(\d+) checked, (\d+) from the cache/.exec(stderr);
  return { ms, files, checked: Number(counts?.[1]), reused: Number(counts?.[2]) };
}

const firsts = [];
const seconds = [];
try {
  for (let round = 0; round < rounds; round++) {
    rmSync(cacheFile, { force: true });
    firsts.push(runOnce());
    seconds.push(runOnce());
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const median = (runs) => {
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const first = median(firsts);
const second = median(seconds);
const rows = [
  ['run', 'files', 'checked', 'from cache', 'median ms', 'runs (ms)'],
  ['first (empty cache)', firsts[0].files, firsts[0].checked, firsts[0].reused, first.toFixed(0), firsts.map((r) => r.ms.toFixed(0)).join(' ')],
  ['second (unchanged)', seconds[0].files, seconds[0].checked, seconds[0].reused, second.toFixed(0), seconds.map((r) => r.ms.toFixed(0)).join(' ')],
].map((row) => row.map(String));
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log(`cc-check --cache on ${count} letter copies (${sources.length} fixtures: .txt, .md, .docx), cold processes, ${rounds} rounds, Node ${process.version}\n`);
for (const row of rows) console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`);
console.log(`\nsecond run ${(first / second).toFixed(1)}× faster than the first (target 10× or more)`);
