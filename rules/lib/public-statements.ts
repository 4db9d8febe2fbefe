/**
 * Whether resource-policy statements let anyone in: an Allow to `*` (or
 * `arn:aws:iam::*:root`) that no condition narrows to an account, an
 * organization, a source resource or a network.
 *
 * A condition narrows only when it must hold: a positive operator (equals,
 * like, ARN match, IP range), without IfExists (an absent key passes it) and
 * not ForAllValues (vacuously true when the key is absent), comparing with
 * values that name someone rather than everyone (`*`, `arn:aws:iam::*:*`).
 * Negated operators, Null and Bool narrow nothing.
 */
import { fail, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import { isUnknown, type Maybe } from '../../src/inventory/maybe.js';
import type { PolicyCondition, PolicyStatement } from '../../src/inventory/model.js';
import { coversAddressSpace } from './cidr-coverage.js';
import { isWorldCidr } from './security-group-exposure.js';

type ValueKind = 'account' | 'arn' | 'org-path' | 'user-id' | 'id' | 'ip';

/** Condition keys (lower-cased) that confine a statement to known callers, with what their values name. */
const CONFINING_KEYS = new Map<string, ValueKind>([
  ['aws:sourcearn', 'arn'],
  ['aws:sourceaccount', 'account'],
  ['aws:sourceowner', 'account'],
  ['aws:sourceorgid', 'id'],
  ['aws:sourceorgpaths', 'org-path'],
  ['aws:principalorgid', 'id'],
  ['aws:principalorgpaths', 'org-path'],
  ['aws:principalaccount', 'account'],
  ['aws:principalarn', 'arn'],
  ['aws:sourcevpc', 'id'],
  ['aws:sourcevpce', 'id'],
  ['aws:sourceip', 'ip'],
  ['aws:userid', 'user-id'],
  ['aws:username', 'id'],
  ['lambda:eventsourcetoken', 'id'],
]);

/** Operators that hold only when the key is present and equal to (or matching) a value. */
const POSITIVE_OPERATORS = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
  'ipaddress',
]);

const hasWildcard = (text: string) => /[*?]/.test(text);

/** `arn:partition:service:region:account:resource`: the account must be named, without wildcards. */
function namesOneAccountArn(value: string): boolean {
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const account = parts[4] ?? '';
  if (account === '') {
    // S3 ARNs carry no account: a bucket name names one bucket, unless it is a pattern.
    return !hasWildcard(value);
  }
  return !hasWildcard(account);
}

/** Whether one value names particular callers rather than a pattern anyone can meet. */
function valueConfines(kind: ValueKind, value: string, operator: string): boolean {
  if (value === '') return false;
  if (kind === 'ip') return !isWorldCidr(value);
  // Only the Like and ARN operators read wildcards; StringEquals compares the text as written.
  const wildcardsApply = operator.includes('like') || operator.startsWith('arn');
  if (!wildcardsApply || !hasWildcard(value)) return true;
  switch (kind) {
    case 'arn':
      return namesOneAccountArn(value);
    case 'org-path': {
      const organization = value.split('/')[0] ?? '';
      return organization !== '' && !hasWildcard(organization);
    }
    case 'user-id': {
      // `AROA...:*`: one role's sessions.
      const uniqueId = value.split(':')[0] ?? '';
      return value.includes(':') && uniqueId !== '' && !hasWildcard(uniqueId);
    }
    default:
      return false;
  }
}

/** Whether a condition must hold for a caller to be let in, and lets in only named callers. */
export function conditionConfines(
  condition: PolicyCondition,
  extraKeys: ReadonlyMap<string, ValueKind> = new Map(),
): boolean {
  const kind = CONFINING_KEYS.get(condition.key) ?? extraKeys.get(condition.key);
  if (kind === undefined) return false;
  let operator = condition.operator.toLowerCase();
  if (operator.startsWith('forallvalues:')) return false;
  if (operator.startsWith('foranyvalue:')) operator = operator.slice('foranyvalue:'.length);
  if (!POSITIVE_OPERATORS.has(operator)) return false;
  if (kind === 'ip' && operator !== 'ipaddress') return false;
  if (kind !== 'ip' && operator === 'ipaddress') return false;
  // Ranges that add up to every address (0.0.0.0/1 + 128.0.0.0/1) let everyone in as 0.0.0.0/0 does.
  if (
    kind === 'ip' &&
    (['ipv4', 'ipv6'] as const).some((family) => coversAddressSpace(condition.values, family))
  )
    return false;
  return (
    condition.values.length > 0 && condition.values.every((value) => valueConfines(kind, value, operator))
  );
}

function isAnyone(principal: string): boolean {
  return principal === '*' || /^arn:aws[\w-]*:iam::\*:root$/.test(principal);
}

export interface PublicOptions {
  /** Further condition keys (lower-cased) that name one account, such as `kms:calleraccount`. */
  accountKeys?: readonly string[];
}

function isConfined(statement: PolicyStatement, options: PublicOptions): boolean {
  const accountKeys = options.accountKeys ?? [];
  if (statement.conditions === undefined) {
    // A source that read only the keys: the keys of its generated statements (Lambda permissions) use positive operators.
    return statement.conditionKeys.some((key) => CONFINING_KEYS.has(key) || accountKeys.includes(key));
  }
  const extra = new Map(accountKeys.map((key) => [key, 'account' as const]));
  return statement.conditions.some((condition) => conditionConfines(condition, extra));
}

export function isPublicStatement(statement: PolicyStatement, options: PublicOptions = {}): boolean {
  return (
    statement.effect === 'Allow' && statement.principals.some(isAnyone) && !isConfined(statement, options)
  );
}

export function publicStatements(
  statements: readonly PolicyStatement[],
  options: PublicOptions = {},
): PolicyStatement[] {
  return statements.filter((statement) => isPublicStatement(statement, options));
}

/**
 * The verdict on one resource policy (`what` names it in messages, e.g. `queue policy`): FAIL naming the actions
 * open to anyone, UNKNOWN when the policy was not read, PASS otherwise.
 */
export function resourcePolicyOutcome(statements: Maybe<PolicyStatement[]>, what: string): Outcome {
  if (isUnknown(statements)) return undetermined(statements);
  const open = publicStatements(statements);
  const evidence = { statements: statements.length, public: open.length };
  const noun = what === '' ? 'statement' : `${what} statement`;
  if (open.length > 0) {
    const actions = open.flatMap((statement) => statement.actions).join(', ');
    return fail(`${open.length} ${noun}(s) allow any principal (${actions})`, evidence);
  }
  return pass(`no ${noun} allows an unrestricted principal`, evidence);
}
