/** CodeBuild over the wire: ListProjects, then BatchGetProjects per hundred names; no value is kept. */
import { describe, expect, it } from 'vitest';
import type { Project } from '@aws-sdk/client-codebuild';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import '../../support/aws-server/services/codebuild-data.js';
import { scanFake, type FakeScan } from './helpers.js';

const arnOf = (name: string) => `arn:aws:codebuild:us-east-1:111122223333:project/${name}`;

function project(name: string, fields: Partial<Project>): Project {
  return {
    name,
    arn: arnOf(name),
    source: { type: 'CODECOMMIT', location: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app' },
    environment: {
      type: 'LINUX_CONTAINER',
      image: 'aws/codebuild/standard:7.0',
      computeType: 'BUILD_GENERAL1_SMALL',
      environmentVariables: [],
    },
    logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
    ...fields,
  };
}

function account(extra = 0): FakeAccount {
  const fake = emptyAccount();
  const projects = [
    project('clean', {}),
    project('leaky', {
      environment: {
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        environmentVariables: [
          {
            name: 'AWS_SECRET_ACCESS_KEY',
            value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
            type: 'PLAINTEXT',
          },
        ],
      },
      source: { type: 'BITBUCKET', location: 'https://bot:token@bitbucket.org/org/app.git' },
      logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } },
    }),
    ...Array.from({ length: extra }, (_, index) => project(`bulk-${index}`, {})),
  ];
  fake.regions['us-east-1'] = { codebuild: { projects } };
  return fake;
}

function status(scan: FakeScan, ruleId: string, name: string): string {
  const finding = scan.findings.find((f) => f.ruleId === ruleId && f.resource.id === arnOf(name));
  return finding ? `${finding.status}: ${finding.message}` : 'no finding';
}

describe('CodeBuild projects, live', () => {
  it('judges variables, source URLs and logs, in batches of a hundred, keeping no value', async () => {
    const scan = await scanFake(account(150));
    const actions = scan.snapshot.calls
      .filter((call) => call.service === 'codebuild')
      .map((call) => call.action);
    expect(actions.filter((action) => action === 'BatchGetProjects')).toHaveLength(2);
    expect(status(scan, 'codebuild-no-plaintext-aws-credentials', 'leaky')).toMatch(
      /^FAIL: .*AWS_SECRET_ACCESS_KEY/,
    );
    expect(status(scan, 'codebuild-no-plaintext-aws-credentials', 'clean')).toMatch(/^PASS/);
    expect(status(scan, 'codebuild-source-no-url-credentials', 'leaky')).toMatch(/^FAIL/);
    expect(status(scan, 'codebuild-source-no-url-credentials', 'clean')).toMatch(/^PASS/);
    expect(status(scan, 'codebuild-project-logging', 'leaky')).toMatch(/^FAIL/);
    expect(status(scan, 'codebuild-project-logging', 'bulk-149')).toMatch(/^PASS/);
    const inventory = JSON.stringify(scan.result.inventory.resources);
    expect(inventory).not.toContain('wJalrXUtnFEMI');
    expect(inventory).not.toContain('bot:token');
  });

  it('a denied BatchGetProjects leaves the projects UNKNOWN, never PASS', async () => {
    const scan = await scanFake(account(), {
      faults: [{ action: 'codebuild:BatchGetProjects', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    for (const ruleId of [
      'codebuild-no-plaintext-aws-credentials',
      'codebuild-source-no-url-credentials',
      'codebuild-project-logging',
    ]) {
      const findings = scan.findings.filter((f) => f.ruleId === ruleId);
      expect(findings.map((f) => f.status)).toEqual(['UNKNOWN']);
      expect(findings[0]?.message).toMatch(/AccessDenied/);
    }
    expect(scan.incompleteExit).toBe(3);
  });
});
