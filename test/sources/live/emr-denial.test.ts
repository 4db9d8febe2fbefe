/** EMR: each call denied makes the rules that read it UNKNOWN, never PASS. */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const REGION = 'us-east-1';
const CLUSTER_ARN = `arn:aws:elasticmapreduce:${REGION}:111122223333:cluster/j-SECURE`;

/** One compliant cluster: private subnet, Kerberos security configuration. */
function compliantAccount(): FakeAccount {
  const account = emptyAccount();
  account.regions[REGION] = {
    ec2: {
      vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }],
      subnets: [{ SubnetId: 'subnet-private', VpcId: 'vpc-1', MapPublicIpOnLaunch: false }],
    },
    emr: {
      clusters: [
        {
          Id: 'j-SECURE',
          Name: 'secure',
          ClusterArn: CLUSTER_ARN,
          Ec2InstanceAttributes: { Ec2SubnetId: 'subnet-private' },
          SecurityConfiguration: 'kerberos',
        },
        // A terminated cluster is not listed (ListClusters asks for active states): it yields no finding.
        { Id: 'j-GONE', Name: 'gone', Status: { State: 'TERMINATED' } },
      ],
      securityConfigurations: {
        kerberos: {
          AuthenticationConfiguration: { KerberosConfiguration: { Provider: 'ClusterDedicatedKdc' } },
        },
      },
    },
  };
  return account;
}

const RULES = ['emr-master-no-public-ip', 'emr-kerberos-enabled'];

const CASES: { deny: string; rules: string[] }[] = [
  { deny: 'elasticmapreduce:ListClusters', rules: RULES },
  { deny: 'elasticmapreduce:DescribeCluster', rules: RULES },
  { deny: 'elasticmapreduce:DescribeSecurityConfiguration', rules: ['emr-kerberos-enabled'] },
];

describe('EMR: denied calls never PASS', () => {
  it('with nothing denied, both rules PASS on the active cluster only', async () => {
    const scan = await scanFake(compliantAccount());
    for (const ruleId of RULES) {
      const findings = scan.findings.filter((finding) => finding.ruleId === ruleId);
      expect(
        findings.map((finding) => `${finding.resource.id} ${finding.status}`),
        ruleId,
      ).toEqual([`${CLUSTER_ARN} PASS`]);
    }
  }, 60_000);

  it.each(CASES)(
    '$deny',
    async ({ deny, rules }) => {
      const faults: FaultRule[] = [{ action: deny, kind: 'AccessDenied' }];
      const scan = await scanFake(compliantAccount(), { faults, live: { maxAttempts: 1 } });
      for (const ruleId of rules) {
        const findings = scan.findings.filter((finding) => finding.ruleId === ruleId);
        expect(findings.length, ruleId).toBeGreaterThan(0);
        for (const finding of findings) {
          expect(finding.status, `${ruleId}: ${finding.message}`).toBe('UNKNOWN');
          expect(`${finding.message} ${JSON.stringify(finding.evidence)}`).toMatch(
            /AccessDenied|not authorized/i,
          );
        }
      }
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );
});
