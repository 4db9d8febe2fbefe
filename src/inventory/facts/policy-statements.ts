/**
 * A resource-based policy document (Lambda GetPolicy, ECR GetRepositoryPolicy,
 * a template's policy text) as the statements public-access rules read.
 * A document that cannot be read as a policy is Unknown, never "no statements".
 */
import { unknown, type Maybe } from '../maybe.js';
import type { PolicyStatement } from '../model/policy.js';

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

function conditionKeysOf(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!isRecord(value)) return undefined;
  const keys: string[] = [];
  for (const operands of Object.values(value)) {
    if (!isRecord(operands)) return undefined;
    keys.push(...Object.keys(operands).map((key) => key.toLowerCase()));
  }
  return keys;
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
    const conditionKeys = conditionKeysOf(entry.Condition);
    if ((effect !== 'Allow' && effect !== 'Deny') || !principals || !actions || !conditionKeys) {
      return unknown(`${subject}: statement ${index} could not be read`);
    }
    statements.push({ effect, principals, actions, conditionKeys });
  }
  return statements;
}
