/** Lambda functions, with the AWS::Lambda::Permission resources that grant invocation of them. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import { setting } from '../../../inventory/facts/setting.js';
import { createPlace } from '../../../inventory/facts/place.js';
import type {
  ExternalResourcePolicy,
  LambdaFunction,
  PolicyCondition,
  PolicyStatement,
} from '../../../inventory/model.js';
import {
  baseOf,
  linkFact,
  linkListFact,
  mayBeAbsent,
  numberFact,
  resourcesOfType,
  stringFact,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { isRecord } from '../read.js';
import { parseSub } from '../sub.js';

/** A function name without its qualifier: `name:alias`, `account:function:name:version` and full ARNs all name `name`. */
function unqualifiedName(target: string): string {
  const marker = ':function:';
  const at = target.indexOf(marker);
  const rest = at >= 0 ? target.slice(at + marker.length) : target;
  return rest.split(':')[0] ?? rest;
}

/** Aliases and versions are invoked through a permission on them, but they run (and are) their function. */
const FUNCTION_QUALIFIERS = new Set(['AWS::Lambda::Alias', 'AWS::Lambda::Version']);

/**
 * The function a permission's FunctionName designates: the inventory id of a
 * template function (through any alias or version), or an unqualified name.
 */
function permissionTarget(
  permission: TemplateResource,
  index: TemplateIndex,
): Maybe<{ id: string } | { name: string } | undefined> {
  let holder = permission;
  for (let depth = 0; depth < 4; depth++) {
    const target = linkFact(holder, 'FunctionName');
    if (target === undefined || target instanceof Unknown) return target;
    const named = index.get(target);
    if (named === undefined) return { name: unqualifiedName(target) };
    if (!FUNCTION_QUALIFIERS.has(named.cfnType)) return { id: target };
    holder = named;
  }
  return unknown(`${permission.logicalId}.FunctionName: too many aliases and versions to follow`);
}

/** The pattern of names an `Fn::Sub` function name can take (its variables as wildcards), if it is one. */
function unresolvedNamePattern(fn: TemplateResource): RegExp | undefined {
  const raw = fn.evaluator.stack.file.template.Resources[fn.logicalId];
  const expression = isRecord(raw) && isRecord(raw.Properties) ? raw.Properties.FunctionName : undefined;
  const sub = isRecord(expression) ? expression['Fn::Sub'] : undefined;
  const text: unknown = Array.isArray(sub) ? sub[0] : sub;
  if (typeof text !== 'string') return undefined;
  const source = parseSub(text)
    .map((part) => ('literal' in part ? part.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.*'))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Whether a permission's target is this function. A name can only be matched
 * against a resolved function name; when the function's name is unresolved, a
 * name no other function of the template has and its pattern allows may be it.
 */
function targetsFunction(
  target: { id: string } | { name: string },
  fn: TemplateResource,
  index: TemplateIndex,
  permission: TemplateResource,
): Maybe<boolean> {
  if ('id' in target) return target.id === fn.id;
  const own = fn.properties.FunctionName;
  if (typeof own === 'string') return target.name === own;
  // Without FunctionName, CloudFormation names the function with a random suffix no template can write.
  if (own === undefined) return false;
  const takenByAnother = resourcesOfType(index, 'AWS::Lambda::Function').some(
    (other) => other !== fn && other.properties.FunctionName === target.name,
  );
  if (takenByAnother || unresolvedNamePattern(fn)?.test(target.name) === false) return false;
  return unknown(
    `${permission.logicalId}.FunctionName ${target.name} may name ${fn.logicalId}, whose FunctionName is unresolved`,
  );
}

/** Conditions a Permission adds; their keys are those a policy statement would carry. */
/** The condition Lambda writes into the function's policy for each property (as GetPolicy returns it). */
const CONDITION_PROPERTIES: Record<string, { key: string; operator: string }> = {
  SourceArn: { key: 'aws:sourcearn', operator: 'ArnLike' },
  SourceAccount: { key: 'aws:sourceaccount', operator: 'StringEquals' },
  PrincipalOrgID: { key: 'aws:principalorgid', operator: 'StringEquals' },
  FunctionUrlAuthType: { key: 'lambda:functionurlauthtype', operator: 'StringEquals' },
  EventSourceToken: { key: 'lambda:eventsourcetoken', operator: 'StringEquals' },
};

function permissionStatement(permission: TemplateResource): Maybe<PolicyStatement> {
  const principal = stringFact(permission, 'Principal');
  const action = stringFact(permission, 'Action');
  if (principal instanceof Unknown) return principal;
  if (action instanceof Unknown) return action;
  const conditionKeys: string[] = [];
  const conditions: PolicyCondition[] = [];
  for (const [property, { key, operator }] of Object.entries(CONDITION_PROPERTIES)) {
    const value =
      property === 'SourceArn' ? linkFact(permission, property) : stringFact(permission, property);
    if (value instanceof Unknown && mayBeAbsent(permission, property))
      return unknown(`${permission.logicalId}.${property} may be absent (${value.reason})`);
    if (value === undefined) continue;
    // Known only at deploy time: most often the ARN of a resource (an API's, a bucket's), one specific value.
    conditionKeys.push(key);
    conditions.push({
      operator,
      key,
      values: [value instanceof Unknown ? `(${property} set at deploy time)` : value],
    });
  }
  return {
    effect: 'Allow',
    principals: principal === undefined ? [] : [principal],
    actions: action === undefined ? [] : [action],
    conditionKeys,
    conditions,
  };
}

function permissionsOf(fn: TemplateResource, index: TemplateIndex): Maybe<PolicyStatement[]> {
  const statements: PolicyStatement[] = [];
  for (const other of resourcesOfType(index, 'AWS::Lambda::Permission')) {
    const target = permissionTarget(other, index);
    if (target instanceof Unknown) {
      return unknown(
        `${other.logicalId}.FunctionName is unresolved, so it may grant invocation of this function: ${target.reason}`,
      );
    }
    if (target === undefined) continue;
    const targeted = targetsFunction(target, fn, index, other);
    if (targeted instanceof Unknown) return targeted;
    if (!targeted) continue;
    const statement = permissionStatement(other);
    if (statement instanceof Unknown) return statement;
    statements.push(statement);
  }
  return statements;
}

/**
 * The function outside the scanned templates a permission grants invocation
 * of, as written (a name or ARN); Unknown when it is unresolved (an import, a
 * parameter, another resource's attribute), which may name either. Undefined
 * when it certainly names a function of the templates, whose policy holds it.
 */
function functionOutside(permission: TemplateResource, index: TemplateIndex): Maybe<string> | undefined {
  const target = permissionTarget(permission, index);
  if (target === undefined) return unknown(`${permission.logicalId}.FunctionName is not set`);
  if (target instanceof Unknown) return target;
  if ('id' in target) {
    const named = index.get(target.id);
    if (named === undefined || named.cfnType === 'AWS::Lambda::Function') return undefined;
    return unknown(
      `${permission.logicalId}.FunctionName names ${named.logicalId} (${named.cfnType}), whose value is known only at deployment`,
    );
  }
  // A name that only may be a template function's (its FunctionName unresolved) may name another: judged here too.
  const functions = resourcesOfType(index, 'AWS::Lambda::Function');
  if (functions.some((fn) => targetsFunction(target, fn, index, permission) === true)) return undefined;
  const written = linkFact(permission, 'FunctionName');
  return typeof written === 'string' && index.get(written) === undefined ? written : target.name;
}

/**
 * An AWS::Lambda::Permission on a function the scanned templates do not
 * create, as the statement Lambda adds to that function's policy (read as for
 * a template function); undefined when it is a template function's.
 */
export function externalLambdaPermission(
  permission: TemplateResource,
  index: TemplateIndex,
): ExternalResourcePolicy | undefined {
  const outside = functionOutside(permission, index);
  if (outside === undefined) return undefined;
  const statement = permissionStatement(permission);
  return {
    type: 'external-resource-policy',
    ...baseOf(permission),
    targetKind: 'lambda-function',
    targets: [outside],
    policyStatements: statement instanceof Unknown ? statement : [statement],
  };
}

export function lambdaFunction(resource: TemplateResource, index: TemplateIndex): LambdaFunction {
  const place = createPlace(resource.logicalId);
  const subnets = linkListFact(resource, 'VpcConfig.SubnetIds');
  return {
    type: 'lambda-function',
    ...baseOf(resource, 'FunctionName'),
    policyStatements: permissionsOf(resource, index),
    // No VpcConfig: the function runs outside any VPC of the account (Lambda's default).
    inVpc: subnets instanceof Unknown ? subnets : (subnets ?? []).length > 0,
    deadLetterTargetArn: setting(
      linkFact(resource, 'DeadLetterConfig.TargetArn'),
      place,
      'DeadLetterConfig.TargetArn',
      {
        createDefault: undefined,
        defaultSource: 'AWS::Lambda::Function DeadLetterConfig (optional: no dead-letter queue)',
      },
    ),
    reservedConcurrency: setting(
      numberFact(resource, 'ReservedConcurrentExecutions'),
      place,
      'ReservedConcurrentExecutions',
      {
        createDefault: undefined,
        defaultSource: 'AWS::Lambda::Function ReservedConcurrentExecutions (optional: unreserved)',
      },
    ),
  };
}
