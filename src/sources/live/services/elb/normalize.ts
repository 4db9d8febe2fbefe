import type { ListenerDescription } from '@aws-sdk/client-elastic-load-balancing';
import { certificateStoreOfArn } from '../../../../inventory/facts/certificate-store.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { ClassicElbListener } from '../../../../inventory/model.js';
import type { Json, Output } from '../../normalize/raw.js';
import { DESCRIBE_LOAD_BALANCER_ATTRIBUTES, DESCRIBE_LOAD_BALANCERS } from './calls.js';

function listenersOf(
  name: string,
  descriptions: Json<ListenerDescription>[] | undefined,
): Maybe<ClassicElbListener[]> {
  if (descriptions === undefined)
    return unknown(`load balancer ${name}: ListenerDescriptions was not returned`);
  return descriptions.map(({ Listener: listener }) => ({
    protocol:
      listener?.Protocol?.toUpperCase() ?? unknown(`load balancer ${name}: a listener has no Protocol`),
    loadBalancerPort: listener?.LoadBalancerPort,
    certificateStore:
      listener?.SSLCertificateId === undefined
        ? undefined
        : certificateStoreOfArn(listener.SSLCertificateId, `load balancer ${name}`),
  }));
}

function accessLogsOf(out: Output, name: string): Maybe<boolean> {
  const answer = out.one(DESCRIBE_LOAD_BALANCER_ATTRIBUTES, name);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`load balancer ${name}: attributes not found`);
  return (
    answer.value.LoadBalancerAttributes?.AccessLog?.Enabled ??
    unknown(`load balancer ${name}: AccessLog.Enabled was not returned`)
  );
}

export function normalizeClassicElb(out: Output): void {
  const balancers = out
    .list(DESCRIBE_LOAD_BALANCERS, ['elb-classic-load-balancer'])
    .flatMap((page) => page.LoadBalancerDescriptions ?? []);
  for (const lb of balancers) {
    const name = lb.LoadBalancerName;
    if (!name) continue;
    out.add({
      type: 'elb-classic-load-balancer',
      id: `arn:${out.partition}:elasticloadbalancing:${out.region}:${out.account}:loadbalancer/${name}`,
      arn: `arn:${out.partition}:elasticloadbalancing:${out.region}:${out.account}:loadbalancer/${name}`,
      name,
      region: out.region,
      origin: out.origin,
      listeners: listenersOf(name, lb.ListenerDescriptions),
      accessLogs: accessLogsOf(out, name),
    });
  }
}
