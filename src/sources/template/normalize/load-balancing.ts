/** AWS::ElasticLoadBalancingV2::LoadBalancer attributes and zones. */
import {
  loadBalancerSettings,
  type RawAttributes,
} from '../../../inventory/facts/load-balancer-attributes.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { LoadBalancerSettings } from '../../../inventory/model.js';
import { linkListFact, stringFact, valueAt, type TemplateResource } from './context.js';

function attributesOf(resource: TemplateResource): RawAttributes {
  const path = 'LoadBalancerAttributes';
  const list = valueAt(resource, path);
  if (list instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${list.reason}`);
  const attributes = new Map<string, Maybe<string>>();
  if (list === undefined || list === null) return attributes;
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.${path}: not a list`);
  for (let index = 0; index < list.length; index++) {
    const key = stringFact(resource, `${path}.${index}.Key`);
    // An entry whose key is unresolved could be any attribute.
    if (key === undefined || key instanceof Unknown) {
      return unknown(
        `${resource.logicalId}.${path}.${index}.Key: ${key === undefined ? 'not set' : key.reason}`,
      );
    }
    const value = stringFact(resource, `${path}.${index}.Value`);
    attributes.set(key, value ?? unknown(`${resource.logicalId}.${path}.${index}.Value is not set`));
  }
  return attributes;
}

/** ELB takes one subnet per Availability Zone, so the subnets (or subnet mappings) count the zones. */
function zoneCountOf(resource: TemplateResource): Maybe<number> {
  const mappings = valueAt(resource, 'SubnetMappings');
  if (mappings instanceof Unknown) return unknown(`${resource.logicalId}.SubnetMappings: ${mappings.reason}`);
  if (Array.isArray(mappings)) return mappings.length;
  const subnets = linkListFact(resource, 'Subnets');
  if (subnets === undefined)
    return unknown(`${resource.logicalId}: neither Subnets nor SubnetMappings is set`);
  return subnets instanceof Unknown ? subnets : subnets.length;
}

export function loadBalancerSettingsOf(
  resource: TemplateResource,
  lbType: Maybe<string>,
): LoadBalancerSettings {
  return loadBalancerSettings(
    attributesOf(resource),
    lbType,
    zoneCountOf(resource),
    createPlace(resource.logicalId),
  );
}
