/**
 * Beyond IAM (handed-to-unread-stack.test.ts): a resource whose name or ARN a template passes to a nested
 * stack the scan cannot read may get there what CloudFormation attaches by separate resources: an
 * AWS::EC2::SecurityGroupIngress on a group, an AWS::EC2::Route on a route table, a bucket, queue, topic or
 * secret policy (which replaces the one read), an AWS::Lambda::Permission. A verdict resting on those
 * attachments is UNKNOWN with that reason; a FAIL the attachment cannot undo (another stack adds ingress rules
 * and routes, never removes them; a permission only grants more) stands.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import type { Inventory } from '../../../src/inventory/inventory.js';
import { ruleById } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const NOW = new Date('2026-12-01T00:00:00Z');

function findings(inventory: Inventory, ruleId: string) {
  return runRules(inventory, [ruleById(ruleId)], { now: NOW }).filter(
    (finding) => finding.resource.logicalId !== undefined,
  );
}

function verdicts(inventory: Inventory, ruleId: string): Record<string, string> {
  return Object.fromEntries(
    findings(inventory, ruleId).map((finding) => [finding.resource.logicalId, finding.status]),
  );
}

function messageOf(inventory: Inventory, ruleId: string, logicalId: string): string {
  return (
    findings(inventory, ruleId).find((finding) => finding.resource.logicalId === logicalId)?.message ?? ''
  );
}

const UNREAD = 'TemplateURL: https://s3.amazonaws.com/deploy-bucket/app/cloudformation-template.json';

const GROUPS = `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  AppSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]
  OpenSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
  KeptSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: kept
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: required } }
  Parent:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      EnclaveOptions: { Enabled: true }
      SecurityGroupIds: [!GetAtt AppSG.GroupId]
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }
  App:
    Type: AWS::CloudFormation::Stack
    Properties:
      ${UNREAD}
      Parameters:
        AppSecurityGroup: !Ref AppSG
        OpenSecurityGroup: !GetAtt OpenSG.GroupId
`;

const ROUTES = `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
${['A', 'B', 'C', 'D', 'E']
  .map(
    (letter, position) => `
  Subnet${letter}:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.${position + 1}.0/24 }
  Group${letter}:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref Subnet${letter}] }
  Db${letter}:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: true, DBSubnetGroupName: !Ref Group${letter} }`,
  )
  .join('')}
  HandedTable:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  KeptTable:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
  AssocA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref HandedTable }
  AssocB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetB, RouteTableId: !Ref KeptTable }
  AssocC:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetC, RouteTableId: !Ref PublicTable }
  AssocD:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetD, RouteTableId: !Ref KeptTable }
  Network:
    Type: AWS::CloudFormation::Stack
    Properties:
      ${UNREAD}
      Parameters:
        PrivateRouteTable: !Ref HandedTable
        PublicRouteTable: !Ref PublicTable
        AppSubnet: !Ref SubnetD
        SpareSubnet: !Ref SubnetE
`;

const TLS_STATEMENT = (bucket: string) =>
  `{ Effect: Deny, Principal: '*', Action: 's3:*', Resource: [!GetAtt ${bucket}.Arn, !Sub '\${${bucket}.Arn}/*'], Condition: { Bool: { 'aws:SecureTransport': false } } }`;

const POLICIES = `
Resources:
  HandedBucket:
    Type: AWS::S3::Bucket
  HandedBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref HandedBucket
      PolicyDocument: { Statement: [${TLS_STATEMENT('HandedBucket')}] }
  KeptBucket:
    Type: AWS::S3::Bucket
  KeptBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref KeptBucket
      PolicyDocument: { Statement: [${TLS_STATEMENT('KeptBucket')}] }
  BareBucket:
    Type: AWS::S3::Bucket
  KeptBareBucket:
    Type: AWS::S3::Bucket
  HandedQueue:
    Type: AWS::SQS::Queue
  KeptQueue:
    Type: AWS::SQS::Queue
  PublicQueue:
    Type: AWS::SQS::Queue
  PublicQueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref PublicQueue]
      PolicyDocument:
        Statement: [{ Effect: Allow, Principal: '*', Action: 'sqs:SendMessage', Resource: !GetAtt PublicQueue.Arn }]
  HandedTopic:
    Type: AWS::SNS::Topic
  KeptTopic:
    Type: AWS::SNS::Topic
  HandedSecret:
    Type: AWS::SecretsManager::Secret
  KeptSecret:
    Type: AWS::SecretsManager::Secret
  Consumers:
    Type: AWS::CloudFormation::Stack
    Properties:
      ${UNREAD}
      Parameters:
        Bucket: !Ref HandedBucket
        BareBucketArn: !GetAtt BareBucket.Arn
        QueueUrl: !Ref HandedQueue
        PublicQueueArn: !GetAtt PublicQueue.Arn
        Topic: !Ref HandedTopic
        Secret: !Ref HandedSecret
`;

const FUNCTIONS = `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
  HandedFn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: 'def handler(e, c): pass' } }
  PublicFn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: 'def handler(e, c): pass' } }
  Everyone:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref PublicFn, Action: lambda:InvokeFunction, Principal: '*' }
  Api:
    Type: AWS::CloudFormation::Stack
    Properties:
      ${UNREAD}
      Parameters:
        Handler: !GetAtt HandedFn.Arn
        Public: !Ref PublicFn
`;

describe('resources handed to a nested stack the scan cannot read', () => {
  it('security groups: UNKNOWN where the unread stack may add world-open ingress, FAIL on a world-open rule read', async () => {
    const inventory = await inventoryFromTemplate(GROUPS);
    expect(verdicts(inventory, 'sg-no-public-admin-ports')).toEqual({
      AppSG: 'UNKNOWN',
      OpenSG: 'FAIL',
      KeptSG: 'PASS',
    });
    for (const ruleId of ['sg-no-public-all-ports', 'sg-no-public-high-risk-ports'])
      expect(verdicts(inventory, ruleId)).toEqual({ AppSG: 'UNKNOWN', OpenSG: 'UNKNOWN', KeptSG: 'PASS' });
    expect(messageOf(inventory, 'sg-no-public-admin-ports', 'AppSG')).toContain(
      'passed to nested stack template/App, which was not read',
    );
    expect(messageOf(inventory, 'ec2-enclave-host-hardened', 'Parent')).toContain(
      'passed to nested stack template/App, which was not read',
    );
  });

  it('route tables: a subnet on a handed table is not concluded private; a public route read stands', async () => {
    const inventory = await inventoryFromTemplate(ROUTES);
    expect(verdicts(inventory, 'db-subnets-private')).toEqual({
      DbA: 'UNKNOWN',
      DbB: 'PASS',
      DbC: 'FAIL',
      // A subnet has one explicit association: the unread stack cannot give SubnetD another table.
      DbD: 'PASS',
      // Without an association read, it was undecided already: the unread stack is a gap in route tables.
      DbE: 'UNKNOWN',
    });
    expect(messageOf(inventory, 'db-subnets-private', 'DbA')).toContain(
      'passed to nested stack template/Network, which was not read',
    );
  });

  it('buckets, queues, topics, secrets: a policy the unread stack may set replaces the one read', async () => {
    const inventory = await inventoryFromTemplate(POLICIES);
    expect(verdicts(inventory, 's3-bucket-enforces-tls')).toEqual({
      HandedBucket: 'UNKNOWN',
      KeptBucket: 'PASS',
      BareBucket: 'UNKNOWN',
      KeptBareBucket: 'FAIL',
    });
    expect(verdicts(inventory, 'sqs-queue-not-public')).toEqual({
      HandedQueue: 'UNKNOWN',
      KeptQueue: 'PASS',
      PublicQueue: 'UNKNOWN',
    });
    expect(verdicts(inventory, 'sns-topic-not-public')).toEqual({
      HandedTopic: 'UNKNOWN',
      KeptTopic: 'PASS',
    });
    expect(verdicts(inventory, 'secret-not-public')).toEqual({ HandedSecret: 'UNKNOWN', KeptSecret: 'PASS' });
    expect(messageOf(inventory, 's3-bucket-enforces-tls', 'BareBucket')).toContain(
      'passed to nested stack template/Consumers, which was not read',
    );
    // What was read is still told: the queue policy read is public.
    expect(messageOf(inventory, 'sqs-queue-not-public', 'PublicQueue')).toMatch(
      /replacing what was read \(1 queue policy statement\(s\) allow any principal/,
    );
    // What the bucket sets itself (versioning, encryption) no other stack changes: passing its name on changes nothing.
    expect(verdicts(inventory, 's3-versioning-enabled')).toMatchObject({
      HandedBucket: 'FAIL',
      BareBucket: 'FAIL',
    });
  });

  it('Lambda functions: UNKNOWN naming the unread stack, FAIL on a public permission read', async () => {
    const inventory = await inventoryFromTemplate(FUNCTIONS);
    expect(verdicts(inventory, 'lambda-not-public')).toEqual({ HandedFn: 'UNKNOWN', PublicFn: 'FAIL' });
    expect(messageOf(inventory, 'lambda-not-public', 'HandedFn')).toContain(
      'passed to nested stack template/Api, which was not read',
    );
  });
});
