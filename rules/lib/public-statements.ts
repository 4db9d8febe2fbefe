/**
 * Whether resource-policy statements let anyone in: an Allow to `*` (or
 * `arn:aws:iam::*:root`) that no condition narrows to an account, an
 * organization, a source resource or a network.
 */
import type { PolicyStatement } from '../../src/inventory/model.js';

/** Condition keys (lower-cased) that confine a statement to known callers. */
const CONFINING_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:userid',
  'aws:username',
  'lambda:eventsourcetoken',
]);

function isAnyone(principal: string): boolean {
  return principal === '*' || /^arn:aws[\w-]*:iam::\*:root$/.test(principal);
}

export function isPublicStatement(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.principals.some(isAnyone) &&
    !statement.conditionKeys.some((key) => CONFINING_KEYS.has(key))
  );
}

export function publicStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  return statements.filter(isPublicStatement);
}
