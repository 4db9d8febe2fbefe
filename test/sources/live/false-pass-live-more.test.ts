/**
 * More false PASSes of the live source (see false-pass-live.test.ts): a field
 * absent from a 200 answer, a resource a batch call did not return, or an enum
 * value the rule does not know must give UNKNOWN, never PASS. Each case drives
 * the real collector over the loopback AWS server and runs the real rule set,
 * or normalizes a hand-built recorded answer the server never sends.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import '../../support/aws-server/services/accessanalyzer-data.js';
import '../../support/aws-server/services/codebuild-data.js';
import '../../support/aws-server/services/workloads-data.js';
import { isUnknown, type Unknown } from '../../../src/inventory/maybe.js';
import { BATCH_GET_PROJECTS, LIST_PROJECTS } from '../../../src/sources/live/services/codebuild/calls.js';
import { normalizeCodeBuild } from '../../../src/sources/live/services/codebuild/normalize.js';
import { scanFake } from './helpers.js';
import { outputOf, recorded } from './recorded-output.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

/** `STATUS: message` of one rule on one resource (by id or name). */
async function verdictOf(account: FakeAccount, ruleId: string, resource: string): Promise<string> {
  const scan = await scanFake(account);
  const found = scan.findings.filter(
    (finding) =>
      finding.ruleId === ruleId && (finding.resource.id === resource || finding.resource.name === resource),
  );
  expect(found, `${ruleId} on ${resource}`).toHaveLength(1);
  return `${found[0]!.status}: ${found[0]!.message}`;
}

const projectArn = (name: string) => `arn:aws:codebuild:${REGION}:${ACCOUNT}:project/${name}`;

describe('live source: more answers the collector did not fully read', () => {
  it('a CodeBuild project answered without its environment is UNKNOWN, not "no variables" (codebuild-no-plaintext-aws-credentials)', async () => {
    const name = 'payments-build';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          codebuild: {
            projects: [
              {
                name,
                arn: projectArn(name),
                source: {
                  type: 'CODECOMMIT',
                  location: 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app',
                },
                logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'codebuild-no-plaintext-aws-credentials', projectArn(name));
    expect(verdict).toMatch(/^UNKNOWN: .*payments-build.*environment/);
  });

  it('a Step Functions logging level the rule does not know is UNKNOWN, not logging (sfn-state-machine-logging)', async () => {
    const name = 'payments-flow';
    const arn = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
    const account = emptyAccount({
      regions: {
        [REGION]: {
          sfn: {
            stateMachines: [
              {
                stateMachineArn: arn,
                name,
                type: 'STANDARD',
                definition: '{}',
                roleArn: `arn:aws:iam::${ACCOUNT}:role/flow`,
                creationDate: new Date('2026-01-01T00:00:00Z'),
                loggingConfiguration: { level: 'NONE' as never, includeExecutionData: false },
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'sfn-state-machine-logging', arn);
    expect(verdict).toMatch(/^UNKNOWN: .*payments-flow.*NONE/);
  });

  it('a DataSync log level the rule does not know is UNKNOWN, not logging (datasync-task-logging)', async () => {
    const arn = `arn:aws:datasync:${REGION}:${ACCOUNT}:task/task-0aaa00000000000001`;
    const account = emptyAccount({
      regions: {
        [REGION]: {
          datasync: {
            tasks: [
              {
                TaskArn: arn,
                Name: 'payments-copy',
                Status: 'AVAILABLE',
                TaskMode: 'BASIC',
                CloudWatchLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/datasync`,
                Options: { LogLevel: 'NONE' as never },
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'datasync-task-logging', arn);
    expect(verdict).toMatch(/^UNKNOWN: .*payments-copy.*NONE/);
  });

  it('a Transfer Family protocol the rule does not know is UNKNOWN, not "no plain FTP" (transfer-no-plain-ftp)', async () => {
    const id = 's-0aaa00000000000001';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          transfer: {
            servers: [
              {
                Arn: `arn:aws:transfer:${REGION}:${ACCOUNT}:server/${id}`,
                ServerId: id,
                State: 'ONLINE',
                Protocols: ['SFTP', 'ftp' as never],
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'transfer-no-plain-ftp', id);
    expect(verdict).toMatch(/^UNKNOWN: .*s-0aaa00000000000001.*ftp/);
  });

  it('a region whose only active analyzer watches unused access is not PASSed as watched for external access (access-analyzer-enabled)', async () => {
    const analyzer = (name: string, type: string) => ({
      arn: `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:analyzer/${name}`,
      name,
      type: type as never,
      createdAt: new Date('2025-01-01T00:00:00Z'),
      status: 'ACTIVE' as const,
    });
    const account = emptyAccount({
      regions: { [REGION]: { accessanalyzer: { analyzers: [analyzer('unused', 'ACCOUNT_UNUSED_ACCESS')] } } },
    });
    const verdict = await verdictOf(account, 'access-analyzer-enabled', `IAM Access Analyzer in ${REGION}`);
    expect(verdict).toMatch(/^FAIL: .*unused \(ACCOUNT_UNUSED_ACCESS/);
  });

  it('an active analyzer of a type the scanner does not know is UNKNOWN, not PASS (access-analyzer-enabled)', async () => {
    const account = emptyAccount({
      regions: {
        [REGION]: {
          accessanalyzer: {
            analyzers: [
              {
                arn: `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:analyzer/future`,
                name: 'future',
                type: 'ACCOUNT_FUTURE_ACCESS' as never,
                createdAt: new Date('2025-01-01T00:00:00Z'),
                status: 'ACTIVE',
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'access-analyzer-enabled', `IAM Access Analyzer in ${REGION}`);
    expect(verdict).toMatch(/^UNKNOWN: .*future.*ACCOUNT_FUTURE_ACCESS/);
  });

  it('a public EKS endpoint answered with no allowed CIDRs is UNKNOWN, not "restricted" (eks-endpoint-not-public)', async () => {
    const name = 'payments-eks';
    const account = emptyAccount({
      regions: {
        [REGION]: {
          eks: {
            clusters: [
              {
                name,
                arn: `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/${name}`,
                resourcesVpcConfig: {
                  endpointPublicAccess: true,
                  endpointPrivateAccess: false,
                  publicAccessCidrs: [],
                },
              },
            ],
          },
        },
      },
    });
    const verdict = await verdictOf(account, 'eks-endpoint-not-public', name);
    expect(verdict).toMatch(/^UNKNOWN: .*payments-eks.*publicAccessCidrs/);
  });
});

/**
 * Shapes the loopback server never answers (its BatchGetProjects finds every
 * project ListProjects named), so the recorded answer is built by hand.
 */
describe('live normalizers: a listed resource the batch call did not return', () => {
  const listed = ['payments-build', 'deleted-build', 'forgotten-build'];
  const normalized = () => {
    const out = outputOf([
      recorded(LIST_PROJECTS, undefined, { responses: [{ projects: listed }] }),
      recorded(BATCH_GET_PROJECTS, listed, {
        responses: [
          {
            projects: [
              {
                name: 'payments-build',
                arn: projectArn('payments-build'),
                source: { type: 'NO_SOURCE' },
                environment: { type: 'LINUX_CONTAINER', environmentVariables: [] },
                logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
              },
            ],
            projectsNotFound: ['deleted-build'],
          },
        ],
      }),
    ]);
    normalizeCodeBuild(out);
    return out;
  };

  it('a project BatchGetProjects reports in projectsNotFound stays, with its facts Unknown', () => {
    const project = normalized().resources.find((resource) => resource.name === 'deleted-build');
    const variables = (project as { environmentVariables?: unknown } | undefined)?.environmentVariables;
    expect(isUnknown(variables as never) && (variables as Unknown).reason).toMatch(
      /deleted-build.*not found/,
    );
  });

  it('a project BatchGetProjects leaves out of its answer stays, with its facts Unknown', () => {
    const project = normalized().resources.find((resource) => resource.name === 'forgotten-build');
    const variables = (project as { environmentVariables?: unknown } | undefined)?.environmentVariables;
    expect(isUnknown(variables as never) && (variables as Unknown).reason).toMatch(
      /forgotten-build.*BatchGetProjects/,
    );
  });

  it('a project BatchGetProjects returned is read as before', () => {
    const project = normalized().resources.find((resource) => resource.name === 'payments-build');
    expect((project as { environmentVariables?: unknown } | undefined)?.environmentVariables).toEqual([]);
  });
});
