/** Container services: EKS clusters and ECR repositories. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

export interface EksCluster extends ResourceBase<'eks-cluster'> {
  endpointPublicAccess: Maybe<boolean>;
  /** CIDRs allowed to reach the public endpoint (0.0.0.0/0 when not restricted). */
  publicAccessCidrs: Maybe<string[]>;
}

export interface EcrRepository extends ResourceBase<'ecr-repository'> {
  /** Repository policy statements; [] when the repository has no policy. */
  policyStatements: Maybe<PolicyStatement[]>;
}
