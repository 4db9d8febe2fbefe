/**
 * What evaluating a template expression yields: plain data, an `Unknown`
 * (with the reason), or a reference to a resource of the inventory (what
 * `Ref`/`Fn::GetAtt` to a resource mean before deployment).
 */
import { Unknown } from '../../inventory/maybe.js';
import { newRecord } from './records.js';

export class ResourceRef {
  constructor(
    /** Inventory id: `<stack>/<logicalId>`. */
    readonly id: string,
    readonly logicalId: string,
    readonly cfnType: string,
    /** The `Fn::GetAtt` attribute; undefined for `Ref`. */
    readonly attribute?: string,
  ) {}

  describe(): string {
    return this.attribute ? `${this.logicalId}.${this.attribute}` : this.logicalId;
  }
}

export type Value = string | number | boolean | null | Unknown | ResourceRef | Value[] | ValueObject;
export interface ValueObject {
  [key: string]: Value;
}

/** An empty mapping of evaluated values, without inherited members (template keys are data). */
export function newValueObject(): ValueObject {
  return newRecord<Value>();
}

/** Short text for messages. Never `String(value)`: a mapping has no prototype, hence no toString. */
export function describeValue(value: unknown): string {
  if (value instanceof Unknown) return `unknown (${value.reason})`;
  if (value instanceof ResourceRef) return value.describe();
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return String(value);
}

/** `AWS::NoValue`: removes the property or list element it stands in. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
export type Evaluated = Value | typeof NO_VALUE;

export function isValueObject(value: Value | undefined): value is ValueObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof ResourceRef)
  );
}

export function sameValue(a: Evaluated, b: Evaluated): boolean {
  if (a === b) return true;
  if (a instanceof Unknown || b instanceof Unknown) return false;
  if (a instanceof ResourceRef || b instanceof ResourceRef) {
    return (
      a instanceof ResourceRef && b instanceof ResourceRef && a.id === b.id && a.attribute === b.attribute
    );
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index] as Value))
    );
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const keysA = Object.keys(a as ValueObject);
    const keysB = Object.keys(b as ValueObject);
    return (
      keysA.length === keysB.length &&
      keysA.every(
        (key) =>
          Object.hasOwn(b as ValueObject, key) &&
          sameValue((a as ValueObject)[key] as Value, (b as ValueObject)[key] as Value),
      )
    );
  }
  return false;
}

/** The first value inside that is not known before deployment: an Unknown, or a resource's id or attribute. */
export function deepUnresolved(value: Value): Unknown | undefined {
  if (value instanceof ResourceRef) return new Unknown(`${value.describe()} is known only after deployment`);
  if (value instanceof Unknown) return value;
  const children = Array.isArray(value) ? value : isValueObject(value) ? Object.values(value) : [];
  for (const child of children) {
    const found = deepUnresolved(child);
    if (found) return found;
  }
  return undefined;
}

/** The first Unknown anywhere inside a value. */
export function deepUnknown(value: Value): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = deepUnknown(item);
      if (found) return found;
    }
  } else if (isValueObject(value)) {
    for (const item of Object.values(value)) {
      const found = deepUnknown(item);
      if (found) return found;
    }
  }
  return undefined;
}
