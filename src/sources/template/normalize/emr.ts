/** AWS::EMR::Cluster, with the AWS::EMR::SecurityConfiguration it names. */
import { kerberosInSecurityConfiguration } from '../../../inventory/facts/emr.js';
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { EmrCluster } from '../../../inventory/model.js';
import { isValueObject } from '../values.js';
import {
  baseOf,
  linkFact,
  linkListFact,
  resourcesOfType,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

function subnetsOf(resource: TemplateResource): Maybe<string[]> {
  const single = linkFact(resource, 'Instances.Ec2SubnetId');
  if (single instanceof Unknown || single !== undefined) return single instanceof Unknown ? single : [single];
  // An instance fleet lists candidate subnets: EMR launches the cluster in one of them.
  const fleet = linkListFact(resource, 'Instances.Ec2SubnetIds');
  return fleet ?? [];
}

const KERBEROS_PATHS = [
  'SecurityConfiguration',
  'SecurityConfiguration.AuthenticationConfiguration',
  'SecurityConfiguration.AuthenticationConfiguration.KerberosConfiguration',
];

function kerberosOf(resource: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  const attributes = valueAt(resource, 'KerberosAttributes');
  if (attributes instanceof Unknown)
    return unknown(`${resource.logicalId}.KerberosAttributes: ${attributes.reason}`);
  // KerberosAttributes are accepted only with a Kerberos security configuration.
  if (isValueObject(attributes)) return true;
  const name = linkFact(resource, 'SecurityConfiguration');
  if (name === undefined || name instanceof Unknown) return name ?? false;
  const configuration = resourcesOfType(index, 'AWS::EMR::SecurityConfiguration').find(
    (other) => other.id === name || valueAt(other, 'Name') === name,
  );
  if (!configuration) {
    return unknown(`${resource.logicalId}.SecurityConfiguration: ${name} is not defined in the template`);
  }
  for (const path of KERBEROS_PATHS) {
    const value = valueAt(configuration, path);
    if (value instanceof Unknown) return unknown(`${configuration.logicalId}.${path}: ${value.reason}`);
  }
  return kerberosInSecurityConfiguration(
    valueAt(configuration, 'SecurityConfiguration'),
    configuration.logicalId,
  );
}

export function emrCluster(resource: TemplateResource, index: TemplateIndex): EmrCluster {
  return {
    type: 'emr-cluster',
    ...baseOf(resource, 'Name'),
    subnetIds: subnetsOf(resource),
    kerberosEnabled: kerberosOf(resource, index),
  };
}
