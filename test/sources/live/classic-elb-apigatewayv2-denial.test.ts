/** Denied classic ELB and API Gateway v2 reads: the dependent rules are UNKNOWN or the population a gap, never PASS. */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FaultRule } from '../../support/aws-server/index.js';
import {
  ACM_CERTIFICATE,
  addClassicElb,
  addHttpApiStage,
  classicElbArn,
  FIXTURE_ACCOUNT,
  FIXTURE_REGION,
} from '../../support/aws-server/classic-elb-fixtures.js';
import { scanFake } from './helpers.js';

function account() {
  const fake = emptyAccount({ accountId: FIXTURE_ACCOUNT, enabledRegions: [FIXTURE_REGION] });
  addClassicElb(
    fake,
    'web',
    [{ Protocol: 'HTTPS', LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: ACM_CERTIFICATE }],
    true,
  );
  addHttpApiStage(fake, 'a1b2c3', 'prod', 'arn:aws:logs:us-east-1:111122223333:log-group:api');
  return fake;
}

const deny = (action: string): FaultRule[] => [{ action, kind: 'AccessDenied' }];

describe('classic ELB and API Gateway v2 reads denied', () => {
  it('baseline: every rule passes when nothing is denied', async () => {
    const scan = await scanFake(account(), { live: { maxAttempts: 1 } });
    const arn = classicElbArn('web');
    for (const ruleId of [
      'classic-elb-acm-certificate',
      'classic-elb-https-listeners',
      'load-balancer-access-logs',
    ])
      expect(scan.findings.find((f) => f.ruleId === ruleId && f.resource.id === arn)?.status, ruleId).toBe(
        'PASS',
      );
    expect(scan.findings.find((f) => f.ruleId === 'apigatewayv2-stage-access-logging')?.status).toBe('PASS');
  }, 60_000);

  it('DescribeLoadBalancerAttributes denied: classic access logging is UNKNOWN, the listener rules still judged', async () => {
    const scan = await scanFake(account(), {
      faults: deny('elasticloadbalancing:DescribeLoadBalancerAttributes'),
      live: { maxAttempts: 1 },
    });
    const arn = classicElbArn('web');
    const logs = scan.findings.find((f) => f.ruleId === 'load-balancer-access-logs' && f.resource.id === arn);
    expect(logs?.status).toBe('UNKNOWN');
    expect(logs?.message).toMatch(/DescribeLoadBalancerAttributes|AccessDenied|not authorized/);
    expect(
      scan.findings.find((f) => f.ruleId === 'classic-elb-https-listeners' && f.resource.id === arn)?.status,
    ).toBe('PASS');
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);

  it('DescribeLoadBalancers denied: the classic load balancers are a gap, no finding passes', async () => {
    const scan = await scanFake(account(), {
      faults: deny('elasticloadbalancing:DescribeLoadBalancers'),
      live: { maxAttempts: 1 },
    });
    expect(scan.result.inventory.gapsFor('elb-classic-load-balancer', FIXTURE_REGION)).not.toEqual([]);
    expect(scan.findings.filter((f) => f.ruleId.startsWith('classic-elb-') && f.status === 'PASS')).toEqual(
      [],
    );
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);

  it('GetStages denied: the HTTP API stages are a gap, none passes', async () => {
    const scan = await scanFake(account(), {
      faults: deny('apigateway:GetStages'),
      live: { maxAttempts: 1 },
    });
    expect(scan.result.inventory.gapsFor('apigatewayv2-stage', FIXTURE_REGION)).not.toEqual([]);
    expect(
      scan.findings.filter((f) => f.ruleId === 'apigatewayv2-stage-access-logging' && f.status === 'PASS'),
    ).toEqual([]);
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);

  it('GetApis denied: the HTTP API stages are a gap', async () => {
    const scan = await scanFake(account(), { faults: deny('apigateway:GetApis'), live: { maxAttempts: 1 } });
    expect(scan.result.inventory.gapsFor('apigatewayv2-stage', FIXTURE_REGION)[0]?.reason).toMatch(
      /GetApis|AccessDenied|not authorized/,
    );
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);
});
