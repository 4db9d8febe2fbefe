/**
 * IAM policy documents, read once for both sources: a template's evaluated
 * PolicyDocument (objects that may hold Unknowns) and a live answer's JSON.
 * Statement may be one object or a list; Action, NotAction, Resource and
 * NotResource may be one string or a list. A part that could not be read is
 * Unknown; rules then decide whether it matters (an unresolved Resource does
 * not matter when the actions already rule a grant out).
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../maybe.js';
import type { IamStatement, PatternList } from '../model/iam.js';

type Raw = unknown;

function isObject(value: Raw): value is Record<string, Raw> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** A live document: IAM returns it URL-encoded (RFC 3986) JSON. */
export function decodeLiveDocument(text: string | undefined, place: string): Raw {
  if (text === undefined || text === '') return unknown(`${place}: no policy document was returned`);
  for (const candidate of [text, safeDecode(text)]) {
    if (candidate === undefined) continue;
    try {
      return JSON.parse(candidate) as Raw;
    } catch {
      // try the next reading
    }
  }
  return unknown(`${place}: the policy document is not JSON`);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function patternList(statement: Record<string, Raw>, key: string, notKey: string, place: string) {
  const positive = statement[key];
  const negative = statement[notKey];
  if (positive !== undefined && negative !== undefined)
    return unknown(`${place}: both ${key} and ${notKey} are set (IAM rejects such a statement)`);
  const raw = positive ?? negative;
  const name = positive !== undefined ? key : notKey;
  if (raw === undefined) return unknown(`${place}: neither ${key} nor ${notKey} is set`);
  if (isUnknown(raw)) return unknown(`${place}: ${name}: ${raw.reason}`);
  const items = Array.isArray(raw) ? (raw as Raw[]) : [raw];
  const patterns: string[] = [];
  for (const item of items) {
    if (isUnknown(item)) return unknown(`${place}: ${name}: ${item.reason}`);
    if (typeof item !== 'string') return unknown(`${place}: ${name} holds a value that is not a string`);
    patterns.push(item);
  }
  return { not: negative !== undefined, patterns } satisfies PatternList;
}

/** IAM reads Effect as written: anything but `Allow` or `Deny` (`allow`) cannot be decided here. */
function effectOf(effect: Raw, place: string): Maybe<string> {
  if (isUnknown(effect)) return unknown(`${place}: Effect: ${effect.reason}`);
  if (typeof effect !== 'string') return unknown(`${place}: Effect is missing or not a string`);
  if (effect !== 'Allow' && effect !== 'Deny')
    return unknown(`${place}: Effect "${effect}" is neither Allow nor Deny`);
  return effect;
}

/**
 * Whether a Condition is there: certainly when some operator holds a key with
 * a value; Unknown when it may vanish (a template's Fn::If with AWS::NoValue).
 */
function conditionalOf(condition: Raw, place: string): Maybe<boolean> {
  if (condition === undefined || condition === null) return false;
  if (isUnknown(condition)) return unknown(`${place}: Condition: ${condition.reason}`);
  if (!isObject(condition)) return true;
  let undecided: Unknown | undefined;
  for (const block of Object.values(condition)) {
    if (isUnknown(block)) {
      undecided ??= block;
      continue;
    }
    if (!isObject(block)) return true;
    for (const value of Object.values(block)) {
      if (!isUnknown(value)) return true;
      undecided ??= value;
    }
  }
  return undecided ? unknown(`${place}: Condition: ${undecided.reason}`) : false;
}

function statementOf(raw: Raw, place: string): Maybe<IamStatement> {
  if (isUnknown(raw)) return unknown(`${place}: ${raw.reason}`);
  if (!isObject(raw)) return unknown(`${place}: not a statement object`);
  return {
    effect: effectOf(raw.Effect, place),
    actions: patternList(raw, 'Action', 'NotAction', place),
    resources: patternList(raw, 'Resource', 'NotResource', place),
    conditional: conditionalOf(raw.Condition, place),
  };
}

/** The statements of a document; Unknown when the document or its Statement could not be read at all. */
export function policyStatements(document: Raw, place: string): Maybe<IamStatement[]> {
  if (isUnknown(document)) return unknown(`${place}: ${document.reason}`);
  if (!isObject(document)) return unknown(`${place}: the policy document is not an object`);
  const raw = document.Statement;
  if (raw === undefined) return unknown(`${place}: the policy document has no Statement`);
  if (isUnknown(raw)) return unknown(`${place}: Statement: ${raw.reason}`);
  const list = Array.isArray(raw) ? (raw as Raw[]) : [raw];
  const statements: IamStatement[] = [];
  for (const [index, item] of list.entries()) {
    const statement = statementOf(item, `${place} statement ${index + 1}`);
    if (isUnknown(statement)) return statement;
    statements.push(statement);
  }
  return statements;
}

/** IAM wildcards: `*` any run of characters, `?` one; action names are case-insensitive. */
export function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'i').test(value);
}

/** Three-valued: true, false, or the Unknown that keeps it from being decided. */
export type Tri = boolean | Unknown;

/** Whether the statement's Action / NotAction covers one action (`iam:PassRole`). */
export function coversAction(actions: PatternList, action: string): boolean {
  const listed = actions.patterns.some((pattern) => globMatches(pattern, action));
  return actions.not ? !listed : listed;
}

/** Whether it covers every action (`*`, or NotAction: every action but a few, counted as everything). */
export function coversEveryAction(actions: PatternList): boolean {
  if (actions.not) return true;
  return actions.patterns.some((pattern) => pattern === '*' || pattern === '*:*');
}

/** Whether it covers a whole service (`cloudtrail:*`, `*`, or a NotAction that leaves the service out). */
export function coversWholeService(actions: PatternList, service: string): boolean {
  const mentions = (pattern: string) => {
    if (pattern === '*') return true;
    const [prefix, name] = pattern.split(':', 2);
    return prefix !== undefined && globMatches(prefix, service) && name !== undefined && name !== '';
  };
  if (actions.not) return !actions.patterns.some(mentions);
  return actions.patterns.some((pattern) => {
    if (pattern === '*') return true;
    const [prefix, name] = pattern.split(':', 2);
    return prefix !== undefined && name === '*' && globMatches(prefix, service);
  });
}

/** ARNs of different shapes (no account, no region, both): a pattern matching all of them matches every ARN. */
const SAMPLE_ARNS = [
  's3:::bucket',
  'iam::123456789012:role/name',
  'ec2:us-east-1:123456789012:instance/i-0123456789abcdef0',
  'logs:us-east-1:123456789012:log-group:name:*',
];
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];

/** Whether one Resource pattern matches every resource: `*`, `arn:*`, `arn:aws:*`, `arn:*:*:*:*:*` ... in `partitions`. */
function matchesEveryArn(pattern: string, partitions: readonly string[]): boolean {
  if (pattern === '*') return true;
  return partitions.every((partition) =>
    SAMPLE_ARNS.every((sample) => globMatches(pattern, `arn:${partition}:${sample}`)),
  );
}

/**
 * Whether a pattern may match every ARN of some partition. One that may not
 * fails some resource of each partition, and so does every pattern matching
 * less than it: a template's Resource whose unresolved pieces are read as `*`
 * (`arn:aws:ec2:*:*:instance/*`) then still proves its deployed value names
 * fewer than every resource.
 */
export function mayMatchEveryArn(pattern: string): boolean {
  return PARTITIONS.some((partition) => matchesEveryArn(pattern, [partition]));
}

/** The partition a pattern is written for, when it names one (`arn:aws-cn:...`). */
function partitionsOf(pattern: string): readonly string[] {
  const partition = pattern.split(':')[1];
  return partition !== undefined && PARTITIONS.includes(partition) ? [partition] : PARTITIONS;
}

/** Whether it applies to every resource (a pattern matching every ARN, or a NotResource: everything but some). */
export function coversEveryResource(resources: Maybe<PatternList>): Tri {
  if (isUnknown(resources)) return resources;
  if (resources.not) return true;
  return resources.patterns.some((pattern) => matchesEveryArn(pattern, partitionsOf(pattern)));
}

/** Whether it certainly applies to every resource in any partition: a NotResource leaves some out. */
function certainlyEveryResource(resources: Maybe<PatternList>): boolean {
  if (isUnknown(resources) || resources.not) return false;
  return resources.patterns.some((pattern) => matchesEveryArn(pattern, PARTITIONS));
}

/**
 * Whether some Allow statement grants what `grantsIn` asks of its actions
 * (and, with `everyResource`, on every resource). Deny statements never grant.
 * Returns the granting statement numbers, or an Unknown when a statement that
 * might grant could not be read.
 */
export function allowedBy(
  statements: readonly IamStatement[],
  grantsIn: (actions: PatternList) => boolean,
  options: { everyResource: boolean },
): { granted: number[] } | Unknown {
  const granted: number[] = [];
  let undecided: Unknown | undefined;
  for (const [index, statement] of statements.entries()) {
    if (statement.effect === 'Deny') continue;
    if (isUnknown(statement.actions)) {
      // Whatever its actions, a statement on certainly fewer than every resource grants nothing on every resource.
      if (options.everyResource && coversEveryResource(statement.resources) === false) continue;
      undecided ??= statement.actions;
      continue;
    }
    if (!grantsIn(statement.actions)) continue;
    const resource = options.everyResource ? coversEveryResource(statement.resources) : true;
    if (isUnknown(resource)) {
      undecided ??= resource;
      continue;
    }
    if (!resource) continue;
    if (isUnknown(statement.effect)) {
      undecided ??= statement.effect;
      continue;
    }
    if (statement.effect === 'Allow') granted.push(index + 1);
  }
  if (granted.length > 0) return { granted };
  return undecided ?? { granted };
}

/**
 * Whether the document allows one action at all (any resource) and no Deny
 * certainly takes it back: unconditional, and on every resource (a
 * NotResource Deny leaves the resources it names allowed).
 */
export function allowsAction(statements: readonly IamStatement[], action: string): Tri {
  const allowed = allowedBy(statements, (actions) => coversAction(actions, action), { everyResource: false });
  if (isUnknown(allowed)) return allowed;
  if (allowed.granted.length === 0) return false;
  const deniedEverywhere = statements.some(
    (statement) =>
      statement.effect === 'Deny' &&
      statement.conditional === false &&
      !isUnknown(statement.actions) &&
      coversAction(statement.actions, action) &&
      certainlyEveryResource(statement.resources),
  );
  return !deniedEverywhere;
}
