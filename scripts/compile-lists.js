#!/usr/bin/env node
// Part of `npm run build`: validates every word list under rules/ once and
// caches the result in dist/lists-cache/, so a cold `cc-check` need not load
// yaml and zod. A list edited after the build is simply validated at run time.
// It also writes dist/rules/catalogue.json (rule ids and options) for the config checker.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { loadPhraseList, PACKAGE_RULES_DIR, PACKAGE_LIST_CACHE_DIR } = await import('../dist/rules/data/load.js');

function listNames(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'presets' ? [] : listNames(path);
    return entry.name.endsWith('.yml') ? [relative(PACKAGE_RULES_DIR, path).replace(/\\/g, '/').replace(/\.yml$/, '')] : [];
  });
}

rmSync(PACKAGE_LIST_CACHE_DIR, { recursive: true, force: true });
const names = listNames(PACKAGE_RULES_DIR);
try {
  for (const name of names) loadPhraseList(name, { writeCache: true });
} catch (error) {
  console.error(`cc-check build: ${error.message}`);
  process.exit(1);
}
console.log(`cc-check build: ${names.length} word lists validated into ${relative(root, PACKAGE_LIST_CACHE_DIR)}/`);

// The built-in rule ids and their options, for checking config files without importing every rule.
const { allRules } = await import('../dist/rules/index.js');
const { catalogueOf, RULE_CATALOGUE_URL } = await import('../dist/config/load.js');
writeFileSync(RULE_CATALOGUE_URL, `${JSON.stringify(catalogueOf(allRules))}\n`);
console.log(`cc-check build: ${allRules.length} rules catalogued in ${relative(root, fileURLToPath(RULE_CATALOGUE_URL))}`);
