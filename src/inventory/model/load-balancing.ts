/** Load balancer attributes the availability, logging and TLS rules read. */
import type { Maybe } from '../maybe.js';

export interface LoadBalancerSettings {
  /** `deletion_protection.enabled`. */
  deletionProtection: Maybe<boolean>;
  /** `access_logs.s3.enabled`. */
  accessLogs: Maybe<boolean>;
  /** `routing.http.drop_invalid_header_fields.enabled`; undefined: not an application load balancer. */
  dropInvalidHeaderFields: Maybe<boolean | undefined>;
  /** Availability Zones it has nodes in (ELB takes one subnet per zone). */
  zoneCount: Maybe<number>;
}
