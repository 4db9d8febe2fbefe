/**
 * The EC2 and SSM calls behind the catalogue's instance, snapshot, image, NACL, VPC and SSM rules: each one denied
 * makes the rules that read it UNKNOWN on the sample account, never PASS.
 */
import { describe, expect, it } from 'vitest';
import { sampleAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

/** `type`: only the findings on that resource type depend on the call (a rule may apply to several). */
const CASES: { deny: string; rules: string[]; type?: string }[] = [
  {
    deny: 'ec2:DescribeInstances',
    rules: [
      'ec2-instance-no-public-ip',
      'ec2-imdsv2-required',
      'ec2-detailed-monitoring',
      'ec2-managed-by-ssm',
    ],
    type: 'ec2-instance',
  },
  { deny: 'ec2:DescribeLaunchTemplateVersions', rules: ['launch-template-no-public-ip'] },
  { deny: 'ec2:DescribeSnapshots', rules: ['ebs-snapshot-encrypted', 'ebs-snapshot-not-public'] },
  { deny: 'ec2:GetSnapshotBlockPublicAccessState', rules: ['ebs-snapshot-block-public-access'] },
  { deny: 'ec2:DescribeImages', rules: ['ami-not-public'] },
  { deny: 'ec2:DescribeNetworkAcls', rules: ['nacl-no-public-admin-ingress'] },
  { deny: 'ec2:DescribeNetworkInterfaces', rules: ['sg-attached-to-eni'] },
  { deny: 'ec2:DescribeAddresses', rules: ['eip-associated'] },
  { deny: 'ec2:DescribeTransitGateways', rules: ['transit-gateway-no-auto-accept'] },
  { deny: 'ec2:DescribeClientVpnEndpoints', rules: ['client-vpn-connection-logging'] },
  { deny: 'ec2:DescribeVpcs', rules: ['vpc-flow-logs-enabled', 'vpc-public-and-private-subnets'] },
  { deny: 'ec2:DescribeFlowLogs', rules: ['vpc-flow-logs-enabled'] },
  { deny: 'ssm:DescribeInstanceInformation', rules: ['ec2-managed-by-ssm', 'ssm-patch-compliant'] },
  {
    deny: 'ssm:ListResourceComplianceSummaries',
    rules: ['ssm-patch-compliant', 'ssm-association-compliant'],
  },
];

describe('a denied EC2 or SSM call never lets its rules PASS', () => {
  it.each(CASES)(
    '$deny',
    async ({ deny, rules, type }) => {
      const faults: FaultRule[] = [{ action: deny, kind: 'AccessDenied' }];
      const scan = await scanFake(sampleAccount(), { faults, live: { maxAttempts: 1 } });
      const dependent = scan.findings.filter(
        (finding) => rules.includes(finding.ruleId) && (type === undefined || finding.resource.type === type),
      );
      expect(
        dependent.filter((finding) => finding.status === 'PASS').map((f) => `${f.ruleId} ${f.resource.id}`),
      ).toEqual([]);
      for (const ruleId of rules) {
        const unknowns = dependent.filter(
          (finding) => finding.ruleId === ruleId && finding.status === 'UNKNOWN',
        );
        expect(unknowns.length, `${ruleId} has no UNKNOWN finding`).toBeGreaterThan(0);
        expect(
          unknowns.some((finding) =>
            /AccessDenied|not authorized/i.test(`${finding.message} ${JSON.stringify(finding.evidence)}`),
          ),
        ).toBe(true);
      }
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );
});
