/** Secrets Manager secrets; a secret rotates when an AWS::SecretsManager::RotationSchedule names it. */
import { rotationIntervalDays } from '../../../inventory/facts/rotation-schedule.js';
import { isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { SecretsManagerSecret } from '../../../inventory/model.js';
import {
  baseOf,
  linkFact,
  numberFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { mayNotExist } from './conditional-attachment.js';
import {
  attachedPolicyStatements,
  followAlias,
  namesByName,
  type PolicyAttachment,
  type PolicyTargets,
} from './resource-policy.js';

const SECRET_POLICIES: readonly PolicyAttachment[] = [
  { cfnType: 'AWS::SecretsManager::ResourcePolicy', targets: 'SecretId', document: 'ResourcePolicy' },
];

/** SecretId: the secret's name, its partial ARN (`...:secret:<name>`) or full ARN (`...:secret:<name>-<6 characters>`). */
function literalNamesSecret(link: string, name: string): boolean {
  if (link === name || link.endsWith(`:secret:${name}`)) return true;
  const marker = `:secret:${name}-`;
  const at = link.lastIndexOf(marker);
  return at >= 0 && link.length - (at + marker.length) === 6;
}

/** The secrets a secret resource policy may name: the secret's normalizer reads it for a secret of the templates. */
export const SECRET_POLICY_TARGETS: PolicyTargets = {
  kind: 'secretsmanager-secret',
  cfnType: 'AWS::SecretsManager::Secret',
  attachments: SECRET_POLICIES,
  names: (secret) => namesByName(secret, 'Name', literalNamesSecret, () => true),
};

function namesSecret(secret: TemplateResource, link: string): boolean {
  if (link === secret.id) return true;
  const name = valueAt(secret, 'Name');
  return typeof name === 'string' && (link === name || link.endsWith(`:secret:${name}`));
}

export function secretsManagerSecret(resource: TemplateResource, index: TemplateIndex): SecretsManagerSecret {
  let schedule: TemplateResource | undefined;
  let undecided: Maybe<never> | undefined;
  for (const other of resourcesOfType(index, 'AWS::SecretsManager::RotationSchedule')) {
    // CDK names an RDS secret by its SecretTargetAttachment, whose Ref is the secret's ARN.
    const written = linkFact(other, 'SecretId');
    const target = typeof written === 'string' ? followAlias(written, index) : written;
    if (isUnknown(target)) {
      undecided ??= unknown(`${other.logicalId}.SecretId may name ${resource.logicalId}: ${target.reason}`);
      continue;
    }
    if (target === undefined || !namesSecret(resource, target)) continue;
    const absent = mayNotExist(other, resource);
    if (absent) undecided ??= unknown(`rotation schedule ${absent.reason}`);
    else schedule = other;
  }
  const place = `${schedule?.logicalId ?? resource.logicalId}.RotationRules`;
  return {
    type: 'secretsmanager-secret',
    ...baseOf(resource, 'Name'),
    rotationEnabled: schedule ? true : (undecided ?? false),
    rotationIntervalDays: schedule
      ? rotationIntervalDays(
          numberFact(schedule, 'RotationRules.AutomaticallyAfterDays'),
          stringFact(schedule, 'RotationRules.ScheduleExpression'),
          place,
        )
      : undefined,
    policyStatements: attachedPolicyStatements(
      resource,
      index,
      SECRET_POLICIES,
      SECRET_POLICY_TARGETS.names(resource),
    ),
  };
}
