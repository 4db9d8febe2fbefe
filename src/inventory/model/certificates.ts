/** ACM certificates. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface AcmCertificate extends ResourceBase<'acm-certificate'> {
  domainName?: string;
  /** ISSUED, PENDING_VALIDATION, EXPIRED ... */
  status: Maybe<string>;
  /** ISO timestamp the certificate expires; undefined: not issued yet, so no expiry. */
  notAfter: Maybe<string | undefined>;
  inUse?: Maybe<boolean>;
}
