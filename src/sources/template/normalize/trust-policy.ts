/**
 * A role's trust policy (AssumeRolePolicyDocument) written in a template.
 * Trust policies name principals with expressions a template scan cannot
 * resolve: `!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root`,
 * `!GetAtt OtherRole.Arn`, `!Ref GitHubOidcProvider`. What such a principal
 * decides is still known: a pseudo parameter or an AWS resource's ARN is
 * never `*`, and an OIDC provider of the template is known by its Url. Those
 * are read as text with `<deploy-time>` where the value comes later; a
 * principal from a parameter without a value, a custom resource or anything
 * else stays Unknown, and with it the document.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { PolicyStatement } from '../../../inventory/model.js';
import { isRecord } from '../read.js';
import { parseSub } from '../sub.js';
import { ResourceRef, isValueObject, type Value } from '../values.js';
import { valueAt, type TemplateIndex, type TemplateResource } from './context.js';
import { templatePolicy } from './policy-document.js';

const DEPLOY_TIME = '<deploy-time>';
const PROPERTY = 'AssumeRolePolicyDocument';

/** What CDK's iam.OpenIdConnectProvider synthesizes: its handler returns the created provider's ARN as physical id. */
const CDK_OIDC_PROVIDER = 'Custom::AWSCDKOpenIdConnectProvider';

/** The ARN an AWS::IAM::OIDCProvider of the template gets: its Url without the scheme names the provider. */
function oidcProviderArn(provider: TemplateResource | undefined): string | undefined {
  if (!provider) return undefined;
  // Custom resources' properties are not evaluated up front (no normalizer reads them).
  const rawProvider = provider.evaluator.stack.file.template.Resources[provider.logicalId];
  const rawUrl =
    isRecord(rawProvider) && isRecord(rawProvider.Properties) ? rawProvider.Properties.Url : undefined;
  const url =
    provider.cfnType === CDK_OIDC_PROVIDER ? provider.evaluator.evaluate(rawUrl) : valueAt(provider, 'Url');
  if (typeof url !== 'string') return undefined;
  return `arn:aws:iam::${DEPLOY_TIME}:oidc-provider/${url.replace(/^https:\/\//, '')}`;
}

/**
 * A resource's Ref or ARN names that one resource, never a wildcard; any other
 * attribute (an SSM parameter's Value ...) may be anything.
 */
function referenceText(ref: ResourceRef, index: TemplateIndex): string | undefined {
  if (ref.cfnType.startsWith('Custom::')) return undefined;
  if (ref.cfnType === 'AWS::IAM::OIDCProvider') {
    return ref.attribute === undefined || ref.attribute === 'Arn'
      ? oidcProviderArn(index.get(ref.id))
      : undefined;
  }
  if (ref.attribute !== undefined && !/Arn$/.test(ref.attribute)) return undefined;
  return `<${ref.describe()}>`;
}

/** One evaluated piece as principal text; a pseudo parameter known only at deploy time is never `*`. */
function pieceText(
  evaluated: Value | undefined,
  isPseudo: boolean,
  index: TemplateIndex,
): string | undefined {
  if (typeof evaluated === 'string') return evaluated;
  if (evaluated instanceof ResourceRef) return referenceText(evaluated, index);
  if (evaluated instanceof Unknown && isPseudo) return DEPLOY_TIME;
  return undefined;
}

function subText(resource: TemplateResource, argument: unknown, index: TemplateIndex): string | undefined {
  const [text, locals] = Array.isArray(argument) ? argument : [argument, undefined];
  if (typeof text !== 'string') return undefined;
  let result = '';
  for (const part of parseSub(text)) {
    if ('literal' in part) {
      result += part.literal;
      continue;
    }
    const name = part.variable;
    let piece: string | undefined;
    if (isRecord(locals) && Object.hasOwn(locals, name))
      piece = expressionText(resource, locals[name], index);
    else if (name.includes('.') && !name.startsWith('AWS::')) {
      const dot = name.indexOf('.');
      const attribute = { 'Fn::GetAtt': [name.slice(0, dot), name.slice(dot + 1)] };
      piece = pieceText(resource.evaluator.evaluate(attribute), false, index);
    } else piece = expressionText(resource, { Ref: name }, index);
    if (piece === undefined) return undefined;
    result += piece;
  }
  return result;
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

/** A principal expression as text, or undefined when it may stand for anything (`*` included). */
function expressionText(resource: TemplateResource, raw: unknown, index: TemplateIndex): string | undefined {
  if (typeof raw === 'string') return raw;
  if (!isRecord(raw) || Object.keys(raw).length !== 1) return undefined;
  if (raw['Fn::Sub'] !== undefined) return subText(resource, raw['Fn::Sub'], index);
  const choice = raw['Fn::If'];
  if (Array.isArray(choice) && typeof choice[0] === 'string') {
    const holds = resource.evaluator.condition(choice[0]);
    if (holds === true) return expressionText(resource, choice[1], index);
    if (holds === false) return expressionText(resource, choice[2], index);
    // Undecided: the text stands only when both branches give the same one.
    const whenTrue = expressionText(resource, choice[1], index);
    return whenTrue === expressionText(resource, choice[2], index) ? whenTrue : undefined;
  }
  const join = raw['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const pieces = join[1].map((item) => expressionText(resource, item, index));
    return pieces.every((piece) => piece !== undefined) ? pieces.join(join[0]) : undefined;
  }
  const ref = raw.Ref;
  const isPseudo = typeof ref === 'string' && ref.startsWith('AWS::');
  if (typeof ref === 'string' && !isPseudo) {
    // The evaluator reads every custom resource's Ref as arbitrary; CDK's OIDC provider's is its ARN.
    const provider = index.get(resource.evaluator.idOf(ref));
    if (provider?.cfnType === CDK_OIDC_PROVIDER && !resource.evaluator.excludedReason(ref))
      return oidcProviderArn(provider);
  }
  if (ref !== undefined || raw['Fn::GetAtt'] !== undefined)
    return pieceText(resource.evaluator.evaluate(raw), isPseudo, index);
  return undefined;
}

/** The evaluated Principal with each unresolved entry read from its raw expression where that decides it. */
function resolveExpressions(
  resource: TemplateResource,
  evaluated: Value | undefined,
  raw: unknown,
  index: TemplateIndex,
): Value | undefined {
  if (evaluated instanceof Unknown || evaluated instanceof ResourceRef)
    return expressionText(resource, raw, index) ?? evaluated;
  if (Array.isArray(evaluated)) {
    const rawItems = Array.isArray(raw) ? survivingRawItems(resource, evaluated, raw) : undefined;
    if (rawItems === undefined) return evaluated;
    return evaluated.map((item, i) => resolveExpressions(resource, item, rawItems[i], index) ?? null);
  }
  if (isValueObject(evaluated)) {
    return Object.fromEntries(
      Object.entries(evaluated).map(([key, item]) => [
        key,
        resolveExpressions(resource, item, isRecord(raw) ? raw[key] : undefined, index) ?? null,
      ]),
    );
  }
  return evaluated;
}

/** Evaluated condition values with each unresolved one read from its raw expression where that decides it. */
function resolveConditionValues(
  resource: TemplateResource,
  evaluated: Value | undefined,
  raw: unknown,
  index: TemplateIndex,
): Value | undefined {
  if (!isValueObject(evaluated) || !isRecord(raw)) return evaluated;
  return Object.fromEntries(
    Object.entries(evaluated).map(([operator, operands]) => {
      const rawOperands = raw[operator];
      if (!isValueObject(operands) || !isRecord(rawOperands)) return [operator, operands];
      const values = Object.entries(operands).map(([key, value]) => [
        key,
        resolveExpressions(resource, value, rawOperands[key], index) ?? null,
      ]);
      return [operator, Object.fromEntries(values)];
    }),
  );
}

interface ResolvedStatement {
  statement: Value;
  /** Why a Deny's unresolved condition entries were set aside (ReadingOptions.unresolvedConditionsOfDenies). */
  unresolvedCondition?: string;
}

/** One statement with its Principal and Condition values read from their expressions where that decides them. */
function resolveStatement(
  resource: TemplateResource,
  statement: Value,
  raw: unknown,
  index: TemplateIndex,
  options: ReadingOptions,
): ResolvedStatement {
  if (!isValueObject(statement) || !isRecord(raw)) return { statement };
  const resolved = { ...statement };
  if (statement.Principal !== undefined)
    resolved.Principal = resolveExpressions(resource, statement.Principal, raw.Principal, index) ?? null;
  if (statement.Condition !== undefined)
    resolved.Condition = resolveConditionValues(resource, statement.Condition, raw.Condition, index) ?? null;
  if (
    options.unresolvedConditionsOfNamedAllows === 'drop' &&
    resolved.Effect === 'Allow' &&
    namesParticularPrincipals(resolved.Principal) &&
    holdsUnresolved(resolved.Condition)
  ) {
    delete resolved.Condition;
  }
  if (
    options.unresolvedConditionsOfDenies === 'mark' &&
    resolved.Effect === 'Deny' &&
    holdsUnresolved(resolved.Condition)
  ) {
    const { kept, unresolved } = setAsideUnresolved(resolved.Condition);
    if (kept === undefined) delete resolved.Condition;
    else resolved.Condition = kept;
    return { statement: resolved, unresolvedCondition: unresolved.join('; ') };
  }
  return { statement: resolved };
}

function unresolvedReason(value: Value | undefined): string | undefined {
  if (value instanceof Unknown) return value.reason;
  if (value instanceof ResourceRef) return `${value.describe()} is known only after deployment`;
  const items = Array.isArray(value) ? value : isValueObject(value) ? Object.values(value) : [];
  for (const item of items) {
    const reason = unresolvedReason(item);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** A Condition without its unresolved entries (undefined when none is left), and each one left out, with why. */
function setAsideUnresolved(condition: Value | undefined): { kept: Value | undefined; unresolved: string[] } {
  if (!isValueObject(condition))
    return { kept: undefined, unresolved: [`the Condition: ${unresolvedReason(condition)}`] };
  const unresolved: string[] = [];
  const kept: Record<string, Value> = {};
  for (const [operator, operands] of Object.entries(condition)) {
    if (!isValueObject(operands)) {
      const why = unresolvedReason(operands);
      if (why === undefined) kept[operator] = operands;
      else unresolved.push(`${operator}: ${why}`);
      continue;
    }
    const keptOperands: Record<string, Value> = {};
    for (const [key, value] of Object.entries(operands)) {
      const why = unresolvedReason(value);
      if (why === undefined) keptOperands[key] = value;
      else unresolved.push(`${operator} ${key}: ${why}`);
    }
    if (Object.keys(keptOperands).length > 0) kept[operator] = keptOperands;
  }
  return { kept: Object.keys(kept).length > 0 ? kept : undefined, unresolved };
}

/** Principals that name particular accounts, roles or services: no `*` anywhere, no federated provider. */
function namesParticularPrincipals(principal: Value | undefined): boolean {
  if (!isValueObject(principal)) return false;
  const entries = Object.entries(principal);
  return (
    entries.length > 0 &&
    entries.every(
      ([kind, names]) =>
        (kind === 'AWS' || kind === 'Service') &&
        (Array.isArray(names) ? names : [names]).every(
          (name) => typeof name === 'string' && !/[*?]/.test(name),
        ),
    )
  );
}

function holdsUnresolved(value: Value | undefined): boolean {
  if (value instanceof Unknown || value instanceof ResourceRef) return true;
  if (Array.isArray(value)) return value.some(holdsUnresolved);
  if (isValueObject(value)) return Object.values(value).some(holdsUnresolved);
  return false;
}

interface ReadingOptions {
  /**
   * `drop`: an Allow to named principals loses a Condition the template leaves
   * unresolved (an sts:ExternalId from a parameter without a value), instead of
   * making the whole document Unknown. Only for readers whose rules judge who
   * the principals are, never what the condition says: a condition only
   * narrows an Allow, and an Allow to named principals is not public whatever
   * it says.
   */
  unresolvedConditionsOfNamedAllows?: 'drop' | 'keep';
  /**
   * `mark`: a Deny loses the condition entries the template leaves unresolved
   * and carries `unresolvedCondition` saying which and why, instead of making
   * the whole document Unknown. A Deny only narrows, so what holds without it
   * still holds; the reader's rule must treat a marked Deny as one that might
   * apply, never as a known one (without those entries it reads broader than it is).
   */
  unresolvedConditionsOfDenies?: 'mark' | 'keep';
}

/**
 * The statements of a policy document at `property` (a trust policy, a key
 * policy, a queue, topic or secret policy), its principals and condition values that name the
 * deploying account or a resource of the template read as text (`aws:SourceArn:
 * !Ref Topic` names that topic, never `*`); undefined when the property is not set.
 */
export function policyReadingReferences(
  resource: TemplateResource,
  property: string,
  index: TemplateIndex,
  options: ReadingOptions = {},
): Maybe<PolicyStatement[] | undefined> {
  const evaluated = valueAt(resource, property);
  const rawResource = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  const rawProperties = isRecord(rawResource) ? rawResource.Properties : undefined;
  const rawPolicy = isRecord(rawProperties) ? rawProperties[property] : undefined;
  const rawStatements = isRecord(rawPolicy) ? rawPolicy.Statement : undefined;
  const statements = isValueObject(evaluated) ? evaluated.Statement : undefined;
  let patched: ResolvedStatement[] | undefined;
  if (Array.isArray(statements) && Array.isArray(rawStatements)) {
    const rawSurviving = survivingRawItems(resource, statements, rawStatements);
    if (rawSurviving !== undefined)
      patched = statements.map((statement, i) =>
        resolveStatement(resource, statement, rawSurviving[i], index, options),
      );
  } else if (isValueObject(statements) && isRecord(rawStatements)) {
    // A single statement written as an object, not a list.
    patched = [resolveStatement(resource, statements, rawStatements, index, options)];
  }
  if (!isValueObject(evaluated) || patched === undefined) return templatePolicy(resource, property);
  const copy: TemplateResource = {
    ...resource,
    properties: {
      ...resource.properties,
      [property]: { ...evaluated, Statement: patched.map((resolved) => resolved.statement) },
    },
  };
  const read = templatePolicy(copy, property);
  if (!Array.isArray(read)) return read;
  // policyStatements reads one statement per item, in order.
  return read.map((statement, i) => {
    const unresolvedCondition = patched[i]?.unresolvedCondition;
    return unresolvedCondition === undefined ? statement : { ...statement, unresolvedCondition };
  });
}

export function trustStatements(resource: TemplateResource, index: TemplateIndex): Maybe<PolicyStatement[]> {
  return (
    // Only iam-role-trust-not-public reads trust statements: it judges principals, and reads marked Denies as might-apply.
    policyReadingReferences(resource, PROPERTY, index, {
      unresolvedConditionsOfNamedAllows: 'drop',
      unresolvedConditionsOfDenies: 'mark',
    }) ?? unknown(`${resource.logicalId}.${PROPERTY} is not set`)
  );
}
