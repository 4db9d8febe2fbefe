/**
 * Three-valued evaluation of CloudFormation intrinsics for one stack.
 * Parameters and Conditions are evaluated once each and memoized, so the
 * cost is linear in the template: condition combinations are never enumerated.
 * Whatever depends on deploy time (GetAZs, ImportValue, a parameter without a
 * value, a resource attribute inside a string) is `Unknown` with the reason.
 */
import { InputError } from '../../errors.js';
import { Unknown, unknown } from '../../inventory/maybe.js';
import { conditionMayComeFromLoop } from './unresolved-loops.js';
import { isRecord } from './read.js';
import { newRecord, ownValue } from './records.js';
import type { StackDefinition } from './stack.js';
import { parseSub } from './sub.js';
import {
  NO_VALUE,
  ResourceRef,
  deepUnknown,
  deepUnresolved,
  describeValue,
  newValueObject,
  sameValue,
  type Evaluated,
  type Value,
  type ValueObject,
} from './values.js';

export type ConditionValue = boolean | Unknown;

/** What one stack can see of the others loaded with it. */
export interface StackLinks {
  /** `Fn::GetAtt Nested.Outputs.Name`, through the nested stack's own evaluator. */
  nestedOutput(stack: string, logicalId: string, output: string): Value;
  /** `Fn::ImportValue`: the exporting stack's output, when that stack was loaded too. */
  importValue(exportName: string): Value | undefined;
}

const IN_PROGRESS: unique symbol = Symbol('in progress');

const EMPTY: Record<string, unknown> = Object.freeze(newRecord());

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : EMPTY;
}

function scalarText(value: Value): string | Unknown {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Unknown) return value;
  if (value instanceof ResourceRef) {
    return unknown(`${value.describe()} is known only after deployment`);
  }
  return unknown(`expected a string, got ${Array.isArray(value) ? 'a list' : 'a mapping'}`);
}

/**
 * Text that embeds a resource's `Ref` or attribute (`!Sub "${Bucket.Arn}/*"`,
 * `!Join ['', [!GetAtt Bucket.Arn, '/*']]`): Unknown to every reader, but it
 * keeps its pieces in order, so a reader that knows what a reference stands
 * for (a bucket policy naming its own bucket) can still judge the text.
 */
export class UnresolvedText extends Unknown {
  constructor(
    reason: string,
    readonly parts: readonly (string | ResourceRef)[],
  ) {
    super(reason);
  }
}

/**
 * The concatenation of evaluated pieces: a string when each is text, an
 * UnresolvedText when the only unresolved pieces are resource references.
 */
function concatenated(pieces: readonly Value[]): string | Unknown {
  const parts: (string | ResourceRef)[] = [];
  let literal = '';
  for (const piece of pieces) {
    if (piece instanceof ResourceRef || piece instanceof UnresolvedText) {
      if (literal !== '') parts.push(literal);
      literal = '';
      if (piece instanceof ResourceRef) parts.push(piece);
      else parts.push(...piece.parts);
      continue;
    }
    const text = scalarText(piece);
    if (text instanceof Unknown) {
      // Unknown for another reason: the first unresolved piece still names why.
      const reference = parts.find((part): part is ResourceRef => part instanceof ResourceRef);
      return reference ? scalarText(reference) : text;
    }
    literal += text;
  }
  if (parts.length === 0) return withoutDynamicReference(literal);
  if (literal !== '') parts.push(literal);
  const texts = parts.filter((part): part is string => typeof part === 'string');
  const dynamic = withoutDynamicReference(texts.join(''));
  if (dynamic instanceof Unknown) return dynamic;
  const reference = parts.find((part): part is ResourceRef => part instanceof ResourceRef);
  return new UnresolvedText(
    `${reference?.describe() ?? 'a reference'} is known only after deployment`,
    parts,
  );
}

/** `{{resolve:ssm:...}}`, `{{resolve:ssm-secure:...}}`, `{{resolve:secretsmanager:...}}`: resolved by CloudFormation at deploy time. */
const DYNAMIC_REFERENCE = /\{\{resolve:[^{}]*\}\}/;

/** A string holding a dynamic reference is known only at deploy time: an Unknown naming the reference. */
function withoutDynamicReference(text: string): string | Unknown {
  if (!text.includes('{{resolve:')) return text;
  const reference = DYNAMIC_REFERENCE.exec(text)?.[0];
  return reference === undefined
    ? text
    : unknown(`dynamic reference ${reference} is resolved only at deploy time`);
}

/**
 * Resources whose `Ref` and attributes are whatever their provider returns
 * ("*" included): a custom resource's Lambda, or the data a wait condition was signalled.
 */
function returnsArbitraryValues(cfnType: unknown, attribute?: string): boolean {
  if (typeof cfnType !== 'string') return false;
  if (cfnType.startsWith('Custom::') || cfnType === 'AWS::CloudFormation::CustomResource') return true;
  return cfnType === 'AWS::CloudFormation::WaitCondition' && attribute === 'Data';
}

function isListParameterType(type: unknown): boolean {
  return typeof type === 'string' && (type.startsWith('List<') || type === 'CommaDelimitedList');
}

export class StackEvaluator {
  private readonly parameters: Record<string, unknown>;
  private readonly conditions: Record<string, unknown>;
  private readonly mappings: Record<string, unknown>;
  private readonly resources: Record<string, unknown>;
  private readonly parameterCache = new Map<string, Value | typeof IN_PROGRESS>();
  private readonly conditionCache = new Map<string, ConditionValue | typeof IN_PROGRESS>();

  constructor(
    readonly stack: StackDefinition,
    private readonly links: StackLinks,
  ) {
    const template = stack.file.template;
    this.parameters = asRecord(template.Parameters);
    this.conditions = asRecord(template.Conditions);
    this.mappings = asRecord(template.Mappings);
    this.resources = template.Resources;
  }

  idOf(logicalId: string): string {
    return `${this.stack.name}/${logicalId}`;
  }

  private fail(message: string): never {
    throw new InputError(`${this.stack.file.displayPath}: ${message}`);
  }

  // ---- conditions ------------------------------------------------------------

  condition(name: string): ConditionValue {
    const cached = this.conditionCache.get(name);
    if (cached === IN_PROGRESS) this.fail(`condition ${name} depends on itself`);
    if (cached !== undefined) return cached;
    if (!Object.hasOwn(this.conditions, name)) {
      const loop = conditionMayComeFromLoop(this.stack.file.template);
      if (loop !== undefined) return unknown(`condition ${name} may be generated by a loop: ${loop}`);
      this.fail(`condition ${name} is not defined in Conditions`);
    }
    this.conditionCache.set(name, IN_PROGRESS);
    const value = this.conditionExpression(this.conditions[name]);
    const result =
      value instanceof Unknown ? unknown(`condition ${name} is unknown: ${value.reason}`) : value;
    this.conditionCache.set(name, result);
    return result;
  }

  private conditionExpression(expression: unknown): ConditionValue {
    if (isRecord(expression)) {
      const [key] = Object.keys(expression);
      const argument = key === undefined ? undefined : expression[key];
      if (key === 'Condition' && typeof argument === 'string') return this.condition(argument);
      if (key === 'Fn::Equals' && Array.isArray(argument) && argument.length === 2) {
        const left = this.evaluate(argument[0]);
        const right = this.evaluate(argument[1]);
        const missing = deepUnknown(left ?? null) ?? deepUnknown(right ?? null);
        if (missing) return missing;
        if (left instanceof ResourceRef || right instanceof ResourceRef) {
          return unknown('compares a resource attribute known only after deployment');
        }
        const normalize = (value: Value | undefined): Value | undefined =>
          typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
        return sameValue(normalize(left) ?? null, normalize(right) ?? null);
      }
      if (key === 'Fn::Not' && Array.isArray(argument) && argument.length === 1) {
        const inner = this.conditionExpression(argument[0]);
        return inner instanceof Unknown ? inner : !inner;
      }
      if ((key === 'Fn::And' || key === 'Fn::Or') && Array.isArray(argument)) {
        const decisive = key === 'Fn::Or';
        let undecided: Unknown | undefined;
        for (const item of argument) {
          const value = this.conditionExpression(item);
          if (value instanceof Unknown) undecided ??= value;
          else if (value === decisive) return decisive;
        }
        return undecided ?? !decisive;
      }
    }
    const value = this.evaluate(expression);
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    if (value instanceof Unknown) return value;
    return unknown(`condition expression is not a boolean`);
  }

  // ---- parameters ------------------------------------------------------------

  parameter(name: string): Value {
    const cached = this.parameterCache.get(name);
    if (cached === IN_PROGRESS) return unknown(`parameter ${name} depends on itself`);
    if (cached !== undefined) return cached;
    this.parameterCache.set(name, IN_PROGRESS);
    const value = this.parameterValue(name);
    this.parameterCache.set(name, value);
    return value;
  }

  private parameterValue(name: string): Value {
    const declaration = asRecord(ownValue(this.parameters, name));
    const type = declaration.Type;
    const given = this.stack.givenParameters.get(name);
    const isList = isListParameterType(type);
    const fromText = (text: string): Value => (isList ? text.split(',').map((item) => item.trim()) : text);
    if (given) {
      const value = given();
      return typeof value === 'string' ? fromText(value) : value;
    }
    if (typeof type === 'string' && type.startsWith('AWS::SSM::Parameter::Value<')) {
      return unknown(
        `parameter ${name} is read from SSM parameter ${typeof declaration.Default === 'string' ? declaration.Default : '(none)'} at deploy time; pass --parameters ${name}=...`,
      );
    }
    const fallback = declaration.Default;
    if (fallback === undefined || fallback === null) {
      return unknown(`parameter ${name} has no value; pass --parameters ${name}=...`);
    }
    if (typeof fallback === 'string') return fromText(fallback);
    if (typeof fallback === 'number' || typeof fallback === 'boolean') return fromText(String(fallback));
    if (Array.isArray(fallback)) return fallback.map((item) => describeValue(item));
    return unknown(`parameter ${name} has a default that is not a string`);
  }

  private pseudo(name: string): Evaluated {
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::Region':
        return this.stack.region ?? unknown('AWS::Region is known only at deploy time');
      case 'AWS::AccountId':
        return this.stack.account ?? unknown('AWS::AccountId is known only at deploy time');
      case 'AWS::StackName':
        return this.stack.deployedStackName ?? unknown('AWS::StackName is known only at deploy time');
      default:
        return unknown(`${name} is known only at deploy time`);
    }
  }

  // ---- references --------------------------------------------------------------

  /** Why a resource is not created (its condition is false), if it is not. */
  excludedReason(logicalId: string): Unknown | undefined {
    const conditionName = asRecord(ownValue(this.resources, logicalId)).Condition;
    if (typeof conditionName !== 'string') return undefined;
    return this.condition(conditionName) === false
      ? unknown(`resource ${logicalId} is not created (condition ${conditionName} is false)`)
      : undefined;
  }

  ref(name: string): Evaluated {
    if (name.startsWith('AWS::')) return this.pseudo(name);
    if (Object.hasOwn(this.parameters, name)) return this.parameter(name);
    const resource = ownValue(this.resources, name);
    if (isRecord(resource)) {
      const excluded = this.excludedReason(name);
      if (excluded) return excluded;
      if (returnsArbitraryValues(resource.Type)) {
        return unknown(
          `Ref ${name}: the physical id of custom resource ${name} is whatever its provider returns`,
        );
      }
      return new ResourceRef(this.idOf(name), name, String(resource.Type));
    }
    return unknown(`Ref to unknown '${name}'`);
  }

  getAtt(logicalId: string, attribute: string): Value {
    const resource = ownValue(this.resources, logicalId);
    if (!isRecord(resource)) return unknown(`Fn::GetAtt to unknown resource '${logicalId}'`);
    const excluded = this.excludedReason(logicalId);
    if (excluded) return excluded;
    if (resource.Type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
      return this.links.nestedOutput(this.stack.name, logicalId, attribute.slice('Outputs.'.length));
    }
    if (returnsArbitraryValues(resource.Type, attribute)) {
      return unknown(
        `Fn::GetAtt ${logicalId}.${attribute}: ${logicalId} is a ${String(resource.Type)}, whose attributes are whatever its provider returns`,
      );
    }
    return new ResourceRef(this.idOf(logicalId), logicalId, String(resource.Type), attribute);
  }

  // ---- expressions -------------------------------------------------------------

  /** Evaluates an expression; `undefined` when it is `AWS::NoValue` (the property is absent). */
  evaluate(expression: unknown): Value | undefined {
    const value = this.evaluateNode(expression);
    return value === NO_VALUE ? undefined : value;
  }

  private evaluateNode(expression: unknown): Evaluated {
    if (expression === undefined || expression === null) return null;
    if (typeof expression === 'string') return withoutDynamicReference(expression);
    if (typeof expression === 'number' || typeof expression === 'boolean') return expression;
    if (expression instanceof Date) return expression.toISOString().slice(0, 10);
    // The SAM expander writes what it cannot model (a policy template's document) as an Unknown.
    if (expression instanceof Unknown) return expression;
    if (Array.isArray(expression)) {
      const items: Value[] = [];
      for (const item of expression) {
        const value = this.evaluateNode(item);
        if (value !== NO_VALUE) items.push(value);
      }
      return items;
    }
    if (!isRecord(expression)) return unknown('unsupported value in template');
    const keys = Object.keys(expression);
    if (keys.length === 1) {
      const key = keys[0] as string;
      if (key === 'Ref' || key.startsWith('Fn::')) return this.intrinsic(key, expression[key]);
    }
    const result: ValueObject = newValueObject();
    for (const key of keys) {
      const value = this.evaluateNode(expression[key]);
      if (value !== NO_VALUE) result[key] = value;
    }
    return result;
  }

  /**
   * The logical name an intrinsic gives `Ref` or `Fn::GetAtt` (the
   * AWS::LanguageExtensions transform lets `Ref: !Sub Role${Key}` name a
   * resource or parameter); otherwise what keeps it from naming one, to follow
   * "Ref to" or "Fn::GetAtt with".
   */
  private computedName(expression: unknown): string | Unknown {
    if (!isRecord(expression) || expression instanceof Unknown || Object.keys(expression).length !== 1) {
      return unknown('a non-string');
    }
    const name = this.evaluate(expression);
    if (typeof name === 'string') return name;
    return unknown(
      name instanceof Unknown
        ? `a name that does not resolve (${name.reason})`
        : 'a name that is not a string',
    );
  }

  private intrinsic(name: string, argument: unknown): Evaluated {
    const args = Array.isArray(argument) ? argument : [argument];
    switch (name) {
      case 'Ref': {
        if (typeof argument === 'string') return this.ref(argument);
        const name = this.computedName(argument);
        return typeof name === 'string' ? this.ref(name) : unknown(`Ref to ${name.reason}`);
      }
      case 'Fn::GetAtt': {
        const dot = typeof argument === 'string' ? argument.indexOf('.') : -1;
        const parts = typeof argument === 'string' ? [argument.slice(0, dot), argument.slice(dot + 1)] : args;
        if (typeof argument === 'string' && dot < 0)
          return unknown(`Fn::GetAtt ${argument} names no attribute`);
        const attribute = this.evaluate(parts[1]);
        const logicalId = typeof parts[0] === 'string' ? parts[0] : this.computedName(parts[0]);
        if (typeof logicalId !== 'string') return unknown(`Fn::GetAtt with ${logicalId.reason}`);
        if (typeof attribute !== 'string')
          return unknown(`Fn::GetAtt ${logicalId} with an unknown attribute`);
        return this.getAtt(logicalId, attribute);
      }
      case 'Fn::If': {
        const [conditionName, whenTrue, whenFalse] = args;
        if (typeof conditionName !== 'string') return unknown('Fn::If without a condition name');
        const condition = this.condition(conditionName);
        if (condition === true) return this.evaluateNode(whenTrue);
        if (condition === false) return this.evaluateNode(whenFalse);
        const left = this.evaluateNode(whenTrue);
        const right = this.evaluateNode(whenFalse);
        return sameValue(left, right) ? left : condition;
      }
      case 'Fn::Sub':
        return this.sub(args[0], args[1]);
      case 'Fn::Join': {
        const separator = this.evaluate(args[0]);
        const list = this.evaluate(args[1]);
        if (typeof separator !== 'string') return unknown('Fn::Join with a non-string separator');
        if (list instanceof Unknown) return list;
        if (!Array.isArray(list)) return unknown('Fn::Join of something that is not a list');
        const pieces: Value[] = [];
        for (const [position, item] of list.entries()) {
          if (position > 0) pieces.push(separator);
          pieces.push(item);
        }
        return concatenated(pieces);
      }
      case 'Fn::Select': {
        const index = this.evaluate(args[0]);
        const list = this.evaluate(args[1]);
        if (index instanceof Unknown) return index;
        if (list instanceof Unknown) return list;
        const position = Number(index);
        if (!Array.isArray(list)) return unknown('Fn::Select from something that is not a list');
        if (!Number.isInteger(position) || position < 0 || position >= list.length) {
          return unknown(`Fn::Select index ${describeValue(index)} is out of range`);
        }
        return list[position] as Value;
      }
      case 'Fn::Split': {
        const separator = this.evaluate(args[0]);
        const source = this.evaluate(args[1]);
        if (typeof separator !== 'string') return unknown('Fn::Split with a non-string separator');
        const text = scalarText(source ?? null);
        return text instanceof Unknown ? text : text.split(separator);
      }
      case 'Fn::FindInMap':
        return this.findInMap(args);
      case 'Fn::Base64': {
        const text = scalarText(this.evaluate(args[0]) ?? null);
        return text instanceof Unknown ? text : Buffer.from(text, 'utf8').toString('base64');
      }
      case 'Fn::Length': {
        const list = this.evaluate(argument);
        if (list instanceof Unknown) return list;
        return Array.isArray(list) ? list.length : unknown('Fn::Length of something that is not a list');
      }
      case 'Fn::ToJsonString': {
        const value = this.evaluate(argument) ?? null;
        const missing = deepUnresolved(value);
        return missing ?? JSON.stringify(value);
      }
      case 'Fn::GetAZs':
        return unknown('Fn::GetAZs: availability zones are known only at deploy time');
      case 'Fn::Cidr':
        return unknown('Fn::Cidr is evaluated at deploy time');
      case 'Fn::ImportValue': {
        const exportName = scalarText(this.evaluate(args[0]) ?? null);
        if (exportName instanceof Unknown) {
          return unknown(`imported from another stack's export with an unknown name: ${exportName.reason}`);
        }
        return (
          this.links.importValue(exportName) ??
          unknown(
            `imported from another stack's export ${exportName} (Fn::ImportValue), which is not in the scanned templates`,
          )
        );
      }
      case 'Fn::Transform':
        return unknown('Fn::Transform output is known only at deploy time');
      default:
        return unknown(`${name} is not supported`);
    }
  }

  private sub(template: unknown, variables: unknown): Evaluated {
    // The template text itself may be a dynamic reference around ${} variables: checked once substituted.
    const text = typeof template === 'string' ? template : this.evaluate(template);
    if (typeof text !== 'string') return text instanceof Unknown ? text : unknown('Fn::Sub of a non-string');
    const locals = asRecord(variables);
    const pieces: Value[] = [];
    for (const part of parseSub(text)) {
      if ('literal' in part) {
        pieces.push(part.literal);
        continue;
      }
      const name = part.variable;
      let value: Evaluated;
      if (Object.hasOwn(locals, name)) value = this.evaluateNode(locals[name]);
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.');
        value = this.getAtt(name.slice(0, dot), name.slice(dot + 1));
      } else value = this.ref(name);
      if (value === NO_VALUE) return unknown(`Fn::Sub variable ${name} is AWS::NoValue`);
      pieces.push(value);
    }
    return concatenated(pieces);
  }

  private findInMap(args: unknown[]): Evaluated {
    const keys: string[] = [];
    for (const arg of args.slice(0, 3)) {
      const key = scalarText(this.evaluate(arg) ?? null);
      if (key instanceof Unknown) return unknown(`Fn::FindInMap key: ${key.reason}`);
      keys.push(key);
    }
    const [mapName = '', top = '', second = ''] = keys;
    const found = ownValue(asRecord(ownValue(asRecord(ownValue(this.mappings, mapName)), top)), second);
    if (found !== undefined) return this.evaluateNode(found);
    const fallback = asRecord(args[3]).DefaultValue;
    if (fallback !== undefined) return this.evaluateNode(fallback);
    return unknown(`Mappings ${mapName} has no entry ${top}/${second}`);
  }
}
