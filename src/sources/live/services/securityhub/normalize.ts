import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_HUB } from './calls.js';

/**
 * DescribeHub answers InvalidAccessException ("not subscribed to AWS Security
 * Hub") where the hub is not enabled: that is the answer, no hub. Any other
 * failure (a denial included) leaves the region unread.
 */
const NOT_SUBSCRIBED = /not subscribed/i;

export function normalizeSecurityHub(out: Output): void {
  const record = out.raw.get(DESCRIBE_HUB.service, DESCRIBE_HUB.action, out.region, DESCRIBE_HUB.params());
  if (record?.error?.code === 'InvalidAccessException' && NOT_SUBSCRIBED.test(record.error.message)) return;
  const hub = out.list(DESCRIBE_HUB, ['securityhub-hub'])[0];
  if (!hub?.HubArn) return;
  out.add({
    type: 'securityhub-hub',
    id: hub.HubArn,
    arn: hub.HubArn,
    name: 'Security Hub',
    region: out.region,
    origin: out.origin,
    subscribedAt: hub.SubscribedAt,
  });
}
