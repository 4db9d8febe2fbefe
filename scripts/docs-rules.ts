/**
 * Writes docs/rules.md from the rules' metadata (`npm run docs:rules`), the
 * same text as `soc2 rules --format markdown`, and the README's catalogue
 * summary. test/cli/rules.test.ts and test/readme.test.ts fail when stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import { renderRulesMarkdown } from '../src/cli/rules.js';
import { withCatalogueSummary } from './readme-catalogue.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
writeFileSync(target, renderRulesMarkdown(allRules));
process.stdout.write(`wrote ${target} (${allRules.length} rules)\n`);
const readme = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
writeFileSync(readme, await withCatalogueSummary(readFileSync(readme, 'utf8'), allRules, readme));
process.stdout.write(`updated the catalogue summary in ${readme}\n`);
