/**
 * Template benchmark: our scanner against cdk-nag 3 on the same inputs, sampled
 * the same way (sampling.ts: N fresh processes each, cold run then warm runs,
 * medians). Generates (in a temp dir) the platform template at 1,000 / 2,500 /
 * 5,000 resources and a 50-stack CDK app, and measures:
 * - plain templates: soc2, and cdk-nag through CfnInclude (the only way it reads a template);
 * - the CDK app: `cdk synth` + soc2 against synth with cdk-nag registered, and cdk-nag's
 *   validate-only time on the built app;
 * - both tools at equal rules: our rules that name a cdk-nag equivalent, against
 *   cdk-nag narrowed to those equivalents;
 * - the floor: read + parse of the same files, and a bare Node start.
 * Writes bench/results/template.json.
 *
 *   tsx bench/template.ts [--samples N] [--sizes 1000,5000] [--stages N]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_SAMPLES,
  type Job,
  leftOutOfEnv,
  measuredEnv,
  median,
  REPO_ROOT,
  runChild,
  sampleTogether,
  type Sampled,
  WARM_RUNS,
  type WorkerSample,
} from './sampling.js';
import { ensureBuiltCli, measureWholeProcess, type WholeProcess } from './cli-process.js';

const THIS_FILE = fileURLToPath(import.meta.url);
const SOC2_WORKER = fileURLToPath(new URL('./soc2-worker.ts', import.meta.url));
const CDK_NAG_WORKER = fileURLToPath(new URL('./cdk-nag/worker.ts', import.meta.url));
export const TEMPLATE_RESULTS_FILE = join(REPO_ROOT, 'bench', 'results', 'template.json');

type Failed = { error: string };
export type Measured = Sampled | Failed;

export const failed = (value: Measured | undefined): value is Failed =>
  value !== undefined && 'error' in value;

export interface TemplateCase {
  label: string;
  format: 'yaml' | 'json' | 'cdk.out';
  cfnResources: number;
  stacks: number;
  bytes: number;
  /** Read + parse of the same files with soc2's parsers: what no scanner can skip. */
  floor: Sampled;
  /** Load, resolve, normalize, every rule, SARIF. */
  soc2: Sampled;
  /** The same, with only our rules that name a cdk-nag equivalent. */
  soc2EquivalentRules?: Sampled;
  /** How cdk-nag got the input: CfnInclude for a template, the CDK app itself for cdk.out. */
  cdkNagRoute?: 'CfnInclude' | 'CDK app';
  /** constructMs (CfnInclude or the app) + validateMs (the whole NIST 800-53 R5 pack). */
  cdkNag?: Measured;
  /** The same with cdk-nag narrowed to our rules' equivalents. */
  cdkNagEquivalentRules?: Measured;
  /** `node bin/soc2.js scan ... --format sarif > FILE`, spawn to exit (the largest inputs only). */
  wholeProcess?: WholeProcess;
}

/** What a CDK user pays per run, both ways. */
export interface CdkAppFigures {
  stages: number;
  /** `cdk synth` alone: build the app + synthesize, no checks. */
  plainSynth: Sampled;
  /** Build + synth with NIST80053R5Checks registered (Validations.of(app).addPlugins). */
  cdkNagSynth: Measured;
  cdkNagSynthEquivalentRules: Measured;
}

export interface EqualRules {
  /** Our rules with at least one `equivalents.cdkNag` id. */
  ourRules: string[];
  /** Those ids: what cdk-nag runs in the narrowed comparison. */
  cdkNagRules: string[];
  ourTotalRules: number;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  freeMemoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average when the figures were taken: other work on the machine inflates them. */
  loadAverage1m: number;
}

/** The committed figures before today's template-source changes (fastest cold of 2 processes). */
export const BEFORE = {
  source: 'bench/results/template.json of commit b88557e (2026-11-25), fastest cold scan of 2 processes',
  yaml5000ColdMs: 302.5,
  json5000ColdMs: 199.1,
  cdkOutColdMs: 79.7,
  /** cdk-nag in the same run, on the same 5,000-resource input: a control for the machine's speed then and now. */
  cdkNag5000Ms: 3686.6,
};

export interface TemplateBenchResult {
  benchmark: 'template';
  generatedAt: string;
  /** The code measured: a commit, and whether src/ or rules/ had uncommitted changes. */
  code: string;
  machine: MachineInfo;
  /** Load average at the start and the end of the template benchmark. */
  loadAverage1m: { start: number; end: number };
  samples: number;
  warmRuns: number;
  notes: string[];
  /** Median wall time of `node -e ''` started the way the workers are (spawn to exit). */
  nodeStartMs: number;
  /** Variables set here but left out of every measured process's environment (sampling.ts says why); absent in older results. */
  leftOutOfEnv?: string[];
  equalRules: EqualRules;
  templates: TemplateCase[];
  cdkOut: TemplateCase;
  cdkApp: CdkAppFigures;
  /** Cold and warm milliseconds per 1,000 resources, per size: flat means linear. */
  growth: { cfnResources: number; coldMsPer1000: number; warmMsPer1000: number }[];
  /** Today's fastest cold scan over BEFORE's, same inputs and statistic (1.10 = 10% slower); default sizes only. */
  againstBefore?: { yaml5000: number; json5000: number; cdkOut: number; before: typeof BEFORE };
}

export function machineInfo(): MachineInfo {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage1m: loadAverage(),
  };
}

/** BENCH_CODE when set (a copy of the tree has no .git), else the commit and whether src/ or rules/ differ from it. */
export function codeMeasured(): string {
  if (process.env.BENCH_CODE) return process.env.BENCH_CODE;
  const git = (...args: string[]): string =>
    spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD');
  if (commit === '') return 'unknown';
  const changed = git('status', '--porcelain', '--', 'src', 'rules') !== '';
  return changed ? `${commit} with uncommitted changes in src/ or rules/` : commit;
}

const loadAverage = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

// ---- measurements -------------------------------------------------------------

/** Our own measurements must not fail: a failure is a bug to see, not a cell to fill. */
function ours(measured: Measured | undefined): Sampled {
  if (measured === undefined) throw new Error('a measurement of ours was not taken');
  if (failed(measured)) throw new Error(measured.error);
  return measured;
}

function nodeStartMs(samples: number): number {
  const times = Array.from({ length: samples }, () => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', ''], { env: measuredEnv() });
    return performance.now() - started;
  });
  return median(times);
}

async function equalRules(): Promise<EqualRules> {
  const { allRules } = await import('../rules/index.js');
  const mapped = allRules.filter((rule) => (rule.equivalents?.cdkNag ?? []).length > 0);
  return {
    ourRules: mapped.map((rule) => rule.id),
    cdkNagRules: [...new Set(mapped.flatMap((rule) => rule.equivalents?.cdkNag ?? []))].sort(),
    ourTotalRules: allRules.length,
  };
}

// ---- inputs -----------------------------------------------------------------

/** The same template as CloudFormation JSON (what `cdk synth` and most pipelines emit). */
export async function writeJsonTwin(yamlFile: string): Promise<string> {
  const { parseYaml } = await import('../src/sources/template/yaml.js');
  const file = yamlFile.replace(/\.yaml$/, '.json');
  writeFileSync(file, JSON.stringify(parseYaml(readFileSync(yamlFile, 'utf8'), yamlFile).value, null, 2));
  return file;
}

export async function writePlatformTemplate(dir: string, resources: number): Promise<string> {
  const generator = await import('../examples/cloudformation/generate-platform.js');
  const slices = resources - generator.PLATFORM_SHARED_RESOURCES;
  const serviceCount = Math.floor(slices / generator.PLATFORM_RESOURCES_PER_SERVICE);
  const named = [...generator.PLATFORM_SERVICES];
  const services = Array.from({ length: serviceCount }, (_, index) =>
    index < named.length ? named[index]! : `svc${String(index + 1).padStart(4, '0')}`,
  );
  const file = join(dir, `platform-${resources}.yaml`);
  writeFileSync(
    file,
    generator.platformTemplate({
      services,
      extraLogGroups: slices - serviceCount * generator.PLATFORM_RESOURCES_PER_SERVICE,
    }),
  );
  return file;
}

function countTemplateResources(cdkOut: string): { stacks: number; resources: number; bytes: number } {
  const totals = { stacks: 0, resources: 0, bytes: 0 };
  const count = (path: string): void => {
    const template = JSON.parse(readFileSync(path, 'utf8')) as { Resources?: object };
    totals.resources += Object.keys(template.Resources ?? {}).length;
    totals.bytes += statSync(path).size;
  };
  const visit = (dir: string): void => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      artifacts?: Record<
        string,
        { type: string; properties?: { templateFile?: string; directoryName?: string } }
      >;
    };
    for (const artifact of Object.values(manifest.artifacts ?? {})) {
      const props = artifact.properties ?? {};
      if (artifact.type === 'aws:cloudformation:stack' && props.templateFile) {
        totals.stacks += 1;
        count(join(dir, props.templateFile));
      } else if (artifact.type === 'cdk:cloud-assembly' && props.directoryName) {
        visit(join(dir, props.directoryName));
      }
    }
    for (const file of readdirSync(dir)) if (file.endsWith('.nested.template.json')) count(join(dir, file));
  };
  visit(cdkOut);
  return totals;
}

export interface TemplateBenchOptions {
  sizes?: number[];
  /** Stages of the benchmark CDK app; five stacks each. */
  stages?: number;
  /** Fresh processes per measurement, for every tool. */
  samples?: number;
  outFile?: string;
  log?: (line: string) => void;
}

const ratio = (now: number, before: number): number => Math.round((now / before) * 100) / 100;

export async function runTemplateBench(options: TemplateBenchOptions = {}): Promise<TemplateBenchResult> {
  const sizes = options.sizes ?? [1000, 2500, 5000];
  const stages = options.stages ?? 10;
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const log = options.log ?? ((line: string) => console.log(line));
  const outFile = options.outFile ?? TEMPLATE_RESULTS_FILE;
  const dir = mkdtempSync(join(tmpdir(), 'soc2-bench-template-'));
  const startLoad = loadAverage();
  const rules = await equalRules();
  const soc2 = (path: string, only?: string[]): Job => ({
    script: SOC2_WORKER,
    args: only ? ['scan', path, only.join(',')] : ['scan', path],
  });
  const floor = (path: string): Job => ({ script: SOC2_WORKER, args: ['floor', path] });
  const cdkNag = (args: string[], only?: string[]): Job => ({
    script: CDK_NAG_WORKER,
    args: only ? [...args, '--rules', only.join(',')] : args,
  });
  try {
    ensureBuiltCli(log);
    const wholeProcess = (path: string): WholeProcess => {
      log(`template bench: the shipped CLI end to end on ${path} ...`);
      return measureWholeProcess(path, join(dir, 'cli.sarif'), samples);
    };
    const templates: TemplateCase[] = [];
    const largest = Math.max(...sizes);
    for (const size of sizes) {
      const file = await writePlatformTemplate(dir, size);
      // At equal rules on the largest template only: the smaller ones would add minutes, not information.
      const equal = size === largest;
      log(
        `template bench: ${size} resources: floor, soc2 and cdk-nag through CfnInclude${equal ? ', both at equal rules' : ''} ...`,
      );
      const jobs: Record<string, Job> = {
        floor: floor(file),
        soc2: soc2(file),
        cdkNag: cdkNag(['include', file]),
        ...(equal
          ? {
              soc2EquivalentRules: soc2(file, rules.ourRules),
              cdkNagEquivalentRules: cdkNag(['include', file], rules.cdkNagRules),
            }
          : {}),
      };
      const measured = sampleTogether(jobs, samples);
      templates.push({
        label: `platform template, ${size} resources, short-form YAML`,
        format: 'yaml',
        cfnResources: size,
        stacks: 1,
        bytes: statSync(file).size,
        floor: ours(measured.floor),
        soc2: ours(measured.soc2),
        soc2EquivalentRules: equal ? ours(measured.soc2EquivalentRules) : undefined,
        cdkNagRoute: 'CfnInclude',
        cdkNag: measured.cdkNag,
        cdkNagEquivalentRules: equal ? measured.cdkNagEquivalentRules : undefined,
        wholeProcess: equal ? wholeProcess(file) : undefined,
      });
    }

    const jsonFile = await writeJsonTwin(join(dir, `platform-${largest}.yaml`));
    log(`template bench: ${largest} resources as JSON: floor, soc2 ...`);
    const json = sampleTogether({ floor: floor(jsonFile), soc2: soc2(jsonFile) }, samples);
    templates.push({
      label: `platform template, ${largest} resources, JSON`,
      format: 'json',
      cfnResources: largest,
      stacks: 1,
      bytes: statSync(jsonFile).size,
      floor: ours(json.floor),
      soc2: ours(json.soc2),
      wholeProcess: wholeProcess(jsonFile),
    });
    const yamlTwin = templates.find((entry) => entry.format === 'yaml' && entry.cfnResources === largest);
    const jsonTwin = templates.at(-1)!;
    if (JSON.stringify(yamlTwin?.soc2.counts.byStatus) !== JSON.stringify(jsonTwin.soc2.counts.byStatus)) {
      throw new Error(
        `the JSON and YAML forms of the ${largest}-resource template got different verdicts: ` +
          `${JSON.stringify(jsonTwin.soc2.counts.byStatus)} vs ${JSON.stringify(yamlTwin?.soc2.counts.byStatus)}`,
      );
    }

    log(`template bench: ${stages * 5}-stack CDK app: one synth for soc2 to scan ...`);
    const synthDir = join(dir, 'synth');
    mkdirSync(synthDir);
    const first = runChild(CDK_NAG_WORKER, [
      'plain-synth',
      String(stages),
      '--out',
      synthDir,
    ]) as WorkerSample;
    const cdkOutDir = String(first.counts.outdir);
    const counted = countTemplateResources(cdkOutDir);
    log(
      `template bench: CDK app (${counted.stacks} stacks): synth, soc2, cdk-nag validate-only and in synth ...`,
    );
    const app = sampleTogether(
      {
        plainSynth: cdkNag(['plain-synth', String(stages), '--out', synthDir]),
        floor: floor(cdkOutDir),
        soc2: soc2(cdkOutDir),
        soc2EquivalentRules: soc2(cdkOutDir, rules.ourRules),
        cdkNag: cdkNag(['app', String(stages)]),
        cdkNagEquivalentRules: cdkNag(['app', String(stages)], rules.cdkNagRules),
        cdkNagSynth: cdkNag(['synth', String(stages), '--out', synthDir]),
        cdkNagSynthEquivalentRules: cdkNag(['synth', String(stages), '--out', synthDir], rules.cdkNagRules),
      },
      samples,
    );
    const { STACKS_PER_STAGE } = await import('./cdk-nag/app.js');
    const cdkOut: TemplateCase = {
      label: `cdk.out, ${stages * STACKS_PER_STAGE} stacks (${stages} stages)`,
      format: 'cdk.out',
      cfnResources: counted.resources,
      stacks: counted.stacks,
      bytes: counted.bytes,
      floor: ours(app.floor),
      soc2: ours(app.soc2),
      soc2EquivalentRules: ours(app.soc2EquivalentRules),
      cdkNagRoute: 'CDK app',
      cdkNag: app.cdkNag,
      cdkNagEquivalentRules: app.cdkNagEquivalentRules,
      wholeProcess: wholeProcess(cdkOutDir),
    };
    const cdkApp: CdkAppFigures = {
      stages,
      plainSynth: ours(app.plainSynth),
      cdkNagSynth: app.cdkNagSynth,
      cdkNagSynthEquivalentRules: app.cdkNagSynthEquivalentRules,
    };

    const result: TemplateBenchResult = {
      benchmark: 'template',
      generatedAt: new Date().toISOString(),
      code: codeMeasured(),
      machine: machineInfo(),
      loadAverage1m: { start: startLoad, end: loadAverage() },
      samples,
      warmRuns: WARM_RUNS,
      notes: [
        `Both tools are sampled alike and together: ${samples} rounds, each running every measurement of an input once in a fresh Node process (the order rotating), so load that comes and goes falls on all alike; in each process, one cold run (what one CI run pays) then ${WARM_RUNS} warm runs; every figure is the median over the processes (coldFastestMs: the fastest cold run). Module loading is outside the timed runs; sinceProcessStartMs adds Node start and module loading (through tsx) to the cold run.`,
        'soc2 = load + parse + resolve + normalize, the rules, SARIF. cdk-nag 3 = constructMs (CfnInclude of the template, or building the CDK app) + validateMs (NagPack.validateScope).',
        'CDK app: plainSynth = build the app + app.synth() with no checks (what soc2 then scans); cdkNagSynth = the same with NIST80053R5Checks registered through Validations.of(app).addPlugins, as cdk-nag 3 documents (synth runs the pack and throws ValidationFailed on violations).',
        "Equal rules: soc2EquivalentRules runs only our rules with an equivalents.cdkNag id; cdkNagEquivalentRules runs only those cdk-nag rules (each pack's applyRule narrowed to them; the packs still walk the tree and dispatch every resource).",
        'floor = read + parse the same files with the parsers soc2 uses, nothing else; nodeStartMs = a bare `node -e ""` from spawn to exit.',
        'Every measured process starts without the variables in leftOutOfEnv: NODE_EXTRA_CA_CERTS makes each Node start load the system CA store first (about 90 ms on this machine), which no template scan needs and which would add the same constant to a CLI run and to its floor.',
        'maxRssKb is the process peak (process.resourceUsage().maxRSS), warm runs included, median over the processes.',
        'cdk.out: stacks counts top-level stacks; cfnResources includes the nested stacks.',
      ],
      nodeStartMs: nodeStartMs(samples),
      leftOutOfEnv: leftOutOfEnv(),
      equalRules: rules,
      templates,
      cdkOut,
      cdkApp,
      growth: templates
        .filter((entry) => entry.format === 'yaml')
        .map((entry) => ({
          cfnResources: entry.cfnResources,
          coldMsPer1000: (entry.soc2.coldMs / entry.cfnResources) * 1000,
          warmMsPer1000: (entry.soc2.warmMs / entry.cfnResources) * 1000,
        })),
      againstBefore:
        largest === 5000 && stages === 10
          ? {
              yaml5000: ratio(yamlTwin?.soc2.coldFastestMs ?? Number.NaN, BEFORE.yaml5000ColdMs),
              json5000: ratio(jsonTwin.soc2.coldFastestMs, BEFORE.json5000ColdMs),
              cdkOut: ratio(cdkOut.soc2.coldFastestMs, BEFORE.cdkOutColdMs),
              before: BEFORE,
            }
          : undefined,
    };
    mkdirSync(join(outFile, '..'), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
    log(`template bench: wrote ${outFile}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

if (process.argv[1] === THIS_FILE) {
  await runTemplateBench({
    samples: flag('samples') === undefined ? undefined : Number(flag('samples')),
    sizes: flag('sizes')?.split(',').map(Number),
    stages: flag('stages') === undefined ? undefined : Number(flag('stages')),
    outFile: flag('out'),
  });
}
