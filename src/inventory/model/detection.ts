/** Threat detection and security posture services: GuardDuty, Security Hub. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface GuardDutyDetector extends ResourceBase<'guardduty-detector'> {
  enabled: Maybe<boolean>;
  /** Live only: ids of findings of severity 7 or more that are not archived (at most one page). */
  openHighSeverityFindings?: Maybe<string[]>;
}

/** Security Hub enabled in a region (AWS::SecurityHub::Hub, DescribeHub). */
export interface SecurityHubHub extends ResourceBase<'securityhub-hub'> {
  subscribedAt?: string;
}
