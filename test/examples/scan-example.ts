/**
 * Shared setup of the example tests: scan an example with the whole rule set,
 * and pick verdicts by rule and resource.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run.js';
import { loadTemplateSource } from '../../src/sources/template/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Suppression expiry is judged against this day, so the examples do not age. */
export const PINNED_NOW = new Date('2026-11-25T12:00:00Z');

export async function scanExample(
  paths: string[],
  parameters: Record<string, string> = {},
): Promise<Finding[]> {
  const source = await loadTemplateSource(paths, { parameters, parameterFiles: [], cwd: REPO_ROOT });
  return runRules(source.inventory, allRules, { now: PINNED_NOW });
}

/** The finding of `ruleId` on the resource whose logical id or CDK path is `resource`. */
export function findingFor(findings: readonly Finding[], ruleId: string, resource: string): Finding {
  const matches = findings.filter(
    (finding) =>
      finding.ruleId === ruleId &&
      (finding.resource.cdkPath === resource ||
        finding.resource.logicalId === resource ||
        finding.resource.id === resource),
  );
  if (matches.length !== 1) {
    const seen = findings
      .filter((finding) => finding.ruleId === ruleId)
      .map((finding) => finding.resource.cdkPath ?? finding.resource.id);
    throw new Error(
      `${matches.length} findings of ${ruleId} on ${resource}; ${ruleId} findings: ${seen.join(', ')}`,
    );
  }
  return matches[0]!;
}

export function verdict(findings: readonly Finding[], ruleId: string, resource: string): string {
  return findingFor(findings, ruleId, resource).status;
}

/** 1-based line of `  <logicalId>:` (YAML) or `"<logicalId>": {` (JSON) in a template file. */
export function declarationLine(file: string, logicalId: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex(
    (line) => line.trimStart().startsWith(`${logicalId}:`) || line.trimStart().startsWith(`"${logicalId}":`),
  );
  if (index < 0) throw new Error(`${logicalId} is not declared in ${file}`);
  return index + 1;
}
