/**
 * A policy document written in a template (a vault's AccessPolicy, a
 * repository's RepositoryPolicyText) as the statements rules read. Only the
 * parts that decide who may do what must be resolved: an unresolved Resource
 * or Sid does not matter, an unresolved Principal, Action or Condition does.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import { policyStatements } from '../../../inventory/facts/policy-statements.js';
import type { PolicyStatement } from '../../../inventory/model.js';
import { ResourceRef, isValueObject, type Value } from '../values.js';
import { valueAt, type TemplateResource } from './context.js';

const IRRELEVANT = new Set(['Resource', 'NotResource', 'Sid']);
/** A document's own Id only labels it; templates often build it from AWS::StackName. */
const IRRELEVANT_AT_TOP = new Set([...IRRELEVANT, 'Id']);

function plain(value: Value, irrelevant: boolean, irrelevantKeys = IRRELEVANT): Maybe<unknown> {
  if (value instanceof Unknown || value instanceof ResourceRef) {
    if (irrelevant) return '<unresolved>';
    return value instanceof Unknown ? value : unknown(`${value.describe()} is known only after deployment`);
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const converted = plain(item, irrelevant);
      if (converted instanceof Unknown) return converted;
      items.push(converted);
    }
    return items;
  }
  if (isValueObject(value)) {
    const object: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const converted = plain(item, irrelevant || irrelevantKeys.has(key));
      if (converted instanceof Unknown) return converted;
      object[key] = converted;
    }
    return object;
  }
  return value;
}

/** The statements of the policy at `path`; undefined when the property is not set. */
export function templatePolicy(
  resource: TemplateResource,
  path: string,
): Maybe<PolicyStatement[] | undefined> {
  const value = valueAt(resource, path);
  if (value === undefined || value === null) return undefined;
  const converted = plain(value, false, IRRELEVANT_AT_TOP);
  if (converted instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${converted.reason}`);
  return policyStatements(converted, `${resource.logicalId}.${path}`);
}
