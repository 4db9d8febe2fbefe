/**
 * `npm run bench`: the template benchmark, then the live-scan, evidence-pack and
 * organization benchmarks when their modules exist, one after another. Each writes its own
 * results file; this writes bench/results/summary.md with the figures (those of
 * parts not run this time are read from their results files).
 *
 *   npm run bench -- --only template,live,pack,org   run only these parts
 *   npm run bench -- --samples N                 fresh processes per template measurement (default 5)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  machineInfo,
  runTemplateBench,
  TEMPLATE_RESULTS_FILE,
  type TemplateBenchResult,
} from './template.js';
import { templateSection } from './template-summary.js';
import { AGAINST_BEFORE_FILE, againstBeforeSection, type AgainstBefore } from './compare-commits.js';
import type { LiveBenchResult } from './live.js';

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
  // 50 accounts x 4 regions x 2,000 resources: a few minutes on a busy 2-core machine.
  { name: 'org', module: './org.ts', entry: 'runOrgBenchProcess', resultsFile: 'org.json' },
  // 90 nights x 10 accounts of generated packs (about 2 million rows), then soc2 period in a fresh process.
  { name: 'period', module: './period.ts', entry: 'runPeriodBenchProcess', resultsFile: 'period.json' },
];

type BenchOutcome = { name: string; status: 'ran' | 'absent' | 'failed' | 'kept'; detail?: string };

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

/** The live scan against its floor, in words, above its raw figures. */
function liveLines(name: string, text: string): string[] {
  if (name !== 'live') return [];
  const live = JSON.parse(text) as Partial<LiveBenchResult>;
  if (live.lowerBound === undefined || live.wallMs === undefined || live.scannerCpu === undefined) return [];
  return [
    `Floor (latency × the longest chain of dependent calls, or the slowest emulated rate limit): ${live.lowerBound.ms} ms. The scan: ${live.wallMs} ms for ${live.apiCalls} calls, ${live.ratioToBound}× the floor. Its own CPU: ${live.scannerCpu.ms} ms (${live.scannerCpu.perCallMs} ms per call); wall over own CPU ${live.wallOverScannerCpu ?? '–'} (utilisation, not a floor).`,
    '',
  ];
}

function otherSection(name: string, file: string, outcome: BenchOutcome): string[] {
  const path = join(RESULTS_DIR, file);
  if (outcome.status === 'absent') return [`## ${name}`, '', `bench/${name}.ts does not exist yet.`, ''];
  if (outcome.status === 'kept' && !existsSync(path)) return [`## ${name}`, '', 'Not run yet.', ''];
  if (outcome.status === 'failed')
    return [`## ${name}`, '', `Failed: ${outcome.detail ?? 'unknown error'}`, ''];
  if (!existsSync(path)) return [`## ${name}`, '', `Ran, but wrote no bench/results/${file}.`, ''];
  const text = readFileSync(path, 'utf8').trim();
  return [`## ${name} (bench/results/${file})`, '', ...liveLines(name, text), '```json', text, '```', ''];
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

export async function runAllBenches(): Promise<void> {
  const startedAt = new Date();
  const only = flag('only')?.split(',');
  const runs = (name: string): boolean => only === undefined || only.includes(name);
  const samples = flag('samples') === undefined ? undefined : Number(flag('samples'));
  const template = runs('template')
    ? await runTemplateBench({ samples })
    : (JSON.parse(readFileSync(TEMPLATE_RESULTS_FILE, 'utf8')) as TemplateBenchResult);
  const outcomes: BenchOutcome[] = [];
  for (const bench of OPTIONAL_BENCHES) {
    if (!runs(bench.name)) {
      outcomes.push({ name: bench.name, status: 'kept' });
      continue;
    }
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
    `Written ${startedAt.toISOString()} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB memory, Node ${machine.node}, ${machine.platform}. Template figures taken ${template.generatedAt} at a 1-minute load average of ${template.loadAverage1m.start} (other work on the machine inflates them).`,
    '',
    ...templateSection(template),
    ...(existsSync(AGAINST_BEFORE_FILE)
      ? againstBeforeSection(JSON.parse(readFileSync(AGAINST_BEFORE_FILE, 'utf8')) as AgainstBefore)
      : []),
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
