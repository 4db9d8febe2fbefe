/** EMR: clusters, with the placement and security configuration the rules read. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface EmrCluster extends ResourceBase<'emr-cluster'> {
  /**
   * The subnets the master node may launch in (live: the one it did; a template's instance fleet may list
   * several). Empty: none was chosen, so EMR uses a default subnet of the default VPC.
   */
  subnetIds: Maybe<string[]>;
  /** Kerberos authentication, from the AuthenticationConfiguration of the cluster's security configuration. */
  kerberosEnabled: Maybe<boolean>;
}
