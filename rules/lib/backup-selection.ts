/**
 * Whether an AWS Backup selection picks a resource, as AWS Backup assigns
 * resources: by Resources (ARNs, `*` wildcards) or ListOfTags (any of them),
 * then narrowed by Conditions (all of them) and NotResources. Anything that
 * cannot be decided before deployment is Unknown, never a match.
 */
import { isUnknown, unknown, type Maybe } from '../../src/inventory/maybe.js';
import type { BackupSelection, BackupTagCondition, Resource } from '../../src/inventory/model.js';

function glob(pattern: string, text: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(text);
}

/** Whether one Resources/NotResources entry names the resource. */
function entryNames(entry: string, resource: Resource): Maybe<boolean> {
  if (entry === resource.id || (resource.arn !== undefined && entry === resource.arn)) return true;
  if (!entry.includes('*')) return false;
  if (entry === '*') return true;
  if (resource.arn !== undefined) return glob(entry, resource.arn);
  return unknown(`whether pattern ${entry} matches it is known only once its ARN is (after deployment)`);
}

function anyEntry(entries: string[], resource: Resource): Maybe<boolean> {
  let undecided: Maybe<boolean> = false;
  for (const entry of entries) {
    const named = entryNames(entry, resource);
    if (named === true) return true;
    if (isUnknown(named)) undecided = named;
  }
  return undecided;
}

/** A tag's value: undefined when the resource has no such tag, Unknown when the template leaves it unresolved. */
function tagValue(resource: Resource, key: string): Maybe<string | undefined> {
  const value = resource.tags?.[key];
  if (value !== undefined) return value;
  const unresolved = resource.unresolvedTags;
  const why = unresolved?.values[key] ?? unresolved?.others;
  return why === undefined ? undefined : unknown(`tag ${key} is not known before deployment: ${why}`);
}

function conditionHolds(condition: BackupTagCondition, resource: Resource): Maybe<boolean> {
  const value = tagValue(resource, condition.key);
  if (isUnknown(value)) return value;
  switch (condition.operator) {
    case 'equals':
      return value === condition.value;
    case 'not-equals':
      return value !== condition.value;
    case 'like':
      return value !== undefined && glob(condition.value, value);
    case 'not-like':
      return value === undefined || !glob(condition.value, value);
  }
}

/** ListOfTags: true when one condition holds, Unknown when none does but one cannot be decided. */
function anyCondition(conditions: BackupTagCondition[], resource: Resource): Maybe<boolean> {
  let undecided: Maybe<boolean> = false;
  for (const condition of conditions) {
    const holds = conditionHolds(condition, resource);
    if (holds === true) return true;
    if (isUnknown(holds)) undecided = holds;
  }
  return undecided;
}

/** Conditions: false when one fails, Unknown when none fails but one cannot be decided. */
function allConditions(conditions: BackupTagCondition[], resource: Resource): Maybe<boolean> {
  let undecided: Maybe<boolean> = true;
  for (const condition of conditions) {
    const holds = conditionHolds(condition, resource);
    if (holds === false) return false;
    if (isUnknown(holds)) undecided = holds;
  }
  return undecided;
}

/** true: the selection backs the resource up; false: it does not; Unknown: cannot be told. */
export function selects(selection: BackupSelection, resource: Resource): Maybe<boolean> {
  const { resources, notResources, anyOfTags, allOfTags } = selection;
  if (isUnknown(resources)) return resources;
  if (isUnknown(anyOfTags)) return anyOfTags;
  if (isUnknown(allOfTags)) return allOfTags;
  if (isUnknown(notResources)) return notResources;
  const byResource = anyEntry(resources, resource);
  const byTags = anyCondition(anyOfTags, resource);
  let included: Maybe<boolean>;
  if (resources.length > 0 && anyOfTags.length > 0) {
    // Both given and disagreeing: which one wins is not decided here.
    if (isUnknown(byResource)) return byResource;
    if (isUnknown(byTags)) return byTags;
    included =
      byResource === byTags
        ? byResource
        : unknown(
            `selection ${selection.name ?? selection.id} picks it by one of Resources and ListOfTags only`,
          );
  } else if (resources.length > 0) included = byResource;
  else if (anyOfTags.length > 0) included = byTags;
  else included = false;
  if (included !== true) return included;
  const matchesAll = allConditions(allOfTags, resource);
  if (matchesAll !== true) return matchesAll;
  const excluded = anyEntry(notResources, resource);
  if (isUnknown(excluded)) return excluded;
  return !excluded;
}
