#!/usr/bin/env node
// Rewrites the rule table in README.md from the built rules (`npm run build` first),
// so the README never drifts from `cc-check rules`. tests/readme.test.ts checks the result.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const { allRules } = await import('../dist/rules/index.js');

const HEADER = '| rule | default | fixable | standard | what it checks |';
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const rows = allRules.map(
  ({ meta }) => `| \`${meta.id}\` | ${meta.severity} | ${meta.fixable ? 'yes' : ''} | ${cell(meta.standard)} | ${cell(meta.description)} |`,
);

const readme = await readFile(readmePath, 'utf8');
const lines = readme.split('\n');
const start = lines.indexOf(HEADER);
if (start < 0) throw new Error(`README.md has no rule table (a line "${HEADER}")`);
let end = start;
while (end < lines.length && lines[end].startsWith('|')) end++;
lines.splice(start, end - start, HEADER, '| --- | --- | --- | --- | --- |', ...rows);
await writeFile(readmePath, lines.join('\n'));
console.log(`README.md: ${rows.length} rules`);
