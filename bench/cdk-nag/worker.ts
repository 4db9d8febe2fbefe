/**
 * One sample of cdk-nag 3 (or of plain `cdk synth`) in its own process, measured
 * like our scanner (see ../sampling.ts). Prints one JSON line (a WorkerSample).
 *
 *   include TEMPLATE   CfnInclude the template into a stack, then validateScope: the only
 *                      way cdk-nag reads a plain template (it checks constructs, not files)
 *   app STAGES         build the benchmark CDK app, then validateScope (validate-only:
 *                      the tree a CDK user builds anyway is timed apart from the check)
 *   synth STAGES       build the app with the pack registered the way cdk-nag 3 documents,
 *                      Validations.of(app).addPlugins(pack), then app.synth(), which runs it
 *   plain-synth STAGES build the app and synthesize it with no checks (what soc2 scans)
 *
 * Options: --rules ID,... runs only these cdk-nag rules (their packs narrowed, see
 * subset.ts) instead of the whole NIST 800-53 R5 pack; --out DIR is where synth writes.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { NIST80053R5Checks, type NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { measureRuns, type WorkerSample } from '../sampling.js';
import { buildBenchApp } from './app.js';
import { packsFor } from './subset.js';

interface Options {
  rules?: string[];
  out: string;
}

interface Checks {
  packs: NagPack[];
  counts: () => Record<string, unknown>;
}

function checksFor(options: Options, scope?: IConstruct): Checks {
  if (options.rules === undefined) {
    return { packs: [new NIST80053R5Checks(scope)], counts: () => ({ pack: 'NIST.800.53.R5 (all rules)' }) };
  }
  const subset = packsFor(options.rules, scope);
  return {
    packs: subset.packs,
    counts: () => ({
      rulesAskedFor: options.rules!.length,
      rulesRun: subset.ran.size,
      rulesNotRun: options.rules!.filter((id) => !subset.ran.has(id)),
      packRulesDispatched: countByPack(subset.seen),
    }),
  };
}

/** How many distinct rules each pack dispatched on this input (run or not). */
function countByPack(ids: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ids) {
    const pack = id.slice(0, id.lastIndexOf('-'));
    counts[pack] = (counts[pack] ?? 0) + 1;
  }
  return counts;
}

function includeTemplate(template: string): App {
  const app = new App({ analyticsReporting: false, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Included', { env: { account: '123456789012', region: 'us-east-1' } });
  new CfnInclude(stack, 'Template', { templateFile: template });
  return app;
}

function validate(packs: NagPack[], scope: IConstruct): Record<string, number> {
  const violated = new Set<string>();
  let violations = 0;
  for (const pack of packs) {
    const report = pack.validateScope(scope);
    violations += report.violations.length;
    for (const violation of report.violations) {
      for (const resource of violation.violatingResources) {
        violated.add(resource.constructPath ?? resource.resourceLogicalId ?? '');
      }
    }
  }
  return { violations, violatingResources: violated.size };
}

/** app.synth() with validation plugins registered: cdk-nag's findings make it throw ValidationFailed. */
function synthesize(app: App, outdir: string): Record<string, number> {
  try {
    app.synth();
  } catch (error) {
    if (!String(error).includes('ValidationFailed')) throw error;
  }
  let report: { pluginReports?: { violations?: { violatingConstructs?: unknown[] }[] }[] } = {};
  try {
    report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as typeof report;
  } catch {
    // no report: no plugin registered, or nothing violated
  }
  const violations = (report.pluginReports ?? []).flatMap((plugin) => plugin.violations ?? []);
  return {
    violations: violations.length,
    violatingConstructs: violations.reduce((sum, v) => sum + (v.violatingConstructs?.length ?? 0), 0),
  };
}

function measure(mode: string, target: string, options: Options): Promise<WorkerSample> {
  return measureRuns((mark) => {
    if (mode === 'include' || mode === 'app') {
      const scope = mode === 'include' ? includeTemplate(target) : buildBenchApp(Number(target));
      mark('constructMs');
      const checks = checksFor(options);
      const counted = validate(checks.packs, scope);
      mark('validateMs');
      return { ...counted, ...checks.counts() };
    }
    if (mode === 'synth' || mode === 'plain-synth') {
      const outdir = mkdtempSync(join(options.out, 'synth-'));
      const app = buildBenchApp(Number(target), outdir);
      const checks = mode === 'synth' ? checksFor(options, app) : undefined;
      if (checks !== undefined) Validations.of(app).addPlugins(...checks.packs);
      mark('constructMs');
      const counted = synthesize(app, outdir);
      mark('synthMs');
      return { ...counted, ...checks?.counts(), outdir };
    }
    throw new Error(`unknown mode ${mode}`);
  });
}

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`);
    return index < 0 ? undefined : args[index + 1];
  };
  const out = value('out') ?? join(tmpdir(), 'soc2-bench-synth');
  mkdirSync(out, { recursive: true });
  return { rules: value('rules')?.split(','), out };
}

const [mode, target, ...rest] = process.argv.slice(2);
if (mode === undefined || target === undefined) {
  process.stderr.write(
    'usage: worker.ts include TEMPLATE | app|synth|plain-synth STAGES [--rules ID,...] [--out DIR]\n',
  );
  process.exitCode = 2;
} else {
  const sample = await measure(mode, target, parseOptions(rest));
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}
