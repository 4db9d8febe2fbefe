/** Classic Load Balancers (the 2012-06-01 ELB API): listeners and access logging. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export type CertificateStore = 'acm' | 'iam';

export interface ClassicElbListener {
  /** HTTP, HTTPS, TCP or SSL, upper-cased (templates accept any case). */
  protocol: Maybe<string>;
  loadBalancerPort: Maybe<number | undefined>;
  /** Who manages the listener's certificate (`SSLCertificateId`): ACM, or IAM server certificates; undefined: none set. */
  certificateStore: Maybe<CertificateStore | undefined>;
}

export interface ClassicLoadBalancer extends ResourceBase<'elb-classic-load-balancer'> {
  listeners: Maybe<ClassicElbListener[]>;
  /** `AccessLog.Enabled` (live) / `AccessLoggingPolicy.Enabled` (templates); ELB creates it off. */
  accessLogs: Maybe<boolean>;
}
