/**
 * The workload collectors fail honestly: a denied list call is a gap (its
 * rules say UNKNOWN for the population) and a denied per-resource call makes
 * that resource UNKNOWN. Each case first shows the findings PASS when nothing
 * is denied, so the test fails if the denial stopped mattering.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import { sampleWorkloads } from '../../support/aws-server/workloads-sample.js';
import { scanFake } from './helpers.js';

function workloadAccount(): FakeAccount {
  return emptyAccount({ regions: { 'us-east-1': sampleWorkloads() } });
}

interface DenialCase {
  deny: string;
  rules: string[];
  /** A list call: the population is a gap. */
  gap?: string;
}

const CASES: DenialCase[] = [
  { deny: 'glue:GetJobs', gap: 'glue-job', rules: ['glue-job-logging', 'glue-job-s3-encryption'] },
  {
    deny: 'glue:GetSecurityConfigurations',
    rules: ['glue-job-s3-encryption', 'glue-job-cloudwatch-logs-encryption'],
  },
  { deny: 'states:ListStateMachines', gap: 'sfn-state-machine', rules: ['sfn-state-machine-logging'] },
  { deny: 'states:DescribeStateMachine', rules: ['sfn-state-machine-logging'] },
  { deny: 'appsync:ListGraphqlApis', gap: 'appsync-graphql-api', rules: ['appsync-field-logging'] },
  { deny: 'athena:ListWorkGroups', gap: 'athena-workgroup', rules: ['athena-workgroup-logging'] },
  { deny: 'athena:GetWorkGroup', rules: ['athena-workgroup-logging'] },
  { deny: 'bedrock:GetModelInvocationLoggingConfiguration', rules: ['bedrock-invocation-logging'] },
  { deny: 'datasync:ListTasks', gap: 'datasync-task', rules: ['datasync-task-logging'] },
  { deny: 'datasync:DescribeTask', rules: ['datasync-task-logging'] },
  { deny: 'ecs:ListTaskDefinitions', gap: 'ecs-task-definition', rules: ['ecs-task-definition-logging'] },
  { deny: 'ecs:DescribeTaskDefinition', rules: ['ecs-task-definition-logging'] },
  {
    deny: 'elasticbeanstalk:DescribeEnvironments',
    gap: 'elasticbeanstalk-environment',
    rules: ['elasticbeanstalk-cloudwatch-logs'],
  },
  { deny: 'elasticbeanstalk:DescribeConfigurationSettings', rules: ['elasticbeanstalk-cloudwatch-logs'] },
];

describe('denied workload calls never PASS', () => {
  let baseline: Finding[] = [];
  beforeAll(async () => {
    baseline = (await scanFake(workloadAccount())).findings;
  }, 60_000);

  it.each(CASES)('$deny', async ({ deny, rules, gap }) => {
    const passing = baseline.filter((finding) => rules.includes(finding.ruleId) && finding.status === 'PASS');
    expect(passing.length, `nothing passes ${rules.join(', ')} before the denial`).toBeGreaterThan(0);

    const scan = await scanFake(workloadAccount(), {
      faults: [{ action: deny, kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    const judged = scan.findings.filter((finding) => rules.includes(finding.ruleId));
    expect(
      judged
        .filter((finding) => finding.status === 'PASS')
        .map((finding) => `${finding.ruleId} ${finding.resource.id}`),
    ).toEqual([]);
    const unknowns = judged.filter((finding) => finding.status === 'UNKNOWN');
    expect(unknowns.length).toBeGreaterThan(0);
    expect(unknowns.every((finding) => /AccessDenied|not authorized/i.test(finding.message))).toBe(true);
    if (gap) {
      expect(scan.result.inventory.gaps).toContainEqual(
        expect.objectContaining({ resourceType: gap, action: deny.replace(/^states:/, 'sfn:') }),
      );
    }
    expect(scan.incompleteExit).toBe(3);
  });
});
