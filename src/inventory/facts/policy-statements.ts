/**
 * A resource-based policy document (Lambda GetPolicy, ECR GetRepositoryPolicy,
 * a template's policy text) as the statements public-access rules read.
 * A document that cannot be read as a policy is Unknown, never "no statements".
 */
import { unknown, type Maybe } from '../maybe.js';
import type { PolicyCondition, PolicyStatement } from '../model/policy.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return undefined;
}

/** `"*"`, `{ "AWS": "*" }`, `{ "Service": "s3.amazonaws.com" }` ... flattened. */
function principalsOf(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  const direct = strings(value);
  if (direct) return direct;
  if (!isRecord(value)) return undefined;
  const all: string[] = [];
  for (const entry of Object.values(value)) {
    const list = strings(entry);
    if (!list) return undefined;
    all.push(...list);
  }
  return all;
}

/** A condition value as text: one string, number or boolean, or a list of them. */
function conditionValues(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const texts: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') texts.push(item);
    else if (typeof item === 'number' || typeof item === 'boolean') texts.push(String(item));
    else return undefined;
  }
  return texts;
}

/** Every key under every operator, with its values; undefined when the Condition cannot be read. */
function conditionsOf(value: unknown): PolicyCondition[] | undefined {
  if (value === undefined) return [];
  if (!isRecord(value)) return undefined;
  const conditions: PolicyCondition[] = [];
  for (const [operator, operands] of Object.entries(value)) {
    if (!isRecord(operands)) return undefined;
    for (const [key, raw] of Object.entries(operands)) {
      const values = conditionValues(raw);
      if (!values) return undefined;
      conditions.push({ operator, key: key.toLowerCase(), values });
    }
  }
  return conditions;
}

/** The statements of a policy document (an object or its JSON text); `subject` names it in reasons. */
export function policyStatements(document: unknown, subject: string): Maybe<PolicyStatement[]> {
  let parsed = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document) as unknown;
    } catch {
      return unknown(`${subject}: the policy is not valid JSON`);
    }
  }
  if (!isRecord(parsed)) return unknown(`${subject}: the policy is not a JSON object`);
  const raw = parsed.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const statements: PolicyStatement[] = [];
  for (const [index, entry] of list.entries()) {
    if (!isRecord(entry)) return unknown(`${subject}: statement ${index} is not an object`);
    const effect = entry.Effect;
    // NotPrincipal and NotAction widen a statement in ways this reading does not follow.
    if (entry.NotPrincipal !== undefined || entry.NotAction !== undefined) {
      return unknown(`${subject}: statement ${index} uses NotPrincipal or NotAction`);
    }
    const principals = principalsOf(entry.Principal);
    const actions = entry.Action === undefined ? [] : strings(entry.Action);
    const conditions = conditionsOf(entry.Condition);
    if ((effect !== 'Allow' && effect !== 'Deny') || !principals || !actions || !conditions) {
      return unknown(`${subject}: statement ${index} could not be read`);
    }
    const conditionKeys = conditions.map((condition) => condition.key);
    statements.push({ effect, principals, actions, conditionKeys, conditions });
  }
  return statements;
}
