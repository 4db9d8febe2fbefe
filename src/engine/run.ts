/**
 * Runs rules over an inventory and yields findings. Rules are pure; this is
 * where their exceptions become ERROR findings, where gaps in the inventory
 * become UNKNOWN findings for the whole population, and where suppressions apply.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { Gap, InlineSuppression, Resource, ResourceType } from '../inventory/model.js';
import type { Finding, FindingResource, NotEvaluatedRule } from './finding.js';
import { notEvaluatedFinding } from './rule-selection.js';
import { ROOT_CAUSE_RULE, type Outcome, type Rule, type RuleMeta, type SettingValues } from './rule.js';
import { missingSettings, settingsInForce } from './rule-settings.js';
import { applySuppressions, type FileSuppression } from './suppressions.js';
import { withTouchedGaps } from './touched-gaps.js';

export interface RunOptions {
  suppressions?: readonly FileSuppression[];
  /** Clock for suppression expiry; tests pin it. */
  now?: Date;
  /** Only these rule ids (default: all). */
  only?: readonly string[];
  /** Selected rules that cannot run on this source: the required ones get an UNKNOWN finding. */
  notEvaluated?: readonly NotEvaluatedRule[];
  /** Collects the suppressions that matched a finding, for `unusedSuppressions`. */
  usedSuppressions?: Set<InlineSuppression | FileSuppression>;
}

export function findingResourceOf(resource: Resource): FindingResource {
  const origin = resource.origin;
  // Literals rather than spreads of a shared base: this runs once per finding, tens of thousands of times a scan.
  if (origin.kind === 'template') {
    return {
      type: resource.type,
      id: resource.id,
      name: resource.name,
      arn: resource.arn,
      region: resource.region,
      logicalId: origin.logicalId,
      stack: origin.stack,
      cfnType: origin.cfnType,
      file: origin.file,
      line: origin.line,
      cdkPath: origin.cdkPath,
      condition: origin.condition,
    };
  }
  return {
    type: resource.type,
    id: resource.id,
    name: resource.name,
    arn: resource.arn,
    region: origin.region,
    account: origin.account,
  };
}

/** A template resource that exists only if its undecided condition holds says so in every message. */
function conditionNote(resource: Resource): string {
  const origin = resource.origin;
  if (origin.kind !== 'template' || origin.condition === undefined) return '';
  return ` (only if condition ${origin.condition} holds: ${origin.conditionReason ?? 'it could not be decided'})`;
}

function finding(
  rule: RuleMeta,
  resource: FindingResource,
  outcome: Outcome,
  message: string = outcome.message,
): Finding {
  return {
    ruleId: rule.id,
    title: rule.title,
    status: outcome.status,
    severity: rule.severity,
    controls: rule.criteria,
    resource,
    message,
    evidence: outcome.evidence ?? {},
  };
}

function evaluateSafely(
  rule: Rule,
  resource: Resource,
  inventory: Inventory,
  settings: SettingValues,
): Outcome | Error {
  try {
    return rule.evaluate(resource as never, inventory, settings);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A NOT_APPLICABLE deferring to a rule that is not run would hide the failure: it counts as one here. */
function withRootCause(outcome: Outcome, rulesRun: ReadonlySet<string>): Outcome {
  const root = outcome.evidence?.[ROOT_CAUSE_RULE];
  if (outcome.status !== 'NOT_APPLICABLE' || typeof root !== 'string' || rulesRun.has(root)) return outcome;
  return { ...outcome, status: 'FAIL', message: `${outcome.message} (counted here: ${root} was not run)` };
}

function appliesToSource(rule: RuleMeta, inventory: Inventory): boolean {
  const kind = inventory.meta.source === 'template' ? 'template' : 'live';
  return rule.sources === undefined || rule.sources.includes(kind);
}

/** Whether the rule can run here: on this source, with a value for each of its settings. */
function canRun(rule: Rule, inventory: Inventory): boolean {
  return appliesToSource(rule, inventory) && missingSettings(rule, settingsInForce(rule)).length === 0;
}

function gapFinding(rule: RuleMeta, gap: Gap): Finding {
  return finding(
    rule,
    {
      type: gap.resourceType,
      id: `${gap.resourceType}:*`,
      account: gap.account,
      region: gap.region,
    },
    {
      status: 'UNKNOWN',
      message: `The ${gap.resourceType} population could not be read${gap.region ? ` in ${gap.region}` : ''}: ${gap.reason}`,
      evidence: { action: gap.action, reason: gap.reason },
    },
  );
}

/**
 * One gap per type, account and region: a population read by several calls
 * (DB instance and cluster snapshots) that all failed is one UNKNOWN, naming
 * every failed call, so finding ids stay unique.
 */
function oneGapPerPlace(gaps: readonly Gap[]): Gap[] {
  const byPlace = new Map<string, Gap[]>();
  for (const gap of gaps) {
    const key = `${gap.resourceType}\u0000${gap.account ?? ''}\u0000${gap.region ?? ''}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), gap]);
  }
  return [...byPlace.values()].map((same) => {
    if (same.length === 1) return same[0]!;
    const distinct = (values: (string | undefined)[]): string[] => [
      ...new Set(values.filter((value): value is string => value !== undefined)),
    ];
    const actions = distinct(same.map((gap) => gap.action));
    const details = distinct(same.map((gap) => gap.detail));
    return {
      ...same[0]!,
      ...(actions.length > 0 ? { action: actions.join(', ') } : {}),
      reason: distinct(same.map((gap) => gap.reason)).join('; '),
      ...(details.length > 0 ? { detail: details.join('\n') } : {}),
    };
  });
}

/**
 * In an account scan, a control that must exist (a trail, a Config recorder)
 * fails where none was found: once per account, or in every scanned region
 * for `requiredInEveryRegion`. Templates may legitimately leave them out, and
 * a population that could not be read is already UNKNOWN.
 */
function missingPopulationFindings(rule: RuleMeta, inventory: Inventory, populationGaps: Gap[]): Finding[] {
  if (inventory.meta.source === 'template') return [];
  const found = rule.appliesTo.flatMap((type) => inventory.ofType(type));
  const accounts = inventory.meta.accounts ?? ['unknown'];
  const missing: Finding[] = [];
  if (rule.requiredInAccount && found.length === 0 && populationGaps.length === 0) {
    for (const account of accounts) {
      missing.push(
        finding(
          rule,
          { type: 'aws-account', id: account, account },
          {
            status: 'FAIL',
            message: `No ${rule.appliesTo.join(' or ')} exists in account ${account}`,
            evidence: { population: 0, regions: inventory.meta.regions ?? [] },
          },
        ),
      );
    }
  }
  if (rule.requiredInEveryRegion) {
    for (const region of inventory.meta.regions ?? []) {
      if (found.some((resource) => resource.region === region)) continue;
      if (populationGaps.some((gap) => gap.region === undefined || gap.region === region)) continue;
      for (const account of accounts) {
        missing.push(
          finding(
            rule,
            { type: 'aws-account', id: `${account}/${region}`, account, region },
            {
              status: 'FAIL',
              message: `No ${rule.appliesTo.join(' or ')} exists in ${region} of account ${account}`,
              evidence: { population: 0, region },
            },
          ),
        );
      }
    }
  }
  return missing;
}

export function runRules(inventory: Inventory, rules: readonly Rule[], options: RunOptions = {}): Finding[] {
  const now = options.now ?? new Date();
  const fileSuppressions = options.suppressions ?? [];
  const used = options.usedSuppressions;
  const rulesRun = new Set(
    rules
      .filter((rule) => (!options.only || options.only.includes(rule.id)) && canRun(rule, inventory))
      .map((rule) => rule.id),
  );
  const findings: Finding[] = [];
  const hasGaps = inventory.gaps.length > 0;
  // One finding resource per resource, shared by its findings (never mutated): a scan has tens of thousands.
  const findingResources = new Map<Resource, FindingResource>();
  const resourceOf = (resource: Resource): FindingResource => {
    let described = findingResources.get(resource);
    if (described === undefined) {
      described = findingResourceOf(resource);
      findingResources.set(resource, described);
    }
    return described;
  };
  for (const rule of rules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    if (!canRun(rule, inventory)) {
      const entry = options.notEvaluated?.find((candidate) => candidate.ruleId === rule.id);
      if (entry?.required) findings.push(notEvaluatedFinding(rule, entry, inventory.meta.source));
      continue;
    }
    const settings = settingsInForce(rule);
    for (const type of rule.appliesTo) {
      for (const resource of inventory.ofType(type)) {
        // Without gaps no verdict can rest on one: the recording view would only cost (most template scans).
        const touched = hasGaps ? new Set<ResourceType>() : undefined;
        const evaluated = evaluateSafely(
          rule,
          resource,
          touched ? inventory.recording(touched) : inventory,
          settings,
        );
        const outcome =
          evaluated instanceof Error
            ? evaluated
            : touched
              ? withTouchedGaps(withRootCause(evaluated, rulesRun), inventory, touched, resource)
              : withRootCause(evaluated, rulesRun);
        const result =
          outcome instanceof Error
            ? finding(rule, resourceOf(resource), {
                status: 'UNKNOWN',
                message: `rule error: ${outcome.message}`,
                evidence: { error: outcome.message },
              })
            : finding(rule, resourceOf(resource), outcome, outcome.message + conditionNote(resource));
        if (outcome instanceof Error) result.status = 'ERROR';
        findings.push(applySuppressions(result, rule, resource, fileSuppressions, now, used));
      }
    }
    // Gaps in related types surface per resource: through the inventory's lookups, and through `withTouchedGaps`.
    const populationGaps = rule.appliesTo.flatMap((type) => inventory.gapsFor(type));
    for (const gap of oneGapPerPlace(populationGaps)) {
      findings.push(applySuppressions(gapFinding(rule, gap), rule, undefined, fileSuppressions, now, used));
    }
    for (const missing of missingPopulationFindings(rule, inventory, populationGaps)) {
      findings.push(applySuppressions(missing, rule, undefined, fileSuppressions, now, used));
    }
  }
  return findings;
}
