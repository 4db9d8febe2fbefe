/**
 * Security-group sources through the live pipeline (issue 12): IPv6 ::/0 is
 * open, a prefix-list source is as open as its entries (read with
 * ec2:GetManagedPrefixListEntries), unreadable entries are UNKNOWN, and a
 * group, route table or gateway whose list field is missing from the answer
 * is UNKNOWN rather than "no rules".
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { sampleAccount, type FakeAccount } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const RULE = 'sg-no-public-admin-ports';

function verdictOf(findings: readonly Finding[], groupId: string): Finding | undefined {
  return findings.find((finding) => finding.ruleId === RULE && finding.resource.id === groupId);
}

describe('security-group sources, live', () => {
  it('IPv6 ::/0 and a prefix list holding 0.0.0.0/0 are open; a private prefix list passes', async () => {
    const scan = await scanFake(sampleAccount(), { live: { regions: ['us-east-1'] } });
    expect(verdictOf(scan.findings, 'sg-ipv6-ssh')).toMatchObject({ status: 'FAIL' });
    expect(verdictOf(scan.findings, 'sg-ipv6-ssh')?.message).toContain('::/0');
    expect(verdictOf(scan.findings, 'sg-vendor-ssh')).toMatchObject({ status: 'FAIL' });
    expect(verdictOf(scan.findings, 'sg-vendor-ssh')?.message).toContain(
      '0.0.0.0/0 (prefix list pl-0vendors000000001)',
    );
    expect(verdictOf(scan.findings, 'sg-vpn-rdp')).toMatchObject({ status: 'PASS' });
    const entriesCalls = scan.fake.calls.filter((call) => call.action === 'ec2:GetManagedPrefixListEntries');
    expect(entriesCalls).toHaveLength(2);
  });

  it('unreadable prefix-list entries make the rule UNKNOWN, never PASS', async () => {
    const scan = await scanFake(sampleAccount(), {
      live: { regions: ['us-east-1'], maxAttempts: 1 },
      faults: [{ action: 'ec2:GetManagedPrefixListEntries', kind: 'AccessDenied' }],
    });
    for (const group of ['sg-vendor-ssh', 'sg-vpn-rdp']) {
      const finding = verdictOf(scan.findings, group);
      expect(finding?.status, group).toBe('UNKNOWN');
      expect(finding?.message).toMatch(/ec2:GetManagedPrefixListEntries failed in us-east-1/);
    }
    expect(scan.incompleteExit).toBe(3);
  });

  it('a list field missing from the answer (SG rules, routes, attachments, DB subnets) is Unknown, not an empty list', async () => {
    const account: FakeAccount = sampleAccount();
    const ec2 = account.regions['us-east-1']!.ec2!;
    delete ec2.securityGroups![0]!.IpPermissions;
    delete ec2.routeTables![0]!.Routes;
    delete ec2.internetGateways![0]!.Attachments;
    const subnetGroup = account.regions['us-east-1']!.rds!.subnetGroups![0]!;
    delete subnetGroup.Subnets;
    const scan = await scanFake(account, { live: { regions: ['us-east-1'] } });
    const inventory = scan.result.inventory;
    const securityGroup = inventory.ofType('ec2-security-group').find((each) => each.id === 'sg-alb');
    expect(isUnknown(securityGroup?.ingress)).toBe(true);
    expect(verdictOf(scan.findings, 'sg-alb')?.status).toBe('UNKNOWN');
    const table = inventory
      .ofType('ec2-route-table')
      .find((each) => each.id === ec2.routeTables![0]!.RouteTableId);
    expect(isUnknown(table?.routes)).toBe(true);
    const gateway = inventory.ofType('ec2-internet-gateway')[0];
    expect(isUnknown(gateway?.vpcIds)).toBe(true);
    const group = inventory
      .ofType('rds-db-subnet-group')
      .find((each) => each.name === subnetGroup.DBSubnetGroupName);
    expect(isUnknown(group?.subnetIds)).toBe(true);
  });
});
