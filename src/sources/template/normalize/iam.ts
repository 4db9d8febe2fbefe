/**
 * IAM users, groups, roles and the policies of a template. Attachments are
 * read from both ends: a principal's ManagedPolicyArns / Groups, and a
 * policy's (or UserToGroupAddition's) Users, Groups and Roles lists.
 */
import { mayMatchEveryArn, policyStatements } from '../../../inventory/facts/iam-policy-document.js';
import { Unknown, isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  IamGroup,
  IamPolicy,
  IamPrincipalPolicies,
  IamRole,
  IamUser,
  InlinePolicy,
} from '../../../inventory/model.js';
import type { StackEvaluator } from '../evaluate.js';
import { isRecord } from '../read.js';
import { parseSub } from '../sub.js';
import { ResourceRef, isValueObject, type Value } from '../values.js';
import { mayNotExist } from './conditional-attachment.js';
import { trustStatements } from './trust-policy.js';
import {
  baseOf,
  linkListFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

/** Standalone inline policy types: each embeds one document in the principals it names. */
const STANDALONE_INLINE: Record<string, { list?: string; single?: string }> = {
  'AWS::IAM::Policy': {},
  'AWS::IAM::RolePolicy': { single: 'RoleName' },
  'AWS::IAM::UserPolicy': { single: 'UserName' },
  'AWS::IAM::GroupPolicy': { single: 'GroupName' },
};

const PRINCIPAL_LIST = { user: 'Users', group: 'Groups', role: 'Roles' } as const;
const PRINCIPAL_SINGLE = { user: 'UserName', group: 'GroupName', role: 'RoleName' } as const;
const NAME_PROPERTY = PRINCIPAL_SINGLE;
type PrincipalKind = keyof typeof PRINCIPAL_LIST;

type Part = 'resource' | 'condition' | 'deciding';

/** Which part of a statement a key opens: Resource patterns, Condition values, or a part that decides (Action, Effect ...). */
function partOf(key: string, inherited: Part): Part {
  if (key === 'Resource' || key === 'NotResource') return 'resource';
  if (key === 'Condition') return 'condition';
  return inherited;
}

/** An AWS resource's Ref or ARN names that one resource; a custom resource's values are whatever its code returns. */
function namesOneResource(ref: ResourceRef): boolean {
  // (The evaluator already leaves a custom resource's Ref and attributes Unknown.)
  return !ref.cfnType.startsWith('Custom::') && (ref.attribute === undefined || /Arn$/.test(ref.attribute));
}

/**
 * Evaluated values as a document policyStatements reads. A resource's Ref or
 * ARN in Resource names that resource (never a wildcard): kept as text naming
 * it; anywhere that decides who may do what (Action, Effect), or from a custom
 * resource, it is known only after deployment: Unknown.
 */
function plain(value: Value | undefined, part: Part = 'deciding'): unknown {
  if (value instanceof ResourceRef) {
    if (part === 'condition' || (part === 'resource' && namesOneResource(value)))
      return `<${value.describe()}>`;
    return unknown(`${value.describe()} is known only after deployment`);
  }
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) return value.map((item) => plain(item, part));
  if (isValueObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = plain(value[key], partOf(key, part));
    return copy;
  }
  return value;
}

// ---- an Allow's Resource with unresolved pieces ----------------------------------
//
// `Resource: !Sub arn:aws:ec2:${AWS::Region}:${AWS::AccountId}:instance/${Instance}`
// is unresolved as a whole, yet its literal text already rules out "every
// resource". Read with `*` for each unresolved piece, it is a pattern matching
// at least what the deployed ARN will match. Only an Allow's Resource is read
// so: a wider Allow can only grant more, while a wider Deny or NotResource
// would deny more (or leave out more) than the template does. And only a
// pattern that still leaves some resources out is kept: `${Prefix}` read as
// `*` proves nothing, the entry stays Unknown.

/** A raw template node that calls an intrinsic function (`{ "Fn::Sub": ... }`), not a written mapping. */
function isIntrinsic(node: unknown): node is Record<string, unknown> {
  if (!isRecord(node)) return false;
  const keys = Object.keys(node);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] as string).startsWith('Fn::'));
}

const DYNAMIC_REFERENCES = /\{\{resolve:[^{}]*\}\}/g;
/** IAM policy variables (`${aws:username}`, `${*}`) are replaced per request: read as `*` too. */
const POLICY_VARIABLES = /\$\{[^{}]*\}/g;
/** Deeper expressions are read as `*` outright. */
const MAX_DEPTH = 16;

/** Literal text of a template: a dynamic reference in it is resolved at deploy time, so `*`. */
function literalText(text: string): string {
  return text.replace(DYNAMIC_REFERENCES, '*');
}

/** What an expression's value matches at most, as a pattern: its text where resolved, `*` for each unresolved piece. */
function widened(node: unknown, evaluator: StackEvaluator, depth = 0): string {
  const value = evaluator.evaluate(node);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (depth >= MAX_DEPTH) return '*';
  if (typeof node === 'string') return literalText(node);
  if (!isIntrinsic(node)) return '*';
  if ('Fn::Sub' in node) return widenedSub(node['Fn::Sub'], evaluator, depth + 1);
  if ('Fn::Join' in node) return widenedJoin(node['Fn::Join'], evaluator, depth + 1);
  if ('Fn::If' in node) {
    const [name, whenTrue, whenFalse] = Array.isArray(node['Fn::If']) ? (node['Fn::If'] as unknown[]) : [];
    const holds = typeof name === 'string' ? evaluator.condition(name) : undefined;
    if (holds === true) return widened(whenTrue, evaluator, depth + 1);
    if (holds === false) return widened(whenFalse, evaluator, depth + 1);
  }
  return '*';
}

function widenedSub(argument: unknown, evaluator: StackEvaluator, depth: number): string {
  const [template, variables] = Array.isArray(argument) ? (argument as unknown[]) : [argument];
  const text = typeof template === 'string' ? template : evaluator.evaluate(template);
  if (typeof text !== 'string') return '*';
  const locals = isRecord(variables) ? variables : {};
  return parseSub(text)
    .map((part) => {
      if ('literal' in part) return literalText(part.literal);
      const name = part.variable;
      if (Object.hasOwn(locals, name)) return widened(locals[name], evaluator, depth);
      const dot = name.indexOf('.');
      const reference =
        dot > 0 && !name.startsWith('AWS::')
          ? { 'Fn::GetAtt': [name.slice(0, dot), name.slice(dot + 1)] }
          : { Ref: name };
      return widened(reference, evaluator, depth);
    })
    .join('');
}

function widenedJoin(argument: unknown, evaluator: StackEvaluator, depth: number): string {
  const [separatorNode, list] = Array.isArray(argument) ? (argument as unknown[]) : [];
  const separator = evaluator.evaluate(separatorNode);
  if (typeof separator !== 'string' || !Array.isArray(list)) return '*';
  const pieces: string[] = [];
  for (const item of list) {
    const value = evaluator.evaluate(item);
    if (value === undefined) continue; // AWS::NoValue: no piece, no separator
    // An undecided Fn::If may drop the piece and its separator: the count of separators is not known.
    if (separator !== '' && value instanceof Unknown && isIntrinsic(item) && 'Fn::If' in item) return '*';
    pieces.push(widened(item, evaluator, depth));
  }
  return pieces.join(separator);
}

/** An unresolved Resource entry as a pattern, when that pattern still leaves some resources out. */
function widenedEntry(node: unknown, evaluator: StackEvaluator): string | undefined {
  const pattern = widened(node, evaluator).replace(POLICY_VARIABLES, '*');
  return mayMatchEveryArn(pattern) ? undefined : pattern;
}

/** The written (raw) node and evaluated value one key or index further down, when both are written out alike. */
function stepDown(raw: unknown, value: unknown, key: string): [unknown, unknown] | undefined {
  if (Array.isArray(raw)) {
    // A list the evaluator shortened (an AWS::NoValue item) no longer lines up with what was written.
    if (!Array.isArray(value) || value.length !== raw.length) return undefined;
    return [raw[Number(key)], value[Number(key)]];
  }
  if (!isRecord(raw) || isIntrinsic(raw) || !isRecord(value) || !Object.hasOwn(raw, key)) return undefined;
  return [raw[key], value[key]];
}

/**
 * An Allow statement with its unresolved Resource entries read as patterns
 * where they can be; `widenedAt` collects the statement's index when one was.
 */
function widenedStatement(
  statement: unknown,
  raw: unknown,
  evaluator: StackEvaluator,
): Record<string, unknown> | undefined {
  if (!isRecord(statement) || statement.Effect !== 'Allow' || statement.NotResource !== undefined) return;
  const resource = statement.Resource;
  if (Array.isArray(resource)) {
    const written = stepDown(raw, statement, 'Resource')?.[0];
    if (!Array.isArray(written) || written.length !== resource.length) return;
    if (!resource.some(isUnknown)) return;
    const entries = resource.map((item, index) =>
      isUnknown(item) ? (widenedEntry(written[index], evaluator) ?? item) : item,
    );
    return { ...statement, Resource: entries };
  }
  if (!isUnknown(resource)) return;
  const written = stepDown(raw, statement, 'Resource')?.[0];
  const entry = written === undefined ? undefined : widenedEntry(written, evaluator);
  return entry === undefined ? undefined : { ...statement, Resource: entry };
}

/**
 * The document with its Allow statements' unresolved Resource entries read as
 * patterns where they can be, and the (0-based) statements that were.
 */
function widenedDocument(
  document: unknown,
  resource: TemplateResource,
  path: string,
): { document: unknown; widenedAt: Set<number> } {
  const widenedAt = new Set<number>();
  const template = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  let place: [unknown, unknown] | undefined = [
    isRecord(template) ? template.Properties : undefined,
    resource.properties,
  ];
  for (const key of path.split('.')) place = place && stepDown(place[0], place[1], key);
  const statements = place && stepDown(place[0], document, 'Statement');
  if (!statements || !isRecord(document)) return { document, widenedAt };
  const [raw, value] = statements;
  const evaluator = resource.evaluator;
  if (Array.isArray(value)) {
    if (!Array.isArray(raw) || raw.length !== value.length) return { document, widenedAt };
    const list = value.map((statement, index) => {
      const read = widenedStatement(statement, raw[index], evaluator);
      if (read) widenedAt.add(index);
      return read ?? statement;
    });
    return { document: { ...document, Statement: list }, widenedAt };
  }
  const read = widenedStatement(value, raw, evaluator);
  if (read) widenedAt.add(0);
  return { document: read ? { ...document, Statement: read } : document, widenedAt };
}

function documentAt(resource: TemplateResource, path: string, place: string) {
  const raw = valueAt(resource, path);
  if (raw === undefined) return unknown(`${place}: PolicyDocument is not set`);
  // A document may be written as a JSON string too.
  if (typeof raw === 'string') {
    try {
      return policyStatements(JSON.parse(raw) as unknown, place);
    } catch {
      return unknown(`${place}: PolicyDocument is a string that is not JSON`);
    }
  }
  const { document, widenedAt } = widenedDocument(plain(raw), resource, path);
  const statements = policyStatements(document, place);
  if (isUnknown(statements)) return statements;
  for (const index of widenedAt) {
    const resources = statements[index]?.resources;
    if (resources && !isUnknown(resources)) resources.widened = true;
  }
  return statements;
}

/** Whether a Users/Groups/Roles link names this principal: its template id, or its literal name. */
function names(principal: TemplateResource, kind: PrincipalKind, link: string): boolean {
  if (link === principal.id) return true;
  const literal = valueAt(principal, NAME_PROPERTY[kind]);
  return typeof literal === 'string' && literal === link;
}

/** Links of a policy resource's principal list, or its single principal property. */
function principalLinks(resource: TemplateResource, kind: PrincipalKind): Maybe<string[]> {
  const listed = linkListFact(resource, PRINCIPAL_LIST[kind]);
  if (isUnknown(listed)) return listed;
  const single = STANDALONE_INLINE[resource.cfnType]?.single === PRINCIPAL_SINGLE[kind];
  if (!single) return listed ?? [];
  const one = linkListFact(resource, PRINCIPAL_SINGLE[kind]);
  if (isUnknown(one)) return one;
  return [...(listed ?? []), ...(one ?? [])];
}

function embeddedInline(resource: TemplateResource): Maybe<InlinePolicy[]> {
  const list = valueAt(resource, 'Policies');
  if (list === undefined || list === null) return [];
  if (list instanceof Unknown) return unknown(`${resource.logicalId}.Policies: ${list.reason}`);
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.Policies is not a list`);
  const policies: InlinePolicy[] = [];
  for (const index of list.keys()) {
    const name = stringFact(resource, `Policies.${index}.PolicyName`);
    const label = typeof name === 'string' ? name : `#${index + 1}`;
    policies.push({
      name: label,
      statements: documentAt(
        resource,
        `Policies.${index}.PolicyDocument`,
        `${resource.logicalId} policy ${label}`,
      ),
    });
  }
  return policies;
}

/** The policies attached to or embedded in a principal, from both ends of the template. */
function principalPolicies(
  resource: TemplateResource,
  kind: PrincipalKind,
  index: TemplateIndex,
): Required<IamPrincipalPolicies> {
  const ownManaged = linkListFact(resource, 'ManagedPolicyArns');
  let managed: Maybe<string[]> = isUnknown(ownManaged) ? ownManaged : [...(ownManaged ?? [])];
  let inline = embeddedInline(resource);
  for (const other of index.values()) {
    const managedPolicy = other.cfnType === 'AWS::IAM::ManagedPolicy';
    if (!managedPolicy && !STANDALONE_INLINE[other.cfnType]) continue;
    const links = principalLinks(other, kind);
    if (isUnknown(links)) {
      const why = unknown(`${other.logicalId} may name ${resource.logicalId}: ${links.reason}`);
      if (managedPolicy) managed = isUnknown(managed) ? managed : why;
      else inline = isUnknown(inline) ? inline : why;
      continue;
    }
    if (!links.some((link) => names(resource, kind, link))) continue;
    if (managedPolicy) {
      if (!isUnknown(managed) && !managed.includes(other.id)) managed.push(other.id);
    } else if (!isUnknown(inline)) {
      const name = stringFact(other, 'PolicyName');
      // Its document is judged on its own iam-policy resource.
      inline.push({
        name: typeof name === 'string' ? name : other.logicalId,
        statements: [],
        standaloneId: other.id,
      });
    }
  }
  return { managedPolicyArns: managed, inlinePolicies: inline };
}

export function iamRole(resource: TemplateResource, index: TemplateIndex): IamRole {
  return {
    type: 'iam-role',
    ...baseOf(resource, 'RoleName'),
    ...principalPolicies(resource, 'role', index),
    trustStatements: trustStatements(resource, index),
  };
}

function groupsOfUser(resource: TemplateResource, index: TemplateIndex): Maybe<string[]> {
  const own = linkListFact(resource, 'Groups');
  if (isUnknown(own)) return own;
  const groups = [...(own ?? [])];
  let conditional: Unknown | undefined;
  for (const other of resourcesOfType(index, 'AWS::IAM::UserToGroupAddition')) {
    const users = linkListFact(other, 'Users');
    if (isUnknown(users)) return unknown(`${other.logicalId} may add ${resource.logicalId}: ${users.reason}`);
    if (!(users ?? []).some((link) => names(resource, 'user', link))) continue;
    const group = linkListFact(other, 'GroupName');
    if (isUnknown(group)) return group;
    // Only "in no group" is a finding: a membership that may not be deployed proves nothing.
    const mayNotBe = mayNotExist(other, resource);
    if (mayNotBe) conditional ??= mayNotBe;
    else groups.push(...(group ?? []));
  }
  return groups.length === 0 && conditional ? conditional : groups;
}

export function iamUser(resource: TemplateResource, index: TemplateIndex): IamUser {
  const loginProfile = valueAt(resource, 'LoginProfile');
  return {
    type: 'iam-user',
    ...baseOf(resource, 'UserName'),
    hasConsolePassword:
      loginProfile instanceof Unknown
        ? unknown(`${resource.logicalId}.LoginProfile: ${loginProfile.reason}`)
        : loginProfile !== undefined && loginProfile !== null,
    mfaActive: unknown('MFA devices are assigned after deployment: a template does not show them'),
    accessKeys: unknown('access keys are created after deployment: a template does not show them'),
    groupNames: groupsOfUser(resource, index),
    ...principalPolicies(resource, 'user', index),
  };
}

function membersOfGroup(resource: TemplateResource, index: TemplateIndex): Maybe<string[]> {
  const members: string[] = [];
  let conditional: Unknown | undefined;
  for (const other of index.values()) {
    if (other.cfnType === 'AWS::IAM::User') {
      const groups = groupsOfUser(other, index);
      if (isUnknown(groups)) return groups;
      if (groups.some((link) => names(resource, 'group', link))) members.push(other.id);
    } else if (other.cfnType === 'AWS::IAM::UserToGroupAddition') {
      const group = linkListFact(other, 'GroupName');
      if (isUnknown(group)) return group;
      if (!(group ?? []).some((link) => names(resource, 'group', link))) continue;
      const users = linkListFact(other, 'Users');
      if (isUnknown(users)) return users;
      const mayNotBe = mayNotExist(other, resource);
      if (mayNotBe) conditional ??= mayNotBe;
      else members.push(...(users ?? []));
    }
  }
  if (members.length === 0 && conditional) return conditional;
  if (members.length === 0)
    return unknown(`no user of this template joins ${resource.logicalId}; members may be added outside it`);
  return [...new Set(members)];
}

export function iamGroup(resource: TemplateResource, index: TemplateIndex): IamGroup {
  return {
    type: 'iam-group',
    ...baseOf(resource, 'GroupName'),
    memberNames: membersOfGroup(resource, index),
    ...principalPolicies(resource, 'group', index),
  };
}

function attachmentsOf(resource: TemplateResource, index: TemplateIndex): Maybe<number> {
  let count = 0;
  for (const kind of Object.keys(PRINCIPAL_LIST) as PrincipalKind[]) {
    const links = principalLinks(resource, kind);
    if (isUnknown(links)) return links;
    count += links.length;
  }
  if (resource.cfnType !== 'AWS::IAM::ManagedPolicy') return count;
  for (const other of index.values()) {
    if (!['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'].includes(other.cfnType)) continue;
    const arns = linkListFact(other, 'ManagedPolicyArns');
    if (isUnknown(arns))
      return unknown(`${other.logicalId} may attach ${resource.logicalId}: ${arns.reason}`);
    if ((arns ?? []).includes(resource.id)) count += 1;
  }
  if (count === 0)
    return unknown(`nothing in this template attaches ${resource.logicalId}; another stack may, by its ARN`);
  return count;
}

export function iamPolicy(resource: TemplateResource, index: TemplateIndex): IamPolicy {
  const managed = resource.cfnType === 'AWS::IAM::ManagedPolicy';
  return {
    type: 'iam-policy',
    ...baseOf(resource, managed ? 'ManagedPolicyName' : 'PolicyName'),
    kind: managed ? 'customer-managed' : 'inline',
    statements: documentAt(resource, 'PolicyDocument', `${resource.logicalId}.PolicyDocument`),
    attachmentCount: attachmentsOf(resource, index),
  };
}

/** The AWS-managed policy that allows every action on every resource, in any partition. */
const ADMINISTRATOR_ACCESS = /^arn:aws[\w-]*:iam::aws:policy\/AdministratorAccess$/;
const PRINCIPAL_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);

/**
 * AWS-managed AdministratorAccess as the live source shows an attached
 * AWS-managed policy: its own iam-policy resource, here placed at the first
 * principal that attaches it. Its document is published and fixed (Allow `*`
 * on `*`); other AWS-managed documents are not known to a template and are
 * left to the live scan, as before.
 */
export function attachedAdministratorAccess(resources: readonly TemplateResource[]): IamPolicy[] {
  const byArn = new Map<string, { first: TemplateResource; attachments: number }>();
  for (const resource of resources) {
    if (!PRINCIPAL_TYPES.has(resource.cfnType)) continue;
    const arns = valueAt(resource, 'ManagedPolicyArns');
    if (!Array.isArray(arns)) continue;
    for (const arn of arns) {
      if (typeof arn !== 'string' || !ADMINISTRATOR_ACCESS.test(arn)) continue;
      const seen = byArn.get(arn);
      if (seen) seen.attachments += 1;
      else byArn.set(arn, { first: resource, attachments: 1 });
    }
  }
  return [...byArn].map(([arn, { first, attachments }]) => ({
    type: 'iam-policy',
    id: arn,
    arn,
    name: 'AdministratorAccess',
    origin: first.origin,
    region: 'global',
    kind: 'aws-managed',
    statements: [
      {
        effect: 'Allow',
        actions: { not: false, patterns: ['*'] },
        resources: { not: false, patterns: ['*'] },
        conditional: false,
      },
    ],
    attachmentCount: attachments,
  }));
}
