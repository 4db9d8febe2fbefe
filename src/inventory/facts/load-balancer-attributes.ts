/**
 * ELBv2 load balancer attributes (`Key`/`Value` strings), from a template's
 * LoadBalancerAttributes or a DescribeLoadBalancerAttributes answer. A key a
 * template leaves out has ELB's documented default; a Describe answer lists
 * every attribute the type has, so a missing one there is Unknown.
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { LoadBalancerSettings } from '../model.js';
import type { Place, Raw } from './place.js';
import { setting } from './setting.js';

const DEFAULTS_SOURCE = 'Elastic Load Balancing API reference, LoadBalancerAttribute: default false';

/** Attribute values by key; an Unknown map: the list itself (or an entry's key) could not be read. */
export type RawAttributes = Maybe<ReadonlyMap<string, Maybe<string>>>;

function flag(attributes: RawAttributes, key: string, place: Place): Maybe<boolean> {
  if (isUnknown(attributes)) return attributes;
  const raw: Raw<string> = attributes.get(key);
  const value = setting(raw, place, key, { createDefault: 'false', defaultSource: DEFAULTS_SOURCE });
  if (isUnknown(value)) return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return unknown(`${place.field(key)}: not true or false (${value})`);
}

export function loadBalancerSettings(
  attributes: RawAttributes,
  lbType: Maybe<string>,
  zoneCount: Maybe<number>,
  place: Place,
): LoadBalancerSettings {
  let dropInvalidHeaderFields: Maybe<boolean | undefined>;
  if (isUnknown(lbType)) dropInvalidHeaderFields = lbType;
  else if (lbType !== 'application') dropInvalidHeaderFields = undefined;
  else dropInvalidHeaderFields = flag(attributes, 'routing.http.drop_invalid_header_fields.enabled', place);
  return {
    deletionProtection: flag(attributes, 'deletion_protection.enabled', place),
    accessLogs: flag(attributes, 'access_logs.s3.enabled', place),
    dropInvalidHeaderFields,
    zoneCount,
  };
}
