/** CloudWatch Logs log group settings beyond encryption. */
import { isUnknown, unknown } from '../../../inventory/maybe.js';
import type { LogGroup, LogsResourcePolicy } from '../../../inventory/model.js';
import { policyStatements } from '../../../inventory/facts/policy-statements.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { baseOf, numberFact, stringFact, type TemplateResource } from './context.js';

/** AWS::Logs::LogGroup RetentionInDays: "To set a log group so that its log events do not expire, do not specify this property." */
export const NEVER_EXPIRES_SOURCE = 'AWS::Logs::LogGroup RetentionInDays (unset: events never expire)';

export function logGroupSettings(resource: TemplateResource): Pick<LogGroup, 'retentionInDays'> {
  return {
    retentionInDays: setting<number | 'never-expires'>(
      numberFact(resource, 'RetentionInDays'),
      createPlace(resource.logicalId),
      'RetentionInDays',
      { createDefault: 'never-expires', defaultSource: NEVER_EXPIRES_SOURCE },
    ),
  };
}

/** PolicyDocument is the policy's JSON text. */
export function logsResourcePolicy(resource: TemplateResource): LogsResourcePolicy {
  const document = stringFact(resource, 'PolicyDocument');
  return {
    type: 'logs-resource-policy',
    ...baseOf(resource, 'PolicyName'),
    policyStatements:
      document === undefined
        ? unknown(`${resource.logicalId}.PolicyDocument is not set`)
        : isUnknown(document)
          ? document
          : policyStatements(document, `${resource.logicalId}.PolicyDocument`),
  };
}
