/** CloudWatch Logs resource policies: who may write to (or read) the region's log groups. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

export interface LogsResourcePolicy extends ResourceBase<'logs-resource-policy'> {
  policyStatements: Maybe<PolicyStatement[]>;
}
