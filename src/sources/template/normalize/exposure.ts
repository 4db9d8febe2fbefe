/** GuardDuty detectors, Security Hub, EKS clusters, ECR repositories, Transfer Family servers. */
import { Unknown, unknown } from '../../../inventory/maybe.js';
import type {
  EcrRepository,
  EksCluster,
  GuardDutyDetector,
  SecurityHubHub,
  TransferServer,
} from '../../../inventory/model.js';
import {
  baseOf,
  boolFact,
  optionalBoolFact,
  requireKnown,
  stringFact,
  valueAt,
  type TemplateResource,
} from './context.js';
import { templatePolicy } from './policy-document.js';

export function guardDutyDetector(resource: TemplateResource): GuardDutyDetector {
  // Enable is required: a detector without it does not deploy.
  return {
    type: 'guardduty-detector',
    ...baseOf(resource),
    enabled: requireKnown(optionalBoolFact(resource, 'Enable'), resource, 'Enable'),
  };
}

export function securityHubHub(resource: TemplateResource): SecurityHubHub {
  return { type: 'securityhub-hub', ...baseOf(resource) };
}

function stringList(resource: TemplateResource, path: string): Unknown | string[] | undefined {
  const value = valueAt(resource, path);
  if (value === undefined || value === null) return undefined;
  if (value instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${value.reason}`);
  if (!Array.isArray(value)) return unknown(`${resource.logicalId}.${path} is not a list`);
  const items: string[] = [];
  for (const index of value.keys()) {
    const item = stringFact(resource, `${path}.${index}`);
    if (item instanceof Unknown) return item;
    if (item !== undefined) items.push(item);
  }
  return items;
}

/** EKS's create defaults: public endpoint on, open to 0.0.0.0/0 (AWS::EKS::Cluster ResourcesVpcConfig). */
export function eksCluster(resource: TemplateResource): EksCluster {
  const cidrs = stringList(resource, 'ResourcesVpcConfig.PublicAccessCidrs');
  return {
    type: 'eks-cluster',
    ...baseOf(resource, 'Name'),
    endpointPublicAccess: boolFact(resource, 'ResourcesVpcConfig.EndpointPublicAccess', true),
    publicAccessCidrs:
      cidrs === undefined || (Array.isArray(cidrs) && cidrs.length === 0) ? ['0.0.0.0/0'] : cidrs,
  };
}

export function ecrRepository(resource: TemplateResource): EcrRepository {
  const policy = templatePolicy(resource, 'RepositoryPolicyText');
  return {
    type: 'ecr-repository',
    ...baseOf(resource, 'RepositoryName'),
    policyStatements: policy === undefined ? [] : policy,
  };
}

/** Without Protocols, a Transfer Family server speaks SFTP only (AWS::Transfer::Server Protocols). */
export function transferServer(resource: TemplateResource): TransferServer {
  const protocols = stringList(resource, 'Protocols');
  return {
    type: 'transfer-server',
    ...baseOf(resource),
    protocols: protocols ?? ['SFTP'],
  };
}
