/**
 * Metric filters, alarms or SNS subscriptions denied: the CIS metric-filter-and-alarm rules and
 * alarm-actions cannot PASS on what was not read. The sample account watches five of the controls, so
 * without a denial those PASS, and the denial is what turns them UNKNOWN.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { sampleAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const WATCHED = [
  'metric-alarm-root-usage',
  'metric-alarm-cloudtrail-changes',
  'metric-alarm-iam-policy-changes',
];
const ORG_TRAIL = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail';

async function findingsWith(deny: string[]): Promise<{ findings: Finding[]; incompleteExit: number }> {
  const faults: FaultRule[] = deny.map((action) => ({ action, kind: 'AccessDenied' }));
  return scanFake(sampleAccount(), { faults, live: { maxAttempts: 1 } });
}

const onOrgTrail = (findings: Finding[], ruleId: string) =>
  findings.find((finding) => finding.ruleId === ruleId && finding.resource.id === ORG_TRAIL);

describe('metric filters and alarms denied', () => {
  it('PASS on the sample account when both are read', async () => {
    const { findings } = await findingsWith([]);
    for (const ruleId of WATCHED) expect(onOrgTrail(findings, ruleId)?.status, ruleId).toBe('PASS');
  }, 60_000);

  // Faults name the wire action, and CloudWatch signs as `monitoring` (its IAM action is cloudwatch:DescribeAlarms).
  it.each([
    ['logs:DescribeMetricFilters', 'metric-alarm-'],
    ['monitoring:DescribeAlarms', /^(metric-alarm-|cloudwatch-alarm-actions$)/],
    // Whether the alarm topics have a confirmed subscriber is unread: the alarms may notify nobody.
    ['sns:ListSubscriptions', /^(metric-alarm-|cloudwatch-alarm-actions$)/],
  ])(
    '%s denied: UNKNOWN, naming the denial, never PASS',
    async (action, readers) => {
      const { findings, incompleteExit } = await findingsWith([action]);
      for (const ruleId of WATCHED) {
        const finding = onOrgTrail(findings, ruleId);
        expect(finding?.status, `${ruleId}: ${finding?.message}`).toBe('UNKNOWN');
        expect(`${finding?.message} ${JSON.stringify(finding?.evidence)}`).toMatch(
          /AccessDenied|not authorized/i,
        );
      }
      const dependent = findings.filter((finding) =>
        typeof readers === 'string' ? finding.ruleId.startsWith(readers) : readers.test(finding.ruleId),
      );
      expect(dependent.filter((finding) => finding.status === 'PASS')).toEqual([]);
      expect(incompleteExit).toBe(3);
    },
    60_000,
  );
});
