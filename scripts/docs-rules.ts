/**
 * Writes docs/rules.md from the rules' metadata (`npm run docs:rules`), the
 * same text as `soc2 rules --format markdown`. test/cli/rules.test.ts fails
 * when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import { renderRulesMarkdown } from '../src/cli/rules.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
writeFileSync(target, renderRulesMarkdown(allRules));
process.stdout.write(`wrote ${target} (${allRules.length} rules)\n`);
