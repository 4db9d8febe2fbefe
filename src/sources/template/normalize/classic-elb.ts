/** AWS::ElasticLoadBalancing::LoadBalancer (Classic): listeners and access logging. */
import {
  certificateStoreOfArn,
  certificateStoreOfCfnType,
} from '../../../inventory/facts/certificate-store.js';
import { unknown, Unknown, type Maybe } from '../../../inventory/maybe.js';
import type { CertificateStore, ClassicElbListener, ClassicLoadBalancer } from '../../../inventory/model.js';
import { ResourceRef } from '../values.js';
import { baseOf, boolFact, numberFact, stringFact, valueAt, type TemplateResource } from './context.js';

function certificateStoreOf(resource: TemplateResource, path: string): Maybe<CertificateStore | undefined> {
  const value = valueAt(resource, path);
  if (value instanceof ResourceRef) {
    // Only the referenced resource's type matters here, never its properties.
    const store = certificateStoreOfCfnType(value.cfnType);
    if (store) return store;
    return unknown(
      `${resource.logicalId}.${path}: refers to ${value.describe()} (${value.cfnType}), not a certificate`,
    );
  }
  const arn = stringFact(resource, path);
  if (arn === undefined || arn instanceof Unknown) return arn;
  return certificateStoreOfArn(arn, `${resource.logicalId}.${path}`);
}

function listenersOf(resource: TemplateResource): Maybe<ClassicElbListener[]> {
  const list = valueAt(resource, 'Listeners');
  if (list instanceof Unknown) return unknown(`${resource.logicalId}.Listeners: ${list.reason}`);
  // Listeners is required: a template without it fails to deploy, so nothing can be judged.
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.Listeners: not a list`);
  return list.map((_, index): ClassicElbListener => {
    const protocol = stringFact(resource, `Listeners.${index}.Protocol`);
    return {
      protocol:
        protocol === undefined
          ? unknown(`${resource.logicalId}.Listeners.${index}.Protocol: not set`)
          : protocol instanceof Unknown
            ? protocol
            : protocol.toUpperCase(),
      loadBalancerPort: numberFact(resource, `Listeners.${index}.LoadBalancerPort`),
      certificateStore: certificateStoreOf(resource, `Listeners.${index}.SSLCertificateId`),
    };
  });
}

export function classicLoadBalancer(resource: TemplateResource): ClassicLoadBalancer {
  return {
    type: 'elb-classic-load-balancer',
    ...baseOf(resource, 'LoadBalancerName'),
    listeners: listenersOf(resource),
    // No AccessLoggingPolicy: ELB creates the load balancer with access logging off.
    accessLogs: boolFact(resource, 'AccessLoggingPolicy.Enabled', false),
  };
}
