/**
 * One configuration value of a resource (a retention period, a logging flag, a
 * deletion-protection switch), read from a template or a Describe answer with
 * the same meaning of "absent" for both (place.ts):
 *
 * - in a template, an unset property takes AWS's create-time default when the
 *   service documents one (`createDefault`, with `defaultSource` naming where
 *   AWS says so); without one, unset is Unknown;
 * - in a Describe answer, a field the API omits when it is off or empty
 *   (`describeOmitted`, e.g. RDS omits `EnabledCloudwatchLogsExports` when no log is
 *   exported) reads as that value; any other missing field is Unknown.
 *
 * The many simple settings of the catalogue go through here, so no normalizer
 * invents its own default.
 */
import { isUnknown, type Maybe } from '../maybe.js';
import { absent, type Place, type Raw } from './place.js';

export interface SettingSemantics<T> {
  /**
   * What AWS creates when the property is unset; leave the key out when the
   * property has no default (`undefined` is a default too: "no key", "no logging").
   */
  createDefault?: T;
  /** Where AWS documents that default (API reference or CloudFormation property page). */
  defaultSource?: string;
  /** The value a Describe answer means by leaving the field out, when AWS omits it for "off". */
  describeOmitted?: T;
}

/** A value that could not be read (an unresolved intrinsic, a failed call) stays Unknown, whatever the default. */
export function setting<T>(
  raw: Raw<T>,
  place: Place,
  name: string,
  semantics: SettingSemantics<T> = {},
): Maybe<T> {
  if (isUnknown(raw) || raw !== undefined) return raw;
  if (place.from === 'create') {
    return 'createDefault' in semantics
      ? (semantics.createDefault as T)
      : absent(place, name, 'it has no default');
  }
  return 'describeOmitted' in semantics ? (semantics.describeOmitted as T) : absent(place, name);
}
