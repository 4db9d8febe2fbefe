/**
 * Where the raw fields a fact is built from were read, and so what an absent
 * field means. This is a property of the AWS document, not of the scanner:
 *
 * - `create`: the properties a resource is created with (a CloudFormation
 *   template). An unset property takes the create-time default AWS documents
 *   for it; a required property has none, so its absence is Unknown.
 * - `describe`: a Describe/Get/List response. AWS returns a field whenever it
 *   has a value; a field the API always returns but that is missing means the
 *   answer was not read as expected, so it is Unknown, never a default.
 *
 * Fact constructors in this folder take raw fields as `Raw<T>` (undefined:
 * absent; Unknown: could not be read) and a `Place`, and decide in one place
 * what absence means, for both sources.
 */
import { Unknown, unknown, type Maybe } from '../maybe.js';

/** A raw field: its value, undefined when absent, or Unknown when it could not be read. */
export type Raw<T> = Maybe<T | undefined>;

export type FieldSource = 'create' | 'describe';

export interface Place {
  readonly from: FieldSource;
  /** A field's name for messages: `Db.StorageEncrypted` in a template, `DB cluster x: StorageEncrypted` live. */
  field(name: string): string;
}

/** Properties of a template resource, at a path below it (`Dist.DistributionConfig`). */
export function createPlace(path: string): Place {
  return { from: 'create', field: (name) => `${path}.${name}` };
}

/** A Describe/Get response about one resource (`security group sg-1`). */
export function describePlace(subject: string): Place {
  return { from: 'describe', field: (name) => `${subject}: ${name}` };
}

/** A place one level down: a list entry or a nested structure. */
export function below(place: Place, path: string): Place {
  return {
    from: place.from,
    field: (name) => place.field(`${path}.${name}`),
  };
}

/** The Unknown for an absent field that has no default: "is not set" in a template, "was not returned" live. */
export function absent(place: Place, name: string, why?: string): Unknown {
  const verb = place.from === 'create' ? 'is not set' : 'was not returned';
  return unknown(`${place.field(name)} ${verb}${why ? ` (${why})` : ''}`);
}

/** A field AWS requires (no default in a template; always returned by the API): absent is Unknown. */
export function required<T>(value: Raw<T>, place: Place, name: string, why?: string): Maybe<T> {
  return value === undefined ? absent(place, name, why) : value;
}

/**
 * An Unknown for a field that may also be absent: a template property behind
 * an `Fn::If` with an `AWS::NoValue` branch on an undecided condition. A fact
 * whose meaning changes when the field is absent (no key: unencrypted) stays Unknown.
 */
export class MaybeAbsent extends Unknown {}
