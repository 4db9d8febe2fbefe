/**
 * Which rules a scan runs (`--rules`, `--skip-rules`, `--severity`, `--family`)
 * and which of them cannot run on the scanned source. A rule that cannot run
 * is never silently absent: it is listed as not evaluated, with the reason.
 *
 * Only rules the user named with `--rules` (or a selection in which no rule
 * can run at all) make the run incomplete: the full catalogue on a template
 * scan always contains live-only rules, and that alone is not a gap in the
 * evidence the user asked for.
 */
import type { ResourceType } from '../inventory/model.js';
import type { Finding, NotEvaluatedRule } from './finding.js';
import {
  RULE_FAMILIES,
  SEVERITIES,
  type RuleFamily,
  type RuleMeta,
  type RuleSource,
  type Severity,
} from './rule.js';

export interface RuleSelection {
  /** Rule ids named with `--rules`; empty: every rule. */
  only: readonly string[];
  skip: readonly string[];
  /** Lowest severity kept. */
  minSeverity?: Severity;
  families: readonly RuleFamily[];
}

export interface SelectedRules<R extends RuleMeta> {
  /** Every selected rule, runnable or not (findings.json `rules`). */
  rules: R[];
  /** Selected rules that cannot run on this source. */
  notEvaluated: NotEvaluatedRule[];
}

export type ScannedSource = 'template' | 'live' | 'snapshot';

const SOURCE_WORDS: Record<RuleSource, string> = {
  live: 'live accounts and snapshots',
  template: 'templates',
};

export function ruleSourceOf(source: ScannedSource): RuleSource {
  return source === 'template' ? 'template' : 'live';
}

export function runsOn(rule: Pick<RuleMeta, 'sources'>, source: ScannedSource): boolean {
  return rule.sources === undefined || rule.sources.includes(ruleSourceOf(source));
}

/** "runs on live accounts and snapshots only, not on templates" */
export function notEvaluatedReason(rule: Pick<RuleMeta, 'sources'>, source: ScannedSource): string {
  const where = (rule.sources ?? []).map((kind) => SOURCE_WORDS[kind]).join(' and ');
  return `runs on ${where} only, not on ${SOURCE_WORDS[ruleSourceOf(source)]}`;
}

/** The resource types these rules are evaluated on or read through relations: what a source must normalize for them. */
export function typesReadBy(rules: readonly RuleMeta[]): Set<ResourceType> {
  return new Set(rules.flatMap((rule) => [...rule.appliesTo, ...(rule.reads ?? [])]));
}

/** Ids that name no rule, for a "did you mean" at the command line. */
export function unknownRuleIds(ids: readonly string[], catalogue: readonly RuleMeta[]): string[] {
  const known = new Set(catalogue.map((rule) => rule.id));
  return ids.filter((id) => !known.has(id));
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function isFamily(value: string): value is RuleFamily {
  return (RULE_FAMILIES as readonly string[]).includes(value);
}

function atLeast(severity: Severity, minimum: Severity | undefined): boolean {
  return minimum === undefined || SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(minimum);
}

/** The rules to run; ids must already be known (see `unknownRuleIds`). */
export function selectRules<R extends RuleMeta>(
  catalogue: readonly R[],
  selection: RuleSelection,
  source: ScannedSource,
): SelectedRules<R> {
  const rules = catalogue.filter(
    (rule) =>
      (selection.only.length === 0 || selection.only.includes(rule.id)) &&
      !selection.skip.includes(rule.id) &&
      atLeast(rule.severity, selection.minSeverity) &&
      (selection.families.length === 0 || selection.families.includes(rule.family)),
  );
  const cannotRun = rules.filter((rule) => !runsOn(rule, source));
  const nothingRuns = rules.length > 0 && cannotRun.length === rules.length;
  const notEvaluated = cannotRun.map((rule): NotEvaluatedRule => ({
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    criteria: rule.criteria,
    family: rule.family,
    reason: notEvaluatedReason(rule, source),
    required: nothingRuns || selection.only.includes(rule.id),
  }));
  return { rules, notEvaluated };
}

/**
 * The UNKNOWN finding of a required rule that could not run, so every output
 * (console, findings.json, SARIF, JUnit, the pack) and the exit code say the
 * evidence asked for is missing.
 */
export function notEvaluatedFinding(rule: RuleMeta, entry: NotEvaluatedRule, source: ScannedSource): Finding {
  const type = rule.appliesTo[0] ?? 'aws-account';
  return {
    ruleId: rule.id,
    title: rule.title,
    status: 'UNKNOWN',
    severity: rule.severity,
    controls: rule.criteria,
    resource: { type, id: `${type}:*` },
    message: `Not evaluated: ${rule.id} ${entry.reason}`,
    evidence: {
      notEvaluated: true,
      source,
      runsOn: [...(rule.sources ?? [])],
    },
  };
}
