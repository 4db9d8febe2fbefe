import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { allPages, type Output } from '../../normalize/raw.js';
import { DESCRIBE_INSTANCE_INFORMATION, LIST_RESOURCE_COMPLIANCE_SUMMARIES } from './calls.js';

/** Compliance status by resource id and compliance type (Patch, Association, Custom:...); Unknown when not read. */
function complianceByResource(out: Output): Maybe<Map<string, Map<string, string>>> {
  const answer = allPages(out, LIST_RESOURCE_COMPLIANCE_SUMMARIES, undefined);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown('ssm:ListResourceComplianceSummaries found nothing to list');
  const byResource = new Map<string, Map<string, string>>();
  for (const item of answer.value.flatMap((page) => page.ResourceComplianceSummaryItems ?? [])) {
    if (!item.ResourceId || !item.ComplianceType || !item.Status) continue;
    const types = byResource.get(item.ResourceId) ?? new Map<string, string>();
    types.set(item.ComplianceType, item.Status);
    byResource.set(item.ResourceId, types);
  }
  return byResource;
}

export function normalizeSsm(out: Output): void {
  const compliance = complianceByResource(out);
  const statusOf = (id: string, type: string): Maybe<string | undefined> =>
    compliance instanceof Map ? compliance.get(id)?.get(type) : compliance;
  const managed = out
    .list(DESCRIBE_INSTANCE_INFORMATION, ['ssm-managed-instance'])
    .flatMap((page) => page.InstanceInformationList ?? []);
  for (const instance of managed) {
    if (!instance.InstanceId) continue;
    out.add({
      type: 'ssm-managed-instance',
      id: `ssm/${instance.InstanceId}`,
      arn: `arn:${out.partition}:ssm:${out.region}:${out.account}:managed-instance/${instance.InstanceId}`,
      name: instance.ComputerName ?? instance.Name ?? instance.InstanceId,
      region: out.region,
      origin: out.origin,
      instanceId: instance.InstanceId,
      pingStatus: instance.PingStatus,
      patchCompliance: statusOf(instance.InstanceId, 'Patch'),
      associationCompliance: statusOf(instance.InstanceId, 'Association'),
    });
  }
}
