/** WAFv2 web ACL settings the logging rule reads. */
import type { Maybe } from '../maybe.js';

export interface WebAclSettings {
  /** A logging configuration sends the ACL's request logs somewhere (CloudWatch Logs, S3, Firehose). */
  loggingEnabled: Maybe<boolean>;
  /** What does not publish CloudWatch metrics: rule names, and `(web ACL)` for the ACL's own VisibilityConfig. */
  withoutMetrics: Maybe<string[]>;
}
