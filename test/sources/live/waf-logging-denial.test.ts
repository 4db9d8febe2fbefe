/** wafv2:ListLoggingConfigurations denied: web ACLs are still listed, their logging is UNKNOWN, never PASS. */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const ARN = 'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/web/web-id';

describe('wafv2:ListLoggingConfigurations denied', () => {
  it('makes waf-web-acl-logging UNKNOWN', async () => {
    const account = emptyAccount({ accountId: '111122223333', enabledRegions: ['us-east-1'] });
    account.regions['us-east-1'] = {
      wafv2: {
        webAcls: [
          {
            scope: 'REGIONAL',
            acl: {
              Name: 'web',
              Id: 'web-id',
              ARN,
              DefaultAction: { Allow: {} },
              VisibilityConfig: {
                CloudWatchMetricsEnabled: true,
                MetricName: 'web',
                SampledRequestsEnabled: true,
              },
            },
            logDestinations: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web'],
          },
        ],
      },
    };
    const faults: FaultRule[] = [{ action: 'wafv2:ListLoggingConfigurations', kind: 'AccessDenied' }];
    const scan = await scanFake(account, { faults, live: { maxAttempts: 1 } });
    const finding = scan.findings.find(
      (candidate) => candidate.ruleId === 'waf-web-acl-logging' && candidate.resource.id === ARN,
    );
    expect(finding?.status, finding?.message).toBe('UNKNOWN');
    expect(finding?.message).toMatch(/ListLoggingConfigurations|AccessDenied|not authorized/);
    expect(scan.incompleteExit).toBe(3);
  }, 60_000);
});

describe('wafv2:GetWebACL denied', () => {
  it('makes waf-rules-publish-metrics UNKNOWN', async () => {
    const account = emptyAccount({ accountId: '111122223333', enabledRegions: ['us-east-1'] });
    account.regions['us-east-1'] = {
      wafv2: {
        webAcls: [
          {
            scope: 'REGIONAL',
            acl: {
              Name: 'web',
              Id: 'web-id',
              ARN,
              DefaultAction: { Allow: {} },
              VisibilityConfig: {
                CloudWatchMetricsEnabled: true,
                MetricName: 'web',
                SampledRequestsEnabled: true,
              },
            },
          },
        ],
      },
    };
    const faults: FaultRule[] = [{ action: 'wafv2:GetWebACL', kind: 'AccessDenied' }];
    const scan = await scanFake(account, { faults, live: { maxAttempts: 1 } });
    const finding = scan.findings.find(
      (candidate) => candidate.ruleId === 'waf-rules-publish-metrics' && candidate.resource.id === ARN,
    );
    expect(finding?.status, finding?.message).toBe('UNKNOWN');
    expect(finding?.message).toMatch(/GetWebACL|AccessDenied|not authorized/);
  }, 60_000);
});
