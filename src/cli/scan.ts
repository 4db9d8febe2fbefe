/**
 * `soc2 scan`: source -> inventory -> rules -> findings -> outputs -> exit code.
 * This file only wires the steps; each lives in its own folder.
 */
import { join, resolve } from 'node:path';
import { allRules, RULES_VERSION } from '../../rules/index.js';
import { compareFindings } from '../engine/changes.js';
import type { Finding, ScanResult } from '../engine/finding.js';
import { buildScanResult } from '../engine/result.js';
import { runRules } from '../engine/run.js';
import type { RuleFamily, Severity } from '../engine/rule.js';
import {
  runsOn,
  selectRules,
  typesReadBy,
  unknownRuleIds,
  type ScannedSource,
} from '../engine/rule-selection.js';
import { loadSuppressionsFile } from '../engine/suppressions-file.js';
import { loadSettingsFile } from '../engine/settings-file.js';
import { configureRules } from '../engine/rule-settings.js';
import { unusedSuppressions, type FileSuppression } from '../engine/suppressions.js';
import type { InlineSuppression, ResourceType } from '../inventory/model.js';
import { suggestion } from './did-you-mean.js';
import { InputError } from '../errors.js';
import type { SourceResult } from '../sources/source.js';
import type { RateLimits } from '../sources/live/rate-limits.js';
import type { OrgFlags } from '../sources/org/flags.js';
import type { OrgEvaluation, OrgSourceResult } from '../sources/org/index.js';
import type { LiveScanFlags } from '../sources/org/scan-options.js';
import type { Shard } from '../sources/org/select.js';
import type { FindingSpool } from '../report/pack/finding-spool.js';
import { PACKAGE_ROOT } from '../version.js';
import { redactSecrets } from '../sources/secrets.js';
import { stacksToLocate, withNextSteps, withSourceLocations } from '../engine/next-steps.js';
import { EXIT, exitCodeOfVerdict, type FailOn } from './exit-codes.js';
import { checkScanInputs } from './scan-inputs.js';
import { wantsColor, type Io } from './io.js';
import type { OutputFormat, StdoutFormat } from '../report/formats.js';

export interface ScanOptions {
  templates: string[];
  snapshot?: string;
  sample: boolean;
  parameters: Record<string, string>;
  parameterFiles: string[];
  name?: string;
  profile?: string;
  regions: string[];
  roleArn?: string;
  externalId?: string;
  suppressionsFile?: string;
  /** `--settings`: values for rules that declare settings. */
  settingsFile?: string;
  onlyRules: string[];
  skipRules: string[];
  /** `--severity`: the lowest severity of the rules run. */
  minSeverity?: Severity;
  families: RuleFamily[];
  /** `--rules-dir`: a team's own rules, added to the catalogue. */
  rulesDirs: string[];
  outDir?: string;
  formats: OutputFormat[];
  /** `--format json|sarif|junit|markdown|ocsf|asff` without `--out` (or `--out -`): that output on stdout, the summary on stderr. */
  stdoutFormat?: StdoutFormat;
  templateDir?: string;
  /** A findings.json or pack to compare with; "none" to skip; default: the newest pack under outDir. */
  baseline?: string;
  /** Also copy findings.parquet into this Hive-partitioned history folder. */
  historyDir?: string;
  signKey?: string;
  kmsSignKey?: string;
  /** `new`: only failures (and evidence lost) since the baseline fail the run. */
  failOn: FailOn | 'new';
  failOnUnknown: boolean;
  quiet: boolean;
  concurrency?: number;
  /** `--rate-limit` values, checked by the live source. */
  rateLimits?: readonly string[];
  /** `--source config`: configurations from AWS Config where it records them. */
  inventory?: 'api' | 'config';
  /** `--org` and its filters: every account of the organization instead of the caller's. */
  org?: OrgFlags;
}

/** The bundled sample account, the README's no-credentials default. */
export const SAMPLE_SNAPSHOT = join(PACKAGE_ROOT, 'examples', 'sample-account', 'snapshot.json');

async function loadSource(
  options: ScanOptions,
  io: Io,
  rateLimits: RateLimits | undefined,
  wantedTypes: ReadonlySet<ResourceType> | undefined,
): Promise<SourceResult> {
  if (options.templates.length > 0) {
    const { loadTemplateSource } = await import('../sources/template/index.js');
    return loadTemplateSource(options.templates, {
      parameters: options.parameters,
      parameterFiles: options.parameterFiles,
      name: options.name,
      cwd: io.cwd,
      wantedTypes,
    });
  }
  if (options.snapshot !== undefined || options.sample) {
    const { loadSnapshotSource } = await import('../sources/snapshot/index.js');
    return loadSnapshotSource(
      options.snapshot !== undefined ? resolve(io.cwd, options.snapshot) : SAMPLE_SNAPSHOT,
    );
  }
  const { loadLiveSource } = await import('../sources/live/index.js');
  const load =
    options.inventory === 'config'
      ? (await import('../sources/config/index.js')).loadConfigSource
      : loadLiveSource;
  return load(
    {
      profile: options.profile,
      regions: options.regions,
      roleArn: options.roleArn,
      externalId: options.externalId,
      concurrency: options.concurrency,
      quiet: options.quiet,
      ...(rateLimits !== undefined ? { rateLimits } : {}),
    },
    io,
  );
}

/** "What changed since last night": against --baseline, or the newest pack of this scope under --out. */
async function withChanges(
  result: ScanResult,
  options: ScanOptions,
  io: Io,
  /** A streamed scan's spool: its findings, and the baseline's, are compared one at a time from disk. */
  spool?: FindingSpool,
): Promise<ScanResult> {
  // Without a baseline or a pack folder there is nothing to compare with: the pack reader is not even loaded.
  if (options.baseline === 'none' || (options.baseline === undefined && options.outDir === undefined))
    return result;
  const previous = await import('../report/pack/previous.js');
  const file =
    options.baseline !== undefined
      ? await previous.baselineFile(resolve(io.cwd, options.baseline))
      : options.outDir !== undefined
        ? await previous.latestPackFile(resolve(io.cwd, options.outDir), result.scan.scope)
        : undefined;
  if (file === undefined) return result;
  if (spool !== undefined) {
    const baseline = previous.streamedBaseline(file);
    try {
      const changes = compareFindings(baseline.findings, spool.read(), { startedAt: '', source: file });
      return {
        ...result,
        changes: { ...changes, baseline: { startedAt: baseline.scan().startedAt, source: file } },
      };
    } catch (error) {
      // The baseline's own faults say which file; anything else (the spool) is not the baseline's.
      throw error instanceof InputError ? previous.unreadableBaseline(file, error) : error;
    }
  }
  const baseline = await previous.readBaseline(file);
  const changes = compareFindings(baseline.result.findings, result.findings, {
    startedAt: baseline.result.scan.startedAt,
    source: baseline.source,
  });
  return { ...result, changes };
}

async function renderFormat(result: ScanResult, format: StdoutFormat, io: Io): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).renderFindingsJson(result);
    case 'sarif':
      return (await import('../report/sarif.js')).renderSarif(result, { srcRoot: io.cwd });
    case 'junit':
      return (await import('../report/junit.js')).renderJunit(result);
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(result);
    case 'ocsf':
      return (await import('../report/ocsf.js')).renderOcsf(result);
    case 'asff':
      return (await import('../report/asff.js')).renderAsff(result);
  }
}

/** Template findings say what to do about a missing resource, and CDK ones where the app created the construct. */
async function templateFindings(findings: Finding[], source: SourceResult): Promise<Finding[]> {
  const next = withNextSteps(findings);
  const stacks = stacksToLocate(next);
  if (source.constructSources === undefined || stacks.size === 0) return next;
  return withSourceLocations(next, await source.constructSources(stacks));
}

export async function runScan(options: ScanOptions, io: Io): Promise<number> {
  const startedAt = new Date();
  const orgShard = options.org
    ? (await import('../sources/org/flags.js')).checkOrgFlags(options.org, options)
    : undefined;
  await checkScanInputs(options, io);
  const rateLimits =
    options.rateLimits !== undefined && options.rateLimits.length > 0
      ? (await import('../sources/live/rate-limits.js')).parseRateLimitFlags(options.rateLimits)
      : undefined;
  const catalogue =
    options.rulesDirs.length > 0
      ? [
          ...allRules,
          ...(await (
            await import('../engine/custom-rules.js')
          ).loadCustomRules(options.rulesDirs, allRules, io.cwd)),
        ]
      : allRules;
  const knownIds = new Set(catalogue.map((rule) => rule.id));
  for (const [flag, ids] of [
    ['--rules', options.onlyRules],
    ['--skip-rules', options.skipRules],
  ] as const) {
    for (const id of unknownRuleIds(ids, catalogue))
      throw new InputError(
        `unknown rule id "${id}" in ${flag}${suggestion(id, [...knownIds])} (soc2 rules lists them)`,
      );
  }
  const sourceKind: ScannedSource =
    options.templates.length > 0
      ? 'template'
      : options.snapshot !== undefined || options.sample
        ? 'snapshot'
        : 'live';
  const selection = selectRules(
    catalogue,
    {
      only: options.onlyRules,
      skip: options.skipRules,
      minSeverity: options.minSeverity,
      families: options.families,
    },
    sourceKind,
  );
  if (selection.rules.length === 0) {
    throw new InputError(
      'no rule is left to run: --rules, --skip-rules, --severity and --family exclude them all',
    );
  }
  const suppressions: FileSuppression[] = options.suppressionsFile
    ? await loadSuppressionsFile(options.suppressionsFile, knownIds, io.cwd, (id) =>
        suggestion(id, [...knownIds]),
      )
    : [];

  if (options.historyDir !== undefined && options.outDir === undefined)
    throw new InputError("--history copies the pack's findings.parquet: it needs --out DIR");
  if (options.outDir !== undefined) {
    const { checkPackOptions } = await import('../report/pack/index.js');
    await checkPackOptions({
      formats: options.formats,
      templateDir: options.templateDir !== undefined ? resolve(io.cwd, options.templateDir) : undefined,
      signKey: options.signKey !== undefined ? resolve(io.cwd, options.signKey) : undefined,
    });
  }

  const given = options.settingsFile
    ? await loadSettingsFile(options.settingsFile, catalogue, io.cwd, suggestion)
    : new Map();
  const configured = configureRules(
    selection.rules.filter((rule) => runsOn(rule, sourceKind)),
    given,
    (rule) => options.onlyRules.includes(rule.id),
  );
  const bound = new Map(configured.rules.map((rule) => [rule.id, rule]));
  const rules = selection.rules.map((rule) => bound.get(rule.id) ?? rule);
  const notEvaluated = [...selection.notEvaluated, ...configured.notEvaluated];
  const usedSuppressions = new Set<InlineSuppression | FileSuppression>();
  const runOptions = { suppressions, now: startedAt, usedSuppressions, notEvaluated };
  // An organization is evaluated one account at a time, as each account's scan ends.
  const source: SourceResult & { findings?: Finding[]; findingSpool?: FindingSpool } = options.org?.org
    ? await loadOrgScanWithSpool({ ...options, rateLimits }, options.org, orgShard, io, {
        rules,
        run: runOptions,
      })
    : await loadSource(
        options,
        io,
        rateLimits,
        // A template is normalized only as far as the selected rules read it; custom rules' `reads`
        // are their authors' word, which no test holds to, so with them every type is normalized.
        options.rulesDirs.length === 0
          ? typesReadBy(rules.filter((rule) => runsOn(rule, sourceKind)))
          : undefined,
      );
  // A streamed organization scan holds only what the report prints, with every count exact (report-sample.ts).
  const spool = source.findingSpool;
  const ruled = spool
    ? spool.sample.findings()
    : (source.findings ?? runRules(source.inventory, rules, runOptions));
  const unused = unusedSuppressions(source.inventory, rules, suppressions, usedSuppressions, knownIds);
  const findings =
    source.inventory.meta.source === 'template' ? await templateFindings(ruled, source) : ruled;
  const scanned = buildScanResult({
    scan: {
      source: source.inventory.meta.source,
      scope: source.scope,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      parameters: {
        ...source.parameters,
        suppressionsFile: options.suppressionsFile,
        settingsFile: options.settingsFile,
        rules: options.onlyRules.length > 0 ? options.onlyRules : undefined,
        skipRules: options.skipRules.length > 0 ? options.skipRules : undefined,
        severity: options.minSeverity,
        families: options.families.length > 0 ? options.families : undefined,
        rulesDirs: options.rulesDirs.length > 0 ? options.rulesDirs : undefined,
        failOn: options.failOn,
        failOnUnknown: options.failOnUnknown,
      },
      accounts: source.accounts,
      regions: source.regions,
      callerIdentity: source.callerIdentity,
      dataSources: source.dataSources,
      evidenceDates: source.evidenceDates,
    },
    rules,
    rulesVersion: RULES_VERSION,
    findings,
    inventory: source.inventory,
  });
  const withBroken = {
    ...scanned,
    ...(source.brokenInputs ? { brokenInputs: source.brokenInputs } : {}),
    ...(unused.length > 0 ? { unusedSuppressions: unused } : {}),
    ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
  };
  // NoEcho parameter values given for this scan never reach an output.
  const result = redactSecrets(await withChanges(withBroken, options, io, spool), source.secrets ?? []);

  if (options.failOn === 'new' && result.changes === undefined)
    io.stderr.write('soc2: --fail-on new: no earlier run to compare with, so every failure counts as new\n');
  const { renderConsoleSummary } = await import('../report/console.js');
  const summary = options.stdoutFormat !== undefined ? io.stderr : io.stdout;
  summary.write(
    renderConsoleSummary(result, {
      color: options.stdoutFormat !== undefined ? false : wantsColor(io),
      quiet: options.quiet,
      gate: { failOn: options.failOn, failOnUnknown: options.failOnUnknown },
    }),
  );
  if (options.stdoutFormat !== undefined)
    io.stdout.write(await renderFormat(result, options.stdoutFormat, io));

  if (options.outDir !== undefined) {
    const { writePack } = await import('../report/pack/index.js');
    const pack = await writePack(result, {
      outDir: resolve(io.cwd, options.outDir),
      formats: options.formats,
      snapshot: source.snapshot,
      evidenceFiles: source.evidenceFiles,
      templateDir: options.templateDir !== undefined ? resolve(io.cwd, options.templateDir) : undefined,
      signKey: options.signKey !== undefined ? resolve(io.cwd, options.signKey) : undefined,
      kmsSignKey: options.kmsSignKey,
      historyDir: options.historyDir !== undefined ? resolve(io.cwd, options.historyDir) : undefined,
      ...(spool ? { findingSpool: spool } : {}),
      log: (line) => io.stderr.write(`${line}\n`),
    });
    // Even with -q: a nightly job needs to know where the evidence went.
    io.stdout.write(`Evidence pack: ${pack.dir}\n`);
  }
  await source.dispose?.();

  const broken = result.brokenInputs?.length ?? 0;
  if (broken > 0) {
    io.stderr.write(
      `soc2: ${broken} broken template file(s) were not scanned (listed above and in the outputs); the other templates were\n`,
    );
    return EXIT.badInput;
  }
  const { verdictOf } = await import('../report/verdict.js');
  return exitCodeOfVerdict(
    verdictOf(result, { failOn: options.failOn, failOnUnknown: options.failOnUnknown }),
  );
}

/** `--org`: the organization source, its findings spooled to disk for the pack (both loaded only for such a scan). */
async function loadOrgScanWithSpool(
  options: LiveScanFlags,
  flags: OrgFlags,
  shard: Shard | undefined,
  io: Io,
  evaluation: OrgEvaluation,
): Promise<OrgSourceResult & { findingSpool?: FindingSpool }> {
  const [{ loadOrgScan }, { FindingSpool: Spool }] = await Promise.all([
    import('../sources/org/scan-options.js'),
    import('../report/pack/finding-spool.js'),
  ]);
  return loadOrgScan(options, flags, shard, io, evaluation, (file) => new Spool(file));
}
