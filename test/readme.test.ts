import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { formattedCatalogueSummary } from '../scripts/readme-catalogue.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('summarises the catalogue by family as the rules are now: regenerate it with `npm run docs:rules`', async () => {
    const readmePath = join(import.meta.dirname, '..', 'README.md');
    expect(readme).toContain(await formattedCatalogueSummary(allRules, readmePath));
  });

  it('starts with the two commands a newcomer needs: run the sample, run the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npx soc2 scan --sample --out reports', 'npm test']);
  });

  it('names the CI test command that .ci/run calls', () => {
    const ci = readFileSync(join(import.meta.dirname, '..', '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
  });
});
