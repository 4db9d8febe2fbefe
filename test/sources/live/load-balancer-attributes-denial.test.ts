/** DescribeLoadBalancerAttributes denied: the load balancer is still judged, and the rules reading its attributes are UNKNOWN, never PASS. */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/0123456789abcdef';

describe('elasticloadbalancing:DescribeLoadBalancerAttributes denied', () => {
  it('makes the attribute rules UNKNOWN and leaves the zone rule judged', async () => {
    const account = emptyAccount({ accountId: '111122223333', enabledRegions: ['us-east-1'] });
    account.regions['us-east-1'] = {
      elbv2: {
        loadBalancers: [
          {
            LoadBalancerArn: ARN,
            LoadBalancerName: 'web',
            Type: 'application',
            Scheme: 'internet-facing',
            AvailabilityZones: [{ ZoneName: 'us-east-1a' }, { ZoneName: 'us-east-1b' }],
          },
        ],
        attributes: {
          [ARN]: [
            { Key: 'deletion_protection.enabled', Value: 'true' },
            { Key: 'access_logs.s3.enabled', Value: 'true' },
            { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
          ],
        },
      },
    };
    const faults: FaultRule[] = [
      { action: 'elasticloadbalancing:DescribeLoadBalancerAttributes', kind: 'AccessDenied' },
    ];
    const scan = await scanFake(account, { faults, live: { maxAttempts: 1 } });
    const statusOf = (ruleId: string) =>
      scan.findings.find((finding) => finding.ruleId === ruleId && finding.resource.id === ARN);
    for (const ruleId of [
      'load-balancer-deletion-protection',
      'load-balancer-access-logs',
      'alb-drops-invalid-header-fields',
    ]) {
      const finding = statusOf(ruleId);
      expect(finding?.status, `${ruleId}: ${finding?.message}`).toBe('UNKNOWN');
      expect(finding?.message).toMatch(/DescribeLoadBalancerAttributes|AccessDenied|not authorized/);
    }
    expect(statusOf('load-balancer-multi-az')?.status).toBe('PASS');
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);
});
