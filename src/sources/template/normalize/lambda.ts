/** Lambda functions, with the AWS::Lambda::Permission resources that grant invocation of them. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import { setting } from '../../../inventory/facts/setting.js';
import { createPlace } from '../../../inventory/facts/place.js';
import type { LambdaFunction, PolicyStatement } from '../../../inventory/model.js';
import {
  baseOf,
  linkFact,
  linkListFact,
  numberFact,
  resourcesOfType,
  stringFact,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

/** Which function a permission names: the function's inventory id, its name, or an ARN ending in it. */
function namesFunction(target: string, fn: TemplateResource): boolean {
  if (target === fn.id) return true;
  const name = fn.properties.FunctionName;
  if (typeof name !== 'string') return false;
  return target === name || target.endsWith(`:function:${name}`) || target.includes(`:function:${name}:`);
}

/** Conditions a Permission adds; their keys are those a policy statement would carry. */
const CONDITION_PROPERTIES: Record<string, string> = {
  SourceArn: 'aws:sourcearn',
  SourceAccount: 'aws:sourceaccount',
  PrincipalOrgID: 'aws:principalorgid',
  FunctionUrlAuthType: 'lambda:functionurlauthtype',
  EventSourceToken: 'lambda:eventsourcetoken',
};

function permissionStatement(permission: TemplateResource): Maybe<PolicyStatement> {
  const principal = stringFact(permission, 'Principal');
  const action = stringFact(permission, 'Action');
  if (principal instanceof Unknown) return principal;
  if (action instanceof Unknown) return action;
  const conditionKeys: string[] = [];
  for (const [property, key] of Object.entries(CONDITION_PROPERTIES)) {
    const value =
      property === 'SourceArn' ? linkFact(permission, property) : stringFact(permission, property);
    // The value of a condition does not matter to who it lets in, only that it is there.
    if (value !== undefined) conditionKeys.push(key);
  }
  return {
    effect: 'Allow',
    principals: principal === undefined ? [] : [principal],
    actions: action === undefined ? [] : [action],
    conditionKeys,
  };
}

function permissionsOf(fn: TemplateResource, index: TemplateIndex): Maybe<PolicyStatement[]> {
  const statements: PolicyStatement[] = [];
  for (const other of resourcesOfType(index, 'AWS::Lambda::Permission')) {
    const target = linkFact(other, 'FunctionName');
    if (target instanceof Unknown) {
      return unknown(
        `${other.logicalId}.FunctionName is unresolved, so it may grant invocation of this function: ${target.reason}`,
      );
    }
    if (target === undefined || !namesFunction(target, fn)) continue;
    const statement = permissionStatement(other);
    if (statement instanceof Unknown) return statement;
    statements.push(statement);
  }
  return statements;
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
