/** CloudWatch Logs log group settings beyond encryption. */
import type { LogGroup } from '../../../inventory/model.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { numberFact, type TemplateResource } from './context.js';

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
