import type { FakeFirewall } from '../account.js';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type CallContext, type ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function firewallOf(ctx: CallContext): FakeFirewall {
  const arn = stringField(ctx.body, 'FirewallArn');
  const name = stringField(ctx.body, 'FirewallName');
  const found = (regionOf(ctx).networkfirewall?.firewalls ?? []).find(
    (f) => (arn !== undefined && f.arn === arn) || (name !== undefined && f.name === name),
  );
  if (!found) throw new AwsError('ResourceNotFoundException', 'Resource not found.', 400);
  return found;
}

/** JSON 1.0, signed as `network-firewall`. */
export const networkfirewall: ServiceDefinition = {
  signingName: 'network-firewall',
  protocol: 'json',
  jsonVersion: '1.0',
  load: () => import('@aws-sdk/client-network-firewall'),
  operations: {
    ListFirewalls: (ctx) => {
      const page = paginate(
        regionOf(ctx).networkfirewall?.firewalls ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidRequestException',
      );
      return {
        Firewalls: page.items.map((f) => ({ FirewallName: f.name, FirewallArn: f.arn })),
        NextToken: page.next,
      };
    },
    DescribeLoggingConfiguration: (ctx) => {
      const firewall = firewallOf(ctx);
      return {
        FirewallArn: firewall.arn,
        ...(firewall.logging ? { LoggingConfiguration: { LogDestinationConfigs: firewall.logging } } : {}),
      };
    },
  },
};
