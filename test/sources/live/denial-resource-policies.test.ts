/**
 * Queue, topic and secret resource policies: a denied or failed read makes
 * the rule UNKNOWN for that resource, never PASS.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/run.js';
import { loadSnapshotSource } from '../../../src/sources/snapshot/index.js';
import { emptyAccount, type FakeAccount, type FaultRule } from '../../support/aws-server/index.js';
import { SCANNED_AT, scanFake } from './helpers.js';

const R = 'us-east-1:111122223333';
const SECRET_ARN = `arn:aws:secretsmanager:${R}:secret:app/db-AbC123`;

/** A queue, a topic and a secret whose policies name one partner account: each rule PASSes when nothing fails. */
function compliantAccount(): FakeAccount {
  const partnerOnly = (action: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: action, Resource: '*' }],
    });
  const account = emptyAccount();
  account.regions['us-east-1'] = {
    sqs: {
      queues: [
        {
          url: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders',
          attributes: {
            QueueArn: `arn:aws:sqs:${R}:orders`,
            SqsManagedSseEnabled: 'true',
            Policy: partnerOnly('sqs:SendMessage'),
          },
        },
      ],
    },
    sns: { topics: [{ arn: `arn:aws:sns:${R}:events`, attributes: { Policy: partnerOnly('sns:Publish') } }] },
    secretsmanager: {
      secrets: [{ ARN: SECRET_ARN, Name: 'app/db' }],
      resourcePolicies: { [SECRET_ARN]: partnerOnly('secretsmanager:GetSecretValue') },
    },
  };
  return account;
}

const CASES: { deny: string; rule: string }[] = [
  { deny: 'sqs:GetQueueAttributes', rule: 'sqs-queue-not-public' },
  { deny: 'sns:GetTopicAttributes', rule: 'sns-topic-not-public' },
  { deny: 'secretsmanager:GetResourcePolicy', rule: 'secret-not-public' },
];

describe('resource policies: denied calls never PASS', () => {
  it('with nothing denied, every rule PASSes on the compliant account', async () => {
    const scan = await scanFake(compliantAccount());
    for (const { rule } of CASES) {
      const findings = scan.findings.filter((finding) => finding.ruleId === rule);
      expect(
        findings.map((finding) => finding.status),
        rule,
      ).toEqual(['PASS']);
    }
  }, 60_000);

  it.each(CASES)(
    '$deny',
    async ({ deny, rule }) => {
      const faults: FaultRule[] = [{ action: deny, kind: 'AccessDenied' }];
      const scan = await scanFake(compliantAccount(), { faults, live: { maxAttempts: 1 } });
      const findings = scan.findings.filter((finding) => finding.ruleId === rule);
      expect(findings.length, rule).toBe(1);
      for (const finding of findings) {
        expect(finding.status, `${rule}: ${finding.message}`).toBe('UNKNOWN');
        expect(`${finding.message} ${JSON.stringify(finding.evidence)}`).toMatch(
          /AccessDenied|not authorized/i,
        );
      }
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );

  it('a GetResourcePolicy that fails on the server is UNKNOWN too', async () => {
    const faults: FaultRule[] = [{ action: 'secretsmanager:GetResourcePolicy', kind: 'ServerError' }];
    const scan = await scanFake(compliantAccount(), { faults, live: { maxAttempts: 1 } });
    const findings = scan.findings.filter((finding) => finding.ruleId === 'secret-not-public');
    expect(findings.map((finding) => finding.status)).toEqual(['UNKNOWN']);
  }, 60_000);

  it('a snapshot recorded before queue policies were read is UNKNOWN for them, its encryption still read', async () => {
    const { snapshot } = await scanFake(compliantAccount());
    // As older scans recorded it: keyed by the queue URL alone, Policy never asked for.
    const older = {
      ...snapshot,
      calls: snapshot.calls.map((call) => {
        if (call.action !== 'GetQueueAttributes') return call;
        const responses = call.responses.map((response) => {
          const { Policy: _policy, ...attributes } = (response as { Attributes: Record<string, string> })
            .Attributes;
          return { Attributes: attributes };
        });
        return { ...call, params: { QueueUrl: call.params?.QueueUrl ?? '' }, responses };
      }),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'older-snapshot-')), 'snapshot.json');
    writeFileSync(file, JSON.stringify(older));
    const replayed = await loadSnapshotSource(file);
    const findings = runRules(replayed.inventory, allRules, { now: SCANNED_AT });
    const verdict = (ruleId: string) =>
      findings
        .filter((finding) => finding.ruleId === ruleId)
        .map((finding) => [finding.status, finding.message]);
    expect(verdict('sqs-queue-not-public')).toEqual([
      ['UNKNOWN', expect.stringContaining('predates reading queue policies')],
    ]);
    const queue = replayed.inventory.ofType('sqs-queue')[0];
    expect(queue?.encryption).toEqual({ state: 'aws-owned' });
  }, 60_000);
});
