/**
 * MQ, Network Firewall and Route 53 calls denied: their logging rules are UNKNOWN, naming the denial,
 * never PASS. Without a denial the same account PASSes, so the denial is what changes the verdict.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount, type FaultRule } from '../../support/aws-server/index.js';
import {
  addBroker,
  addFirewall,
  addZone,
  mqBroker,
} from '../../support/aws-server/service-logging-fixtures.js';
import { scanFake } from './helpers.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const RULES = ['mq-broker-logging', 'networkfirewall-logging', 'route53-query-logging'];

function account(): FakeAccount {
  const fake = emptyAccount({ accountId: ACCOUNT, enabledRegions: [REGION] });
  const here = (fake.regions[REGION] ??= {});
  addBroker(here, mqBroker(REGION, ACCOUNT, 'bus', 'ACTIVEMQ', { General: true, Audit: true }));
  addFirewall(here, REGION, ACCOUNT, 'egress', ['ALERT']);
  addZone(fake, 'Z0PUBLIC', 'example.com', {
    logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/route53/example.com`,
  });
  return fake;
}

async function statusesWith(deny: string[]) {
  const faults: FaultRule[] = deny.map((action) => ({ action, kind: 'AccessDenied' }));
  const scan = await scanFake(account(), { faults, live: { maxAttempts: 1 } });
  return { scan, findings: scan.findings.filter((finding) => RULES.includes(finding.ruleId)) };
}

describe('MQ, Network Firewall and Route 53 logging denied', () => {
  it('PASS when every call is answered', async () => {
    const { findings } = await statusesWith([]);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.status}`).sort()).toEqual(
      RULES.map((ruleId) => `${ruleId} PASS`),
    );
  }, 60_000);

  it.each([
    ['mq:ListBrokers', 'mq-broker-logging'],
    ['mq:DescribeBroker', 'mq-broker-logging'],
    ['network-firewall:ListFirewalls', 'networkfirewall-logging'],
    ['network-firewall:DescribeLoggingConfiguration', 'networkfirewall-logging'],
    ['route53:ListHostedZones', 'route53-query-logging'],
    ['route53:ListQueryLoggingConfigs', 'route53-query-logging'],
  ])(
    '%s denied: %s is UNKNOWN, naming the denial',
    async (action, ruleId) => {
      const { scan, findings } = await statusesWith([action]);
      const own = findings.filter((finding) => finding.ruleId === ruleId);
      expect(own.length).toBeGreaterThan(0);
      for (const finding of own) {
        expect(finding.status, finding.message).toBe('UNKNOWN');
        expect(`${finding.message} ${JSON.stringify(finding.evidence)}`).toMatch(
          /AccessDenied|not authorized/i,
        );
      }
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );
});
