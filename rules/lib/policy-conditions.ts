/**
 * Reading a policy document's statements with their condition values (which
 * facts/policy-statements.ts leaves out), as JSON from a Get answer or as
 * evaluated template values, where any part may be Unknown (an unresolved
 * intrinsic): a statement whose deciding parts are Unknown cannot answer.
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../../src/inventory/maybe.js';

export type Statement = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);

/** The statements of a policy document; Unknown when the document or its Statement list is. */
export function statementsOf(policy: unknown): Maybe<Statement[]> {
  if (isUnknown(policy)) return policy;
  if (!isObject(policy)) return unknown('the policy document is not an object');
  const statements = policy.Statement;
  if (isUnknown(statements)) return statements;
  const list = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  const unresolved = list.find(isUnknown);
  if (unresolved) return unresolved;
  if (!list.every(isObject)) return unknown('a policy statement is not an object');
  return list;
}

/** The first Unknown anywhere inside a value (template values keep Unknown where an intrinsic did not resolve). */
export function unknownInside(value: unknown): Unknown | undefined {
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownInside(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const item of Object.values(value)) {
      const found = unknownInside(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** A policy element that may be one string or a list of them, as strings. */
export function stringsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'string' ? item : ''));
}

/** `Principal: "*"` or `{ AWS: "*" }`: anyone, in any account, signed or not. */
export function isEveryonePrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (!isObject(principal)) return false;
  return stringsOf(principal.AWS).includes('*') || stringsOf(principal.CanonicalUser).includes('*');
}

/** A condition operator's block, matched case-insensitively on its keys (IAM condition keys are). */
export function conditionValues(condition: unknown, operators: string[], key: string): string[] | undefined {
  if (!isObject(condition)) return undefined;
  for (const operator of operators) {
    const block = condition[operator];
    if (!isObject(block)) continue;
    for (const [name, value] of Object.entries(block)) {
      if (name.toLowerCase() === key.toLowerCase()) {
        return (Array.isArray(value) ? value : [value]).map((item) => String(item).toLowerCase());
      }
    }
  }
  return undefined;
}

/** Whether a statement's condition holds for requests sent without TLS (`aws:SecureTransport` false). */
export function appliesToInsecureTransport(condition: unknown): boolean {
  const secureTransport = conditionValues(condition, ['Bool', 'BoolIfExists'], 'aws:SecureTransport');
  return secureTransport !== undefined && secureTransport.includes('false');
}

/**
 * Whether a Deny's Condition applies to every request sent without TLS and
 * to nothing narrower: its only condition is `aws:SecureTransport` false under
 * Bool or BoolIfExists. Any further key or operator (a StringEquals, a
 * NumericLessThan s3:TlsVersion, which an HTTP request lacks) narrows the Deny.
 */
export function onlyInsecureTransport(condition: unknown): boolean {
  if (!isObject(condition)) return false;
  const operators = Object.entries(condition);
  if (operators.length !== 1) return false;
  const [operator, block] = operators[0] ?? [];
  if (operator !== 'Bool' && operator !== 'BoolIfExists') return false;
  if (!isObject(block)) return false;
  const keys = Object.keys(block);
  return (
    keys.length === 1 &&
    keys[0]?.toLowerCase() === 'aws:securetransport' &&
    appliesToInsecureTransport(condition)
  );
}

/** Whether a statement widens or narrows itself with NotPrincipal, NotAction or NotResource. */
export function usesNegatedElements(statement: Statement): boolean {
  return (
    statement.NotPrincipal !== undefined ||
    statement.NotAction !== undefined ||
    statement.NotResource !== undefined
  );
}

/** Patterns compiled once: a scan repeats the same few across hundreds of buckets. Bounded for organization scans. */
const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 10_000;

/**
 * IAM wildcards over a whole value: `*` any run of characters, `?` one.
 * Actions compare case-insensitively, as IAM does; ARNs (Resource) as written.
 */
export function iamWildcardMatches(pattern: string, value: string, ignoreCase = false): boolean {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let regex = compiledPatterns.get(key);
  if (regex === undefined) {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'i' : '');
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(key, regex);
  }
  return regex.test(value);
}
