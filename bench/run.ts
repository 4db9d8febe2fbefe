/**
 * `npm run bench`: the template benchmark, then the live-scan and evidence-pack
 * benchmarks when their modules exist, one after another. Each writes its own
 * results file; this writes bench/results/summary.md with the figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineInfo, runTemplateBench, type TemplateBenchResult, type TemplateCase } from './template.js';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const RESULTS_DIR = join(BENCH_DIR, 'results');
export const SUMMARY_FILE = join(RESULTS_DIR, 'summary.md');

interface OptionalBench {
  name: string;
  module: string;
  entry: string;
  resultsFile: string;
}

const OPTIONAL_BENCHES: OptionalBench[] = [
  // In a fresh process that writes live.json: peak memory and CPU are then the scan's own.
  { name: 'live', module: './live.ts', entry: 'runLiveBenchProcess', resultsFile: 'live.json' },
  { name: 'pack', module: './pack.ts', entry: 'runPackBench', resultsFile: 'pack.json' },
];

type BenchOutcome = { name: string; status: 'ran' | 'absent' | 'failed'; detail?: string };

async function runOptional(bench: OptionalBench): Promise<BenchOutcome> {
  if (!existsSync(join(BENCH_DIR, bench.module))) return { name: bench.name, status: 'absent' };
  try {
    const loaded = (await import(bench.module.replace(/\.ts$/, '.js'))) as Record<string, unknown>;
    const entry = loaded[bench.entry];
    if (typeof entry !== 'function') {
      return {
        name: bench.name,
        status: 'failed',
        detail: `${bench.module} does not export ${bench.entry}()`,
      };
    }
    await (entry as () => Promise<unknown>)();
    return { name: bench.name, status: 'ran' };
  } catch (error) {
    return {
      name: bench.name,
      status: 'failed',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

const ms = (value: number): string =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;

function cdkNagCells(entry: TemplateCase): string[] {
  const nag = entry.cdkNag;
  if (nag === undefined) return ['–', '–', '–'];
  if ('error' in nag) return ['failed', '–', '–'];
  return [
    ms(nag.constructMs + nag.validateMs),
    mb(nag.maxRssKb),
    entry.cdkNagToSoc2Ratio ? `${entry.cdkNagToSoc2Ratio}×` : '–',
  ];
}

function templateSection(result: TemplateBenchResult): string[] {
  const rows = [...result.templates, result.cdkOut].map((entry) =>
    [
      entry.label,
      String(entry.cfnResources),
      ms(entry.soc2.cold.totalMs),
      ms(entry.soc2.warmMedianMs),
      mb(entry.soc2.maxRssKb),
      ...cdkNagCells(entry),
    ].join(' | '),
  );
  return [
    '## Templates (bench/results/template.json)',
    '',
    'soc2 = load, resolve and normalize + every rule + SARIF, in-process; cdk-nag 3 = `NIST80053R5Checks().validateScope` including building the construct tree (CfnInclude for templates). Each measurement in its own process; memory is that process peak RSS.',
    '',
    'cdk-nag / soc2: how many times longer cdk-nag takes than our cold scan of the same input.',
    '',
    '| input | CFN resources | soc2 cold | soc2 warm | soc2 peak RSS | cdk-nag | cdk-nag peak RSS | cdk-nag / soc2 |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    `Growth (ms per 1,000 resources, cold / warm): ${result.growth
      .map(
        (point) =>
          `${point.cfnResources}: ${point.coldMsPer1000.toFixed(0)} / ${point.warmMsPer1000.toFixed(0)}`,
      )
      .join('; ')}.`,
    `cdk synth of the ${result.cdkOut.stacks}-stack app: ${ms(result.cdkSynthMs)}.`,
    '',
  ];
}

function otherSection(name: string, file: string, outcome: BenchOutcome): string[] {
  const path = join(RESULTS_DIR, file);
  if (outcome.status === 'absent') return [`## ${name}`, '', `bench/${name}.ts does not exist yet.`, ''];
  if (outcome.status === 'failed')
    return [`## ${name}`, '', `Failed: ${outcome.detail ?? 'unknown error'}`, ''];
  if (!existsSync(path)) return [`## ${name}`, '', `Ran, but wrote no bench/results/${file}.`, ''];
  return [`## ${name} (bench/results/${file})`, '', '```json', readFileSync(path, 'utf8').trim(), '```', ''];
}

export async function runAllBenches(): Promise<void> {
  const startedAt = new Date();
  const template = await runTemplateBench();
  const outcomes: BenchOutcome[] = [];
  for (const bench of OPTIONAL_BENCHES) {
    console.log(`bench: ${bench.name} ...`);
    const outcome = await runOptional(bench);
    if (outcome.status !== 'ran')
      console.log(`bench: ${bench.name}: ${outcome.status} ${outcome.detail ?? ''}`);
    outcomes.push(outcome);
  }
  const machine = machineInfo();
  const summary = [
    '# Benchmark figures',
    '',
    `Run ${startedAt.toISOString()} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB memory, Node ${machine.node}, ${machine.platform}; 1-minute load average ${template.machine.loadAverage1m} when the template figures were taken (other work on the machine inflates them).`,
    '',
    ...templateSection(template),
    ...OPTIONAL_BENCHES.flatMap((bench, index) =>
      otherSection(bench.name, bench.resultsFile, outcomes[index]!),
    ),
  ].join('\n');
  writeFileSync(SUMMARY_FILE, summary);
  console.log(`bench: figures in ${RESULTS_DIR} (summary: ${SUMMARY_FILE})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runAllBenches();
}
