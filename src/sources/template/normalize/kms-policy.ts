/**
 * A KMS key policy written in a template. Key policies name the account root
 * with `!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root`, which a
 * template scan cannot resolve; such an expression is still certainly one
 * ARN, never `*`, so a principal written as an ARN expression is read as a
 * specific principal. Any other unresolved part stays Unknown.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { PolicyStatement } from '../../../inventory/model.js';
import { isRecord } from '../read.js';
import { ResourceRef, isValueObject, type Value } from '../values.js';
import { valueAt, type TemplateResource } from './context.js';
import { templatePolicy } from './policy-document.js';

const SPECIFIC = 'arn:aws:iam::<resolved at deployment>';

/** An intrinsic that yields one ARN: a Sub or Join starting with a literal `arn:`, or a GetAtt of a resource. */
function isArnExpression(node: unknown): boolean {
  if (!isRecord(node)) return false;
  const sub = node['Fn::Sub'];
  const text = Array.isArray(sub) ? sub[0] : sub;
  if (typeof text === 'string') return text.startsWith('arn:');
  const join = node['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1]))
    return typeof join[1][0] === 'string' && join[1][0].startsWith('arn:');
  return node['Fn::GetAtt'] !== undefined;
}

/** Only `Fn::If` and `Ref: AWS::NoValue` evaluate to AWS::NoValue: any other item survives without evaluating it again. */
function mayVanish(item: unknown): boolean {
  if (!isRecord(item)) return false;
  const keys = Object.keys(item);
  return keys.length === 1 && (keys[0] === 'Fn::If' || (keys[0] === 'Ref' && item.Ref === 'AWS::NoValue'));
}

/**
 * The raw items of a list that survive evaluation, in order: an `Fn::If`
 * resolving to `AWS::NoValue` drops its item from the evaluated list, so
 * evaluated item i pairs with surviving raw item i, never with raw item i.
 * Undefined when the counts differ (the pairing cannot be trusted).
 */
export function survivingRawItems(
  resource: TemplateResource,
  evaluated: readonly Value[],
  raw: readonly unknown[],
): unknown[] | undefined {
  const surviving = raw.filter((item) => !mayVanish(item) || resource.evaluator.evaluate(item) !== undefined);
  return surviving.length === evaluated.length ? surviving : undefined;
}

/** Evaluated principal entries whose raw expression is an ARN expression become a placeholder ARN. */
function resolvePrincipal(
  resource: TemplateResource,
  evaluated: Value | undefined,
  raw: unknown,
): Value | undefined {
  // A custom resource's attribute or an unread nested stack's output evaluates to an Unknown: it may be "*".
  if (evaluated instanceof Unknown && isRecord(raw) && raw['Fn::GetAtt'] !== undefined) return evaluated;
  if (evaluated instanceof Unknown || evaluated instanceof ResourceRef)
    return isArnExpression(raw) ? SPECIFIC : evaluated;
  if (Array.isArray(evaluated)) {
    const rawItems = Array.isArray(raw) ? survivingRawItems(resource, evaluated, raw) : undefined;
    if (rawItems === undefined) return evaluated;
    return evaluated.map((item, i) => resolvePrincipal(resource, item, rawItems[i]) ?? null);
  }
  if (isValueObject(evaluated)) {
    return Object.fromEntries(
      Object.entries(evaluated).map(([key, item]) => [
        key,
        resolvePrincipal(resource, item, isRecord(raw) ? raw[key] : undefined) ?? null,
      ]),
    );
  }
  return evaluated;
}

export function keyPolicyStatements(resource: TemplateResource): Maybe<PolicyStatement[]> {
  const evaluated = valueAt(resource, 'KeyPolicy');
  // Without KeyPolicy, KMS gives the key its default policy: the account root, so IAM policies decide.
  if (evaluated === undefined || evaluated === null) return [];
  const rawResource = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  const rawProperties = isRecord(rawResource) ? rawResource.Properties : undefined;
  const rawPolicy = isRecord(rawProperties) ? rawProperties.KeyPolicy : undefined;
  const rawStatements = isRecord(rawPolicy) ? rawPolicy.Statement : undefined;
  const statements = isValueObject(evaluated) ? evaluated.Statement : undefined;
  if (!isValueObject(evaluated) || !Array.isArray(statements) || !Array.isArray(rawStatements))
    return (
      templatePolicy(resource, 'KeyPolicy') ?? unknown(`${resource.logicalId}.KeyPolicy could not be read`)
    );
  const rawSurviving = survivingRawItems(resource, statements, rawStatements);
  const patched = statements.map((statement, i) => {
    const raw: unknown = rawSurviving?.[i];
    if (!isValueObject(statement) || !isRecord(raw)) return statement;
    return {
      ...statement,
      Principal: resolvePrincipal(resource, statement.Principal, raw.Principal) ?? null,
    };
  });
  const copy: TemplateResource = {
    ...resource,
    properties: { ...resource.properties, KeyPolicy: { ...evaluated, Statement: patched } },
  };
  return templatePolicy(copy, 'KeyPolicy') ?? [];
}
