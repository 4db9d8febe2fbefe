import { rotationIntervalDays } from '../../../../inventory/facts/rotation-schedule.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import type { Maybe } from '../../../../inventory/maybe.js';
import type { PolicyStatement } from '../../../../inventory/model.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { GET_RESOURCE_POLICY, LIST_SECRETS } from './calls.js';

/** A secret without a resource policy answers without ResourcePolicy: no statements. */
function resourcePolicyOf(out: Output, arn: string, name: string): Maybe<PolicyStatement[]> {
  const answer = out.one(GET_RESOURCE_POLICY, arn);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound || answer.value.ResourcePolicy === undefined) return [];
  return policyStatements(answer.value.ResourcePolicy, `secret ${name}: resource policy`);
}

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
      policyStatements: resourcePolicyOf(out, secret.ARN, secret.Name ?? secret.ARN),
    });
  }
}
