import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ACCOUNT = '111122223333';
const region = (account: FakeAccount) => (account.regions['us-east-1'] ??= {});
const fnArn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;

function addFunction(
  account: FakeAccount,
  name: string,
  fields: { policy?: object; vpc?: boolean; dlq?: string; reserved?: number } = {},
): void {
  (region(account).lambda ??= { functions: [] }).functions.push({
    configuration: {
      FunctionName: name,
      FunctionArn: fnArn(name),
      Runtime: 'nodejs22.x',
      ...(fields.vpc
        ? { VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'], VpcId: 'vpc-1' } }
        : {}),
      ...(fields.dlq ? { DeadLetterConfig: { TargetArn: fields.dlq } } : {}),
    },
    policy: fields.policy ? JSON.stringify(fields.policy) : undefined,
    reservedConcurrency: fields.reserved,
  });
}

const fnTemplate = (properties: Record<string, unknown> = {}) => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: 'arn:aws:iam::111122223333:role/fn',
    Code: { ZipFile: 'x' },
    ...properties,
  },
});

const statement = (condition?: object) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 's',
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunction',
      Resource: fnArn('x'),
      ...(condition ? { Condition: condition } : {}),
    },
  ],
});

parityCases('lambda-not-public', [
  {
    name: 'a permission for "*" without a condition',
    status: 'FAIL',
    template: {
      logicalId: 'OpenFn',
      resources: {
        OpenFn: fnTemplate(),
        Anyone: {
          Type: 'AWS::Lambda::Permission',
          Properties: { FunctionName: { Ref: 'OpenFn' }, Action: 'lambda:InvokeFunction', Principal: '*' },
        },
      },
    },
    live: { id: fnArn('open-fn'), add: (a) => addFunction(a, 'open-fn', { policy: statement() }) },
  },
  {
    name: 'a permission for "*" from one source account',
    status: 'PASS',
    template: {
      logicalId: 'ScopedFn',
      resources: {
        ScopedFn: fnTemplate(),
        FromAccount: {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            FunctionName: { 'Fn::GetAtt': ['ScopedFn', 'Arn'] },
            Action: 'lambda:InvokeFunction',
            Principal: '*',
            SourceAccount: ACCOUNT,
          },
        },
      },
    },
    live: {
      id: fnArn('scoped-fn'),
      add: (a) =>
        addFunction(a, 'scoped-fn', {
          policy: statement({ StringEquals: { 'AWS:SourceAccount': ACCOUNT } }),
        }),
    },
  },
  {
    name: 'no permission at all',
    status: 'PASS',
    template: { logicalId: 'PlainFn', resources: { PlainFn: fnTemplate() } },
    live: { id: fnArn('plain-fn'), add: (a) => addFunction(a, 'plain-fn') },
  },
]);

parityCases('lambda-in-vpc', [
  {
    name: 'a function outside any VPC',
    status: 'FAIL',
    template: { logicalId: 'Outside', resources: { Outside: fnTemplate() } },
    live: { id: fnArn('outside'), add: (a) => addFunction(a, 'outside') },
  },
  {
    name: 'a function in subnets',
    status: 'PASS',
    template: {
      logicalId: 'Inside',
      resources: {
        Inside: fnTemplate({ VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } }),
      },
    },
    live: { id: fnArn('inside'), add: (a) => addFunction(a, 'inside', { vpc: true }) },
  },
]);

parityCases('lambda-dead-letter-queue', [
  {
    name: 'no dead-letter queue',
    status: 'FAIL',
    template: { logicalId: 'NoDlq', resources: { NoDlq: fnTemplate() } },
    live: { id: fnArn('no-dlq'), add: (a) => addFunction(a, 'no-dlq') },
  },
  {
    name: 'a dead-letter queue',
    status: 'PASS',
    template: {
      logicalId: 'WithDlq',
      resources: {
        WithDlq: fnTemplate({ DeadLetterConfig: { TargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:dlq` } }),
      },
    },
    live: {
      id: fnArn('with-dlq'),
      add: (a) => addFunction(a, 'with-dlq', { dlq: `arn:aws:sqs:us-east-1:${ACCOUNT}:dlq` }),
    },
  },
]);

parityCases('lambda-reserved-concurrency', [
  {
    name: 'no reserved concurrency',
    status: 'FAIL',
    template: { logicalId: 'Unbounded', resources: { Unbounded: fnTemplate() } },
    live: { id: fnArn('unbounded'), add: (a) => addFunction(a, 'unbounded') },
  },
  {
    name: 'reserved concurrency',
    status: 'PASS',
    template: {
      logicalId: 'Bounded',
      resources: { Bounded: fnTemplate({ ReservedConcurrentExecutions: 20 }) },
    },
    live: { id: fnArn('bounded'), add: (a) => addFunction(a, 'bounded', { reserved: 20 }) },
  },
]);

parityCases('guardduty-enabled', [
  {
    name: 'a suspended detector',
    status: 'FAIL',
    template: {
      logicalId: 'Detector',
      resources: { Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: false } } },
    },
    live: {
      id: `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d-off`,
      add: (a) =>
        (region(a).guardduty ??= { detectors: [] }).detectors.push({ id: 'd-off', status: 'DISABLED' }),
    },
  },
]);

const clusterArn = (name: string) => `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${name}`;
function addCluster(account: FakeAccount, name: string, publicAccess: boolean, cidrs: string[]): void {
  (region(account).eks ??= { clusters: [] }).clusters.push({
    name,
    arn: clusterArn(name),
    resourcesVpcConfig: {
      endpointPublicAccess: publicAccess,
      endpointPrivateAccess: true,
      publicAccessCidrs: cidrs,
      subnetIds: ['subnet-1'],
    },
  });
}
const clusterTemplate = (vpc: Record<string, unknown>) => ({
  Type: 'AWS::EKS::Cluster',
  Properties: {
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
    ResourcesVpcConfig: { SubnetIds: ['subnet-1'], ...vpc },
  },
});

parityCases('eks-endpoint-not-public', [
  {
    name: 'default endpoint settings: public to the world',
    status: 'FAIL',
    template: { logicalId: 'Open', resources: { Open: clusterTemplate({}) } },
    live: { id: clusterArn('open'), add: (a) => addCluster(a, 'open', true, ['0.0.0.0/0']) },
  },
  {
    name: 'private endpoint only',
    status: 'PASS',
    template: {
      logicalId: 'Private',
      resources: { Private: clusterTemplate({ EndpointPublicAccess: false, EndpointPrivateAccess: true }) },
    },
    live: { id: clusterArn('private'), add: (a) => addCluster(a, 'private', false, ['0.0.0.0/0']) },
  },
]);

const repoArn = (name: string) => `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${name}`;
const PUBLIC_PULL = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'] },
  ],
};
function addRepository(account: FakeAccount, name: string, policy?: object): void {
  (region(account).ecr ??= { repositories: [] }).repositories.push({
    repository: { repositoryName: name, repositoryArn: repoArn(name), registryId: ACCOUNT },
    policy: policy ? JSON.stringify(policy) : undefined,
  });
}

parityCases('ecr-repository-not-public', [
  {
    name: 'pull open to "*"',
    status: 'FAIL',
    template: {
      logicalId: 'Shared',
      resources: {
        Shared: { Type: 'AWS::ECR::Repository', Properties: { RepositoryPolicyText: PUBLIC_PULL } },
      },
    },
    live: { id: repoArn('shared'), add: (a) => addRepository(a, 'shared', PUBLIC_PULL) },
  },
  {
    name: 'no policy',
    status: 'PASS',
    template: { logicalId: 'Own', resources: { Own: { Type: 'AWS::ECR::Repository', Properties: {} } } },
    live: { id: repoArn('own'), add: (a) => addRepository(a, 'own') },
  },
]);

const serverArn = (id: string) => `arn:aws:transfer:us-east-1:${ACCOUNT}:server/${id}`;
function addServer(account: FakeAccount, id: string, protocols: ('SFTP' | 'FTP' | 'FTPS')[]): void {
  (region(account).transfer ??= { servers: [] }).servers.push({
    ServerId: id,
    Arn: serverArn(id),
    Protocols: protocols,
  });
}

parityCases('transfer-no-plain-ftp', [
  {
    name: 'FTP offered',
    status: 'FAIL',
    template: {
      logicalId: 'Ftp',
      resources: {
        Ftp: { Type: 'AWS::Transfer::Server', Properties: { Protocols: ['FTP'], EndpointType: 'VPC' } },
      },
    },
    live: { id: serverArn('s-ftp'), add: (a) => addServer(a, 's-ftp', ['FTP']) },
  },
  {
    name: 'default protocols: SFTP',
    status: 'PASS',
    template: { logicalId: 'Sftp', resources: { Sftp: { Type: 'AWS::Transfer::Server', Properties: {} } } },
    live: { id: serverArn('s-sftp'), add: (a) => addServer(a, 's-sftp', ['SFTP']) },
  },
]);
