/**
 * How both scanners are sampled, the same way: each sample is a fresh Node
 * process that runs one cold measurement (what one CI run pays) and then
 * WARM_RUNS more in the same process; the figures kept are medians over the
 * processes. Every worker prints one JSON line: a WorkerSample.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** No single process may run longer than this; the bench stops by itself. */
const CHILD_TIMEOUT_MS = 5 * 60_000;
/** Measurements after the cold one, in the same process (JIT warm). */
export const WARM_RUNS = 2;
/** Fresh processes per measurement, for both tools; odd, so the median is one of them. */
export const DEFAULT_SAMPLES = 5;

/**
 * Variables left out of every measured process's environment. With
 * NODE_EXTRA_CA_CERTS set (as on this sandbox, and behind many corporate
 * proxies), Node loads the system CA store and that file at each start, before
 * any code runs: about 90 ms here, against 50 ms for the rest of a bare start.
 * No process measured here opens a TLS connection, and the same constant in a
 * CLI run and in its floor would only flatter their ratio.
 */
export const LEFT_OUT_OF_ENV = ['NODE_EXTRA_CA_CERTS'] as const;

/** The environment measured processes start with: this one without LEFT_OUT_OF_ENV. */
export function measuredEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of LEFT_OUT_OF_ENV) delete env[name];
  return env;
}

/** Which of LEFT_OUT_OF_ENV were set here (and so left out), for the results file. */
export function leftOutOfEnv(): string[] {
  return LEFT_OUT_OF_ENV.filter((name) => process.env[name] !== undefined);
}

/** What one worker process reports. */
export interface WorkerSample {
  /** The first measurement in the process, split into its named steps (ms). */
  cold: Record<string, number>;
  coldMs: number;
  /** CPU time (user + system, all threads) of the cold measurement: less inflated than wall time on a busy machine. */
  coldCpuMs: number;
  /** Median of the WARM_RUNS measurements after it. */
  warmMs: number;
  /**
   * From the process's start to the end of the cold measurement: Node start,
   * module loading (through tsx) and the cold measurement.
   */
  sinceProcessStartMs: number;
  maxRssKb: number;
  /** Whatever the worker counted (findings, violations ...), from its last run. */
  counts: Record<string, unknown>;
}

/** The medians over the processes (and the fastest cold one, to compare with figures kept that way before). */
export interface Sampled {
  samples: number;
  coldMs: number;
  coldFastestMs: number;
  coldSpreadMs: [number, number];
  coldCpuMs: number;
  /** Median of each cold step over the processes. */
  cold: Record<string, number>;
  warmMs: number;
  sinceProcessStartMs: number;
  maxRssKb: number;
  counts: Record<string, unknown>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function runChild(script: string, args: readonly string[]): unknown {
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: measuredEnv(),
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.error) throw new Error(`${script} ${args.join(' ')}: ${child.error.message}`);
  const lastLine = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    const why = child.stderr.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${script} ${args.join(' ')} exited ${child.status}: ${why}`);
  }
  return JSON.parse(lastLine) as unknown;
}

/** `samples` fresh processes of `script args`, summarized by their medians. */
export function sample(script: string, args: readonly string[], samples: number): Sampled {
  return summarize(
    Array.from({ length: samples }, () => runChild(script, args) as WorkerSample),
    samples,
  );
}

export interface Job {
  script: string;
  args: readonly string[];
}

/**
 * Several measurements sampled together: round after round, each job's next
 * process (the order rotating every round), so load that comes and goes on a
 * shared machine falls on every tool alike instead of on whichever ran last.
 * A job that fails is reported as `{ error }` and not run again.
 */
export function sampleTogether<K extends string>(
  jobs: Record<K, Job>,
  samples: number,
): Record<K, Sampled | { error: string }> {
  const names = Object.keys(jobs) as K[];
  const runs = new Map<K, WorkerSample[]>(names.map((name) => [name, []]));
  const errors = new Map<K, string>();
  for (let round = 0; round < samples; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]!);
    for (const name of order) {
      if (errors.has(name)) continue;
      try {
        runs.get(name)!.push(runChild(jobs[name].script, jobs[name].args) as WorkerSample);
      } catch (error) {
        errors.set(name, error instanceof Error ? error.message : String(error));
      }
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const error = errors.get(name);
      return [name, error === undefined ? summarize(runs.get(name)!, samples) : { error }];
    }),
  ) as Record<K, Sampled | { error: string }>;
}

function summarize(runs: WorkerSample[], samples: number): Sampled {
  const steps = Object.keys(runs[0]!.cold);
  const colds = runs.map((run) => run.coldMs);
  return {
    samples,
    coldMs: median(colds),
    coldFastestMs: Math.min(...colds),
    coldSpreadMs: [Math.min(...colds), Math.max(...colds)],
    coldCpuMs: median(runs.map((run) => run.coldCpuMs)),
    cold: Object.fromEntries(steps.map((step) => [step, median(runs.map((run) => run.cold[step] ?? 0))])),
    warmMs: median(runs.map((run) => run.warmMs)),
    sinceProcessStartMs: median(runs.map((run) => run.sinceProcessStartMs)),
    maxRssKb: median(runs.map((run) => run.maxRssKb)),
    counts: runs.at(-1)!.counts,
  };
}

/** A worker's loop: one cold run, WARM_RUNS warm ones, timed step by step. */
export async function measureRuns(
  run: (mark: (step: string) => void) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<WorkerSample> {
  const timings: Record<string, number>[] = [];
  let counts: Record<string, unknown> = {};
  let sinceProcessStartMs = 0;
  let coldCpuMs = 0;
  for (let index = 0; index <= WARM_RUNS; index += 1) {
    const steps: Record<string, number> = {};
    const cpuBefore = process.cpuUsage();
    let last = performance.now();
    const mark = (step: string): void => {
      const now = performance.now();
      steps[step] = (steps[step] ?? 0) + (now - last);
      last = now;
    };
    counts = await run(mark);
    if (index === 0) {
      sinceProcessStartMs = performance.now();
      const cpu = process.cpuUsage(cpuBefore);
      coldCpuMs = (cpu.user + cpu.system) / 1000;
    }
    timings.push(steps);
  }
  const total = (steps: Record<string, number>): number =>
    Object.values(steps).reduce((sum, value) => sum + value, 0);
  return {
    cold: timings[0]!,
    coldMs: total(timings[0]!),
    coldCpuMs,
    warmMs: median(timings.slice(1).map(total)),
    sinceProcessStartMs,
    maxRssKb: process.resourceUsage().maxRSS,
    counts,
  };
}
