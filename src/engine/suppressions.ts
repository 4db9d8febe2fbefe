/**
 * Suppressions: accepted exceptions, each with a justification and an optional
 * expiry. A suppressed finding stays in every output as SUPPRESSED; an expired
 * one counts again with the lapsed suppression noted.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { InlineSuppression, Resource } from '../inventory/model.js';
import type { AppliedSuppression, Finding, UnusedSuppression } from './finding.js';
import type { Equivalents, RuleMeta } from './rule.js';

/** One entry of a suppressions file (`--suppressions FILE`). */
export interface FileSuppression {
  rule: string;
  /**
   * Which resources: an inventory id, ARN, name, logical id or CDK path;
   * `*` wildcards allowed. Omitted: every resource.
   */
  resource?: string;
  justification: string;
  expires?: string;
  /** The file it came from, for the evidence. */
  file: string;
}

const EQUIVALENT_KEY: Record<InlineSuppression['tool'], keyof Equivalents | undefined> = {
  soc2: undefined,
  checkov: 'checkov',
  cfn_nag: 'cfnNag',
  guard: 'guard',
  cdk_nag: 'cdkNag',
};

/** Does an inline suppression (ours, or another scanner's id) name this rule? */
export function inlineMatchesRule(suppression: InlineSuppression, rule: RuleMeta): boolean {
  const key = EQUIVALENT_KEY[suppression.tool];
  if (key === undefined) return suppression.id === rule.id;
  return rule.equivalents?.[key]?.includes(suppression.id) ?? false;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function fileMatchesResource(entry: FileSuppression, resource: Resource): boolean {
  if (entry.resource === undefined) return true;
  const pattern = globToRegExp(entry.resource);
  const origin = resource.origin;
  const names = [resource.id, resource.arn, resource.name];
  if (origin.kind === 'template') names.push(origin.logicalId, origin.cdkPath);
  return names.some((name) => name !== undefined && pattern.test(name));
}

/** True when `expires` (a date or timestamp) is before `now`. Dates expire at the end of that day (UTC). */
export function isExpired(expires: string | undefined, now: Date): boolean {
  if (expires === undefined) return false;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(expires);
  const limit = Date.parse(dateOnly ? `${expires}T23:59:59.999Z` : expires);
  if (Number.isNaN(limit)) return true;
  return limit < now.getTime();
}

/**
 * Apply the first matching suppression to a FAIL or UNKNOWN finding. PASS and
 * ERROR findings are never suppressed: an error is a defect to fix, not an exception.
 */
export function applySuppressions(
  finding: Finding,
  rule: RuleMeta,
  resource: Resource | undefined,
  fileSuppressions: readonly FileSuppression[],
  now: Date,
  /** Collects every suppression that matched a finding (applied or expired), to report the others as unused. */
  used?: Set<InlineSuppression | FileSuppression>,
): Finding {
  if (finding.status !== 'FAIL' && finding.status !== 'UNKNOWN') return finding;
  const candidates: Omit<AppliedSuppression, 'originalStatus'>[] = [];
  for (const inline of resource?.suppressions ?? []) {
    if (!inlineMatchesRule(inline, rule)) continue;
    used?.add(inline);
    candidates.push({
      justification: inline.justification,
      expires: inline.expires,
      source: `metadata:${inline.tool}`,
      matchedId: inline.id,
    });
  }
  for (const entry of fileSuppressions) {
    if (entry.rule !== rule.id) continue;
    if (resource ? !fileMatchesResource(entry, resource) : entry.resource !== undefined) continue;
    used?.add(entry);
    candidates.push({
      justification: entry.justification,
      expires: entry.expires,
      source: `file:${entry.file}`,
      matchedId: entry.rule,
    });
  }
  if (candidates.length === 0) return finding;
  const active = candidates.find((candidate) => !isExpired(candidate.expires, now));
  if (active) {
    return { ...finding, status: 'SUPPRESSED', suppression: { ...active, originalStatus: finding.status } };
  }
  return { ...finding, expiredSuppression: candidates[0] };
}

function appliesToSource(rule: RuleMeta, inventory: Inventory): boolean {
  const kind = inventory.meta.source === 'template' ? 'template' : 'live';
  return rule.sources === undefined || rule.sources.includes(kind);
}

function unusedInline(
  resource: Resource,
  inline: InlineSuppression,
  rules: readonly RuleMeta[],
  knownRuleIds: ReadonlySet<string> | undefined,
): string | undefined {
  const matching = rules.filter((rule) => inlineMatchesRule(inline, rule));
  if (matching.length === 0) {
    // Another scanner's id that maps to none of our rules is for that scanner; a rule left out by --rules was not run.
    if (inline.tool !== 'soc2' || knownRuleIds === undefined || knownRuleIds.has(inline.id)) return undefined;
    return `there is no rule "${inline.id}"`;
  }
  const applying = matching.filter((rule) => (rule.appliesTo as readonly string[]).includes(resource.type));
  if (applying.length === 0) {
    return `${matching.map((rule) => rule.id).join(', ')} does not apply to ${resource.type}`;
  }
  return `${applying.map((rule) => rule.id).join(', ')} did not fail or stay unknown on this resource`;
}

/**
 * Suppressions of the rules that ran which suppressed nothing: in resource
 * Metadata and in the suppressions file. `used` is what applySuppressions collected.
 */
export function unusedSuppressions(
  inventory: Inventory,
  rulesRun: readonly RuleMeta[],
  fileSuppressions: readonly FileSuppression[],
  used: ReadonlySet<InlineSuppression | FileSuppression>,
  knownRuleIds?: ReadonlySet<string>,
): UnusedSuppression[] {
  const rules = rulesRun.filter((rule) => appliesToSource(rule, inventory));
  const unused: UnusedSuppression[] = [];
  for (const resource of inventory.resources) {
    for (const inline of resource.suppressions ?? []) {
      if (used.has(inline)) continue;
      const reason = unusedInline(resource, inline, rules, knownRuleIds);
      if (reason === undefined) continue;
      const origin = resource.origin;
      unused.push({
        id: inline.id,
        source: `metadata:${inline.tool}`,
        resource: origin.kind === 'template' ? `${origin.stack}/${origin.logicalId}` : resource.id,
        file: origin.kind === 'template' ? origin.file : undefined,
        line: origin.kind === 'template' ? origin.line : undefined,
        reason,
      });
    }
  }
  for (const entry of fileSuppressions) {
    if (used.has(entry) || !rules.some((rule) => rule.id === entry.rule)) continue;
    unused.push({
      id: entry.rule,
      source: `file:${entry.file}`,
      resource: entry.resource,
      reason:
        entry.resource === undefined
          ? `${entry.rule} did not fail or stay unknown on any resource`
          : `${entry.rule} did not fail or stay unknown on any resource matching "${entry.resource}"`,
    });
  }
  return unused;
}
