/**
 * One sample of our scanner in its own process (see sampling.ts):
 *
 *   tsx bench/soc2-worker.ts scan PATH [RULE_ID,...]   load + rules + SARIF (all rules, or only these)
 *   tsx bench/soc2-worker.ts floor PATH                read + parse each template file, nothing else
 *   tsx bench/soc2-worker.ts rules                     the rule ids of this tree: {"ids": [...]}
 *
 * PATH is a template or a cdk.out folder. Prints one JSON line (a WorkerSample).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measureRuns, REPO_ROOT, type WorkerSample } from './sampling.js';

async function scan(path: string, ruleIds: readonly string[] | undefined): Promise<WorkerSample> {
  const { loadTemplateSource } = await import('../src/sources/template/index.js');
  const { runRules } = await import('../src/engine/run.js');
  const { buildScanResult } = await import('../src/engine/result.js');
  const { allRules, RULES_VERSION } = await import('../rules/index.js');
  const { renderSarif } = await import('../src/report/sarif.js');
  const rules = ruleIds === undefined ? allRules : allRules.filter((rule) => ruleIds.includes(rule.id));
  if (ruleIds !== undefined && rules.length !== ruleIds.length) {
    throw new Error(`unknown rule ids among ${ruleIds.join(', ')}`);
  }
  // As `soc2 scan` does: the template is normalized for the types these rules apply to or read. Worked out
  // here, not imported: compare-commits runs this worker in an earlier tree too, whose loader ignores the option.
  const wantedTypes = new Set(
    rules
      .filter((rule) => rule.sources === undefined || rule.sources.includes('template'))
      .flatMap((rule) => [...rule.appliesTo, ...(rule.reads ?? [])]),
  );
  return measureRuns(async (mark) => {
    const source = await loadTemplateSource([path], {
      parameters: {},
      parameterFiles: [],
      cwd: REPO_ROOT,
      wantedTypes,
    });
    mark('loadMs');
    const findings = runRules(source.inventory, rules);
    mark('rulesMs');
    const result = buildScanResult({
      scan: {
        source: 'template',
        scope: source.scope,
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
        parameters: source.parameters,
      },
      rules,
      rulesVersion: RULES_VERSION,
      findings,
      inventory: source.inventory,
    });
    renderSarif(result, { srcRoot: REPO_ROOT });
    mark('sarifMs');
    return {
      rules: rules.length,
      findings: findings.length,
      byStatus: result.summary.byStatus,
      inventoryResources: source.inventory.resources.length,
    };
  });
}

/** Every template file under a cdk.out folder (stacks, nested stacks, stages' assemblies). */
function templateFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.template.json'))
    .map((file) => join(path, file));
}

/** The least any scanner has to do with these files: read them and parse them (soc2's parsers). */
async function floor(path: string): Promise<WorkerSample> {
  const { parseTemplateText } = await import('../src/sources/template/read.js');
  const files = templateFiles(path);
  return measureRuns((mark) => {
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    mark('readMs');
    let resources = 0;
    for (const [index, text] of texts.entries()) {
      const parsed = parseTemplateText(text, files[index]!).value as { Resources?: object };
      resources += Object.keys(parsed.Resources ?? {}).length;
    }
    mark('parseMs');
    return { files: files.length, resources };
  });
}

const [mode, path, rules] = process.argv.slice(2);
if (mode === 'rules') {
  const { allRules } = await import('../rules/index.js');
  process.stdout.write(`${JSON.stringify({ ids: allRules.map((rule) => rule.id) })}\n`);
} else if ((mode !== 'scan' && mode !== 'floor') || path === undefined) {
  process.stderr.write('usage: soc2-worker.ts scan PATH [RULE_ID,...] | floor PATH | rules\n');
  process.exitCode = 2;
} else {
  const sample = mode === 'scan' ? await scan(path, rules?.split(',')) : await floor(path);
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}
