#!/usr/bin/env node
/**
 * Wall time of one cold process checking one letter: cc-check on the .docx
 * and on its .txt twin, beside alex and write-good on the .txt (they cannot
 * read .docx), all in the same run and interleaved, so that the machine's
 * state at any moment affects every tool alike.
 *
 *   node bench/single-letter.js [--runs 15]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('usage: node bench/single-letter.js [--runs N]   (N cold runs of each tool, default 15)');
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of 1 or more, not "${values.runs}"`);
  process.exit(2);
}

const DOCX = 'fixtures/docx/council-tax-reduction.docx';
const TXT = 'fixtures/docx/council-tax-reduction.txt';

/** Each tool run as its own bin file with node, as a user's shell would after npm install (no npx). */
const tools = [
  { name: 'cc-check', input: DOCX, args: ['bin/cc-check.js', DOCX] },
  { name: 'cc-check', input: TXT, args: ['bin/cc-check.js', TXT] },
  { name: 'alex', input: TXT, args: ['node_modules/alex/cli.js', TXT] },
  { name: 'write-good', input: TXT, args: ['node_modules/write-good/bin/write-good.js', TXT] },
];

for (const file of [DOCX, TXT, 'dist/cli/main.js', ...tools.map((t) => t.args[0])]) {
  if (!existsSync(new URL(file, `file://${root}`))) {
    console.error(`missing ${file}${file.startsWith('dist') ? ' (run npm run build first)' : ''}`);
    process.exit(2);
  }
}

function runOnce(tool) {
  const started = performance.now();
  const result = spawnSync(process.execPath, tool.args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - started;
  return { ms, status: result.status, stderr: result.stderr.toString() };
}

// One untimed round so every tool starts with the files in the page cache.
for (const tool of tools) {
  const { status, stderr } = runOnce(tool);
  // cc-check exits 2 and the others print a stack when they could not run at all: a broken benchmark, not a result.
  if (status === null || (tool.name === 'cc-check' && status === 2) || /\n\s+at /.test(stderr)) {
    console.error(`${tool.name} ${tool.input} did not run (exit ${status}):\n${stderr}`);
    process.exit(2);
  }
  tool.exit = status;
}

const times = tools.map(() => []);
for (let round = 0; round < runs; round++) {
  // Rotate the order each round so no tool always runs first or last.
  for (let k = 0; k < tools.length; k++) {
    const i = (k + round) % tools.length;
    times[i].push(runOnce(tools[i]).ms);
  }
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => (ms / 1000).toFixed(3);

const rows = tools.map((tool, i) => [tool.name, tool.input, seconds(median(times[i])), seconds(Math.min(...times[i])), seconds(Math.max(...times[i])), String(tool.exit)]);
const header = ['tool', 'input', 'median s', 'min s', 'max s', 'exit'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (cells) => `| ${cells.map((cell, c) => (c >= 2 && c <= 4 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(' | ')} |`;

console.log(`Single letter, ${runs} cold runs each, interleaved; node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`);
console.log('');
console.log(line(header));
console.log(`|${widths.map((w, c) => (c >= 2 && c <= 4 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const row of rows) console.log(line(row));

const ccDocx = median(times[0]);
const alex = median(times[2]);
console.log('');
console.log(`target: cc-check on .docx under 0.400 s: ${ccDocx < 400 ? 'met' : 'NOT met'} (${seconds(ccDocx)} s); no slower than alex: ${ccDocx <= alex ? 'met' : 'NOT met'} (alex ${seconds(alex)} s)`);
