import { rotationIntervalDays } from '../../../../inventory/facts/rotation-schedule.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { LIST_SECRETS } from './calls.js';

export function normalizeSecretsManager(out: Output): void {
  const secrets = out.list(LIST_SECRETS, ['secretsmanager-secret']).flatMap((page) => page.SecretList ?? []);
  for (const secret of secrets) {
    if (!secret.ARN) continue;
    const place = describePlace(`secret ${secret.Name ?? secret.ARN}`);
    out.add({
      type: 'secretsmanager-secret',
      id: secret.ARN,
      arn: secret.ARN,
      name: secret.Name ?? secret.ARN,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(secret.Tags),
      // Secrets Manager leaves RotationEnabled out for a secret never set up for rotation.
      rotationEnabled: setting(secret.RotationEnabled, place, 'RotationEnabled', { describeOmitted: false }),
      rotationIntervalDays: rotationIntervalDays(
        secret.RotationRules?.AutomaticallyAfterDays,
        secret.RotationRules?.ScheduleExpression,
        `secret ${secret.Name ?? secret.ARN}`,
      ),
      lastRotatedAt: secret.LastRotatedDate,
      createdAt: secret.CreatedDate,
    });
  }
}
