/**
 * Our scanner at two commits, on the same inputs, on the same machine at the
 * same time: samples alternate between the commits, so load on a shared
 * machine falls on both alike (a figure taken days ago cannot say that).
 * Writes bench/results/against-before.json; `npm run bench` puts it in the summary.
 *
 *   tsx bench/compare-commits.ts [--before b88557e] [--after HEAD] [--samples 7]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, REPO_ROOT, runChild, type WorkerSample } from './sampling.js';
import { writeJsonTwin, writePlatformTemplate } from './template.js';

export const AGAINST_BEFORE_FILE = join(REPO_ROOT, 'bench', 'results', 'against-before.json');

export interface CommitFigures {
  coldMs: number;
  coldFastestMs: number;
  coldCpuMs: number;
  warmMs: number;
  steps: Record<string, number>;
}

export interface AgainstBefore {
  before: string;
  after: string;
  samples: number;
  recordedAt: string;
  loadAverage1m: { start: number; end: number };
  inputs: {
    input: string;
    before: CommitFigures;
    after: CommitFigures;
    afterOverBefore: { coldMs: number; coldCpuMs: number; warmMs: number };
    /**
     * Both commits running only the rules the earlier one has: the cost of the pipeline
     * (read, expand, evaluate, normalize, the same rules, SARIF) apart from the catalogue's growth.
     */
    sameRules?: { before: CommitFigures; after: CommitFigures; afterOverBefore: Ratios };
  }[];
  /** The rule ids both commits ran in `sameRules`. */
  sameRuleIds?: string[];
}

type Ratios = { coldMs: number; coldCpuMs: number; warmMs: number };

const ratios = (now: CommitFigures, was: CommitFigures): Ratios => ({
  coldMs: ratio(now.coldMs, was.coldMs),
  coldCpuMs: ratio(now.coldCpuMs, was.coldCpuMs),
  warmMs: ratio(now.warmMs, was.warmMs),
});

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
}

/** The commit's tree with today's workers (they only call loadTemplateSource, runRules, buildScanResult, renderSarif). */
function checkout(commit: string, dir: string): string {
  const tree = join(dir, commit);
  mkdirSync(tree, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${tree}"`], { cwd: REPO_ROOT });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(tree, 'node_modules'));
  for (const file of ['sampling.ts', 'soc2-worker.ts']) {
    copyFileSync(join(REPO_ROOT, 'bench', file), join(tree, 'bench', file));
  }
  return join(tree, 'bench', 'soc2-worker.ts');
}

function figures(samples: WorkerSample[]): CommitFigures {
  const steps = Object.keys(samples[0]!.cold);
  return {
    coldMs: median(samples.map((s) => s.coldMs)),
    coldFastestMs: Math.min(...samples.map((s) => s.coldMs)),
    coldCpuMs: median(samples.map((s) => s.coldCpuMs)),
    warmMs: median(samples.map((s) => s.warmMs)),
    steps: Object.fromEntries(steps.map((step) => [step, median(samples.map((s) => s.cold[step] ?? 0))])),
  };
}

const ratio = (after: number, before: number): number => Math.round((after / before) * 100) / 100;
const load = async (): Promise<number> =>
  Math.round(((await import('node:os')).loadavg()[0] ?? 0) * 100) / 100;

export async function compareCommits(before: string, after: string, samples: number): Promise<AgainstBefore> {
  const dir = mkdtempSync(join(tmpdir(), 'soc2-bench-commits-'));
  try {
    const start = await load();
    const workers = [checkout(before, dir), checkout(after, dir)] as const;
    const yaml = await writePlatformTemplate(dir, 5000);
    const json = await writeJsonTwin(yaml);
    const { buildBenchApp } = await import('./cdk-nag/app.js');
    const cdkOut = join(dir, 'cdk.out');
    buildBenchApp(10, cdkOut).synth();
    const inputs = [
      ['5,000-resource short-form YAML', yaml],
      ['5,000-resource JSON', json],
      ['50-stack cdk.out', cdkOut],
    ] as const;
    const ruleIds = workers.map((worker) => (runChild(worker, ['rules']) as { ids: string[] }).ids);
    const sameRuleIds = ruleIds[0]!.filter((id) => ruleIds[1]!.includes(id));
    const result: AgainstBefore['inputs'] = [];
    for (const [label, path] of inputs) {
      console.log(`compare commits: ${label} ...`);
      const runs: WorkerSample[][] = [[], [], [], []];
      for (let index = 0; index < samples; index += 1) {
        for (const side of [0, 1] as const) {
          runs[side]!.push(runChild(workers[side], ['scan', path]) as WorkerSample);
          runs[2 + side]!.push(
            runChild(workers[side], ['scan', path, sameRuleIds.join(',')]) as WorkerSample,
          );
        }
      }
      const [was, now, wasSame, nowSame] = runs.map(figures) as [
        CommitFigures,
        CommitFigures,
        CommitFigures,
        CommitFigures,
      ];
      result.push({
        input: label,
        before: was,
        after: now,
        afterOverBefore: ratios(now, was),
        sameRules: { before: wasSame, after: nowSame, afterOverBefore: ratios(nowSame, wasSame) },
      });
    }
    return {
      before: `${before} (${git('log', '-1', '--format=%cs', before)})`,
      after: git('rev-parse', '--short', after),
      samples,
      recordedAt: new Date().toISOString(),
      loadAverage1m: { start, end: await load() },
      inputs: result,
      sameRuleIds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await compareCommits(
    flag('before') ?? 'b88557e',
    flag('after') ?? 'HEAD',
    Number(flag('samples') ?? 7),
  );
  writeFileSync(AGAINST_BEFORE_FILE, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${AGAINST_BEFORE_FILE}`);
}

export function againstBeforeSection(result: AgainstBefore): string[] {
  const ms = (value: number): string => `${Math.round(value)} ms`;
  return [
    '## Against an earlier commit, measured at the same time (bench/results/against-before.json)',
    '',
    `\`tsx bench/compare-commits.ts\`: our scanner at ${result.before} and at ${result.after}, ${result.samples} fresh processes each, alternating, on the same generated inputs; medians. Load average ${result.loadAverage1m.start} at the start, ${result.loadAverage1m.end} at the end (it falls on both alike). Recorded ${result.recordedAt}.`,
    '',
    `Each input twice: every rule of each commit, and only the ${result.sameRuleIds?.length ?? '?'} rules the earlier commit has (both commits running the same rules: what the pipeline itself costs, apart from the catalogue's growth).`,
    '',
    '| input | rules | cold before | cold after | after / before (cold wall) | after / before (cold CPU) | after / before (warm) | within 10% (cold wall) |',
    '|---|---|---|---|---|---|---|---|',
    ...result.inputs.flatMap((entry) => {
      const row = (
        rules: string,
        figures: { before: CommitFigures; after: CommitFigures; afterOverBefore: Ratios },
      ): string =>
        `| ${entry.input} | ${rules} | ${ms(figures.before.coldMs)} | ${ms(figures.after.coldMs)} | ${figures.afterOverBefore.coldMs} | ${figures.afterOverBefore.coldCpuMs} | ${figures.afterOverBefore.warmMs} | ${figures.afterOverBefore.coldMs <= 1.1 ? 'yes' : 'no'} |`;
      return [row('each its own', entry), ...(entry.sameRules ? [row('the same', entry.sameRules)] : [])];
    }),
    '',
  ];
}
