import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../src/inventory/inventory.js';
import { isUnknown } from '../../../src/inventory/maybe.js';
import type { Resource } from '../../../src/inventory/model.js';
import { inventoryFromTemplate } from '../../support/template.js';

function resource(inventory: Inventory, logicalId: string): Resource {
  const found = inventory.resources.find((candidate) => candidate.id === `template/${logicalId}`);
  if (!found) throw new Error(`${logicalId} not in inventory`);
  return found;
}

describe('encryption at rest with CloudFormation defaults', async () => {
  const inventory = await inventoryFromTemplate(`
Parameters:
  KeyParam: { Type: String }
Resources:
  Key: { Type: AWS::KMS::Key }
  PlainBucket: { Type: AWS::S3::Bucket }
  S3ManagedBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 } }]
  AwsKmsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }]
  DsseBucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true }
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms:dsse', KMSMasterKeyID: !Ref Key }
  ParamBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !Ref KeyParam }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: db.t3.micro }
  EncryptedDb:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, StorageEncrypted: true, PubliclyAccessible: false }
  RestoredDb:
    Type: AWS::RDS::DBInstance
    Properties: { DBSnapshotIdentifier: snap-1 }
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, StorageEncrypted: true, KmsKeyId: !GetAtt Key.Arn }
  Member:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster }
  Volume: { Type: AWS::EC2::Volume, Properties: { Size: 10, AvailabilityZone: eu-west-1a } }
  KeyedVolume: { Type: AWS::EC2::Volume, Properties: { Encrypted: true, KmsKeyId: !Ref Key } }
  Table: { Type: AWS::DynamoDB::Table }
  AwsManagedTable: { Type: AWS::DynamoDB::Table, Properties: { SSESpecification: { SSEEnabled: true } } }
  GlobalTable:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      SSESpecification: { SSEEnabled: true, SSEType: KMS }
      Replicas: [{ Region: eu-west-1, SSESpecification: { KMSMasterKeyId: !GetAtt Key.Arn } }]
  FileSystem: { Type: AWS::EFS::FileSystem }
  EncryptedFileSystem: { Type: AWS::EFS::FileSystem, Properties: { Encrypted: 'true' } }
  Queue: { Type: AWS::SQS::Queue }
  PlainQueue: { Type: AWS::SQS::Queue, Properties: { SqsManagedSseEnabled: false } }
  Topic: { Type: AWS::SNS::Topic }
  Logs: { Type: AWS::Logs::LogGroup }
`);
  const encryption = (logicalId: string) =>
    (resource(inventory, logicalId) as { encryption: unknown }).encryption;

  it.each([
    ['PlainBucket', { state: 'aws-owned' }],
    ['S3ManagedBucket', { state: 'aws-owned' }],
    ['AwsKmsBucket', { state: 'kms', keyId: undefined }],
    ['DsseBucket', { state: 'kms', keyId: 'template/Key' }],
    ['Db', { state: 'unencrypted' }],
    ['EncryptedDb', { state: 'kms', keyId: undefined }],
    ['Cluster', { state: 'kms', keyId: 'template/Key' }],
    ['Member', { state: 'kms', keyId: 'template/Key' }],
    ['Volume', { state: 'unencrypted' }],
    ['KeyedVolume', { state: 'kms', keyId: 'template/Key' }],
    ['Table', { state: 'aws-owned' }],
    ['AwsManagedTable', { state: 'kms', keyId: undefined }],
    ['GlobalTable', { state: 'kms', keyId: 'template/Key' }],
    ['FileSystem', { state: 'unencrypted' }],
    ['EncryptedFileSystem', { state: 'kms', keyId: undefined }],
    ['Queue', { state: 'aws-owned' }],
    ['PlainQueue', { state: 'unencrypted' }],
    ['Topic', { state: 'unencrypted' }],
    ['Logs', { state: 'aws-owned' }],
  ])('%s', (logicalId, expected) => {
    expect(encryption(logicalId)).toEqual(expected);
  });

  it('an unresolved key parameter is an Unknown key, not a guess', () => {
    const value = encryption('ParamBucket') as { state: string; keyId: unknown };
    expect(value.state).toBe('kms');
    expect(isUnknown(value.keyId) && value.keyId.reason).toContain('KeyParam has no value');
  });

  it('a database restored from a snapshot has the snapshot encryption: Unknown', () => {
    const value = encryption('RestoredDb');
    expect(isUnknown(value) && value.reason).toContain('restored from DBSnapshotIdentifier');
  });

  it('database placement facts', () => {
    const db = resource(inventory, 'Db');
    if (db.type !== 'rds-db-instance') throw new Error('wrong type');
    expect(db.subnetGroupId).toBeUndefined();
    expect(isUnknown(db.publiclyAccessible)).toBe(true);
    const encrypted = resource(inventory, 'EncryptedDb');
    expect(encrypted.type === 'rds-db-instance' && encrypted.publiclyAccessible).toBe(false);
    const member = resource(inventory, 'Member');
    expect(member.type === 'rds-db-instance' && member.clusterId).toBe('template/Cluster');
  });

  it("public access block: absent is S3's default for new buckets (all on, said so), unset flags are false", () => {
    const plain = resource(inventory, 'PlainBucket');
    const blocked = resource(inventory, 'DsseBucket');
    expect(plain.type === 's3-bucket' && plain.publicAccessBlock).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
    expect(plain.type === 's3-bucket' && plain.publicAccessBlockDefault).toMatch(/on new buckets by default/);
    expect(blocked.type === 's3-bucket' && blocked.publicAccessBlockDefault).toBeUndefined();
    expect(blocked.type === 's3-bucket' && blocked.publicAccessBlock).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: false,
      blockPublicPolicy: true,
      restrictPublicBuckets: false,
    });
  });
});

describe('keys, trails, endpoints', () => {
  it('KMS keys: customer-managed, symmetric and not rotating by default', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Default: { Type: AWS::KMS::Key }
  Rsa: { Type: AWS::KMS::Key, Properties: { KeySpec: RSA_2048, KeyUsage: SIGN_VERIFY, Enabled: false } }
  External: { Type: AWS::KMS::Key, Properties: { Origin: EXTERNAL, EnableKeyRotation: true } }
`);
    expect(resource(inventory, 'Default')).toMatchObject({
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      rotationEnabled: false,
      keyMaterialOrigin: 'AWS_KMS',
      keyState: 'Enabled',
      aliases: [],
    });
    expect(resource(inventory, 'Rsa')).toMatchObject({ keySpec: 'RSA_2048', keyState: 'Disabled' });
    expect(resource(inventory, 'External')).toMatchObject({
      keyMaterialOrigin: 'EXTERNAL',
      rotationEnabled: true,
    });
  });

  it('CloudTrail defaults: single region, no validation, no KMS key', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Key: { Type: AWS::KMS::Key }
  Trail: { Type: AWS::CloudTrail::Trail, Properties: { IsLogging: true, S3BucketName: logs } }
  Full:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: true, S3BucketName: logs, IsMultiRegionTrail: true, EnableLogFileValidation: true, KMSKeyId: !GetAtt Key.Arn }
`);
    expect(resource(inventory, 'Trail')).toMatchObject({
      isMultiRegion: false,
      logFileValidation: false,
      kmsKeyId: undefined,
      isLogging: true,
    });
    expect(resource(inventory, 'Full')).toMatchObject({
      isMultiRegion: true,
      logFileValidation: true,
      kmsKeyId: 'template/Key',
    });
  });

  it('CloudFront: default certificate, viewer protocol policies of every behavior, web ACL', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Default:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: allow-all }
  Custom:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        WebACLId: arn:aws:wafv2:us-east-1:111122223333:global/webacl/x/1
        ViewerCertificate: { AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/1, MinimumProtocolVersion: TLSv1.2_2021, SslSupportMethod: sni-only }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https }
        CacheBehaviors:
          - { PathPattern: /api/*, TargetOriginId: o, ViewerProtocolPolicy: https-only }
`);
    expect(resource(inventory, 'Default')).toMatchObject({
      usesDefaultCertificate: true,
      minimumProtocolVersion: undefined,
      viewerProtocolPolicies: ['allow-all'],
      webAclId: undefined,
    });
    expect(resource(inventory, 'Custom')).toMatchObject({
      usesDefaultCertificate: false,
      minimumProtocolVersion: 'TLSv1.2_2021',
      viewerProtocolPolicies: ['redirect-to-https', 'https-only'],
      webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/x/1',
    });
  });

  it('load balancers: internet-facing application by default; internal network when said', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Alb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer }
  Nlb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Type: network, Scheme: internal } }
  Tls:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: { LoadBalancerArn: !Ref Nlb, Protocol: TLS, Port: 443, SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06, DefaultActions: [{ Type: forward }] }
`);
    expect(resource(inventory, 'Alb')).toMatchObject({ lbType: 'application', scheme: 'internet-facing' });
    expect(resource(inventory, 'Nlb')).toMatchObject({ lbType: 'network', scheme: 'internal' });
    expect(resource(inventory, 'Tls')).toMatchObject({
      loadBalancerId: 'template/Nlb',
      protocol: 'TLS',
      port: 443,
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    });
  });

  it('security groups gather inline and standalone ingress rules', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: vpc-1
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !GetAtt Group.GroupId, IpProtocol: tcp, FromPort: 22, ToPort: 22, SourceSecurityGroupId: sg-9 }
`);
    expect(resource(inventory, 'Group')).toMatchObject({
      vpcId: 'vpc-1',
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' },
        { protocol: 'tcp', fromPort: 22, toPort: 22, sourceGroupId: 'sg-9' },
      ],
    });
  });

  it('API stages default to an EDGE endpoint; a REST API outside the templates makes it Unknown', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: a } }
  Stage: { Type: AWS::ApiGateway::Stage, Properties: { RestApiId: !Ref Api, StageName: prod } }
  Foreign: { Type: AWS::ApiGateway::Stage, Properties: { RestApiId: abc123, StageName: prod } }
  Deployment: { Type: AWS::ApiGateway::Deployment, Properties: { RestApiId: !Ref Api } }
`);
    expect(resource(inventory, 'Stage')).toMatchObject({
      restApiId: 'template/Api',
      stageName: 'prod',
      endpointTypes: ['EDGE'],
    });
    const foreign = resource(inventory, 'Foreign');
    expect(foreign.type === 'apigateway-stage' && isUnknown(foreign.endpointTypes)).toBe(true);
    expect(inventory.ofType('apigateway-stage')).toHaveLength(2);
  });
});
