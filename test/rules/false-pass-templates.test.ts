/**
 * Regression cases for false PASSes on templates (issue 12) and for facts the
 * template source used to leave UNKNOWN or skip (issue 9: read replicas,
 * cloudtrail-logging). Each case runs through the real template pipeline.
 */
import { ruleCases } from '../support/rule-cases.js';

/** `KmsKeyId: !If [UseCmk, !Ref KeyArn, !Ref AWS::NoValue]` with KeyArn unset: the key may be absent. */
const OPTIONAL_CMK = `
Parameters:
  KeyArn: { Type: String }
Conditions:
  UseCmk: !Not [!Equals [!Ref KeyArn, '']]`;

const RDS = 'Engine: postgres, DBInstanceClass: db.t4g.micro';

ruleCases('storage-encrypted', {
  pass: [
    {
      name: 'optional CMK on RDS with StorageEncrypted true: encrypted either way',
      template: `${OPTIONAL_CMK}
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      StorageEncrypted: true
      KmsKeyId: !If [UseCmk, !Ref KeyArn, !Ref AWS::NoValue]`,
    },
    {
      name: 'optional CMK on SQS: SSE-SQS without it, so encrypted either way',
      template: `${OPTIONAL_CMK}
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [UseCmk, !Ref KeyArn, !Ref AWS::NoValue]`,
    },
    {
      name: 'a read replica of an encrypted instance in the same template',
      resource: 'Replica',
      message: 'AWS-managed',
      template: `
Resources:
  Source:
    Type: AWS::RDS::DBInstance
    Properties: { ${RDS}, StorageEncrypted: true }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.t4g.micro, SourceDBInstanceIdentifier: !Ref Source }`,
    },
    {
      name: 'a read replica (by ARN) of a replica of an encrypted instance',
      resource: 'SecondReplica',
      template: `
Resources:
  Source:
    Type: AWS::RDS::DBInstance
    Properties: { ${RDS}, StorageEncrypted: true }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.t4g.micro, SourceDBInstanceIdentifier: !GetAtt Source.DBInstanceArn }
  SecondReplica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.t4g.micro, SourceDBInstanceIdentifier: !GetAtt Replica.DBInstanceArn }`,
    },
  ],
  fail: [
    {
      name: 'a read replica of an unencrypted instance',
      resource: 'Replica',
      message: 'not encrypted',
      template: `
Resources:
  Source:
    Type: AWS::RDS::DBInstance
    Properties: { ${RDS} }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.t4g.micro, SourceDBInstanceIdentifier: !Ref Source }`,
    },
  ],
  unknown: [
    {
      name: 'optional CMK on RDS without StorageEncrypted: the key may be absent',
      message: /may be absent.*UseCmk/,
      template: `${OPTIONAL_CMK}
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      KmsKeyId: !If [UseCmk, !Ref KeyArn, !Ref AWS::NoValue]`,
    },
    {
      name: 'optional CMK on SNS: without the key the topic is unencrypted',
      message: 'without it the topic is unencrypted',
      template: `${OPTIONAL_CMK}
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: !If [UseCmk, !Ref KeyArn, !Ref AWS::NoValue]`,
    },
    {
      name: 'a read replica of a database outside the templates',
      template: `
Resources:
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.t4g.micro, SourceDBInstanceIdentifier: arn:aws:rds:eu-west-1:111122223333:db:main }`,
    },
  ],
});

ruleCases('storage-encrypted', {
  fail: [
    {
      name: 'optional CMK decided by --parameters: absent, so SNS is unencrypted',
      template: `${OPTIONAL_CMK}
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: !If [UseCmk, !Ref KeyArn, !Ref AWS::NoValue]`,
      parameters: { KeyArn: '' },
    },
  ],
});

const GLOBAL_TABLE = (secondKey: string) => `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true, KeyPolicy: { Version: '2012-10-17', Statement: [] } }
  Table:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
      SSESpecification: { SSEEnabled: true, SSEType: KMS }
      Replicas:
        - { Region: eu-west-1, SSESpecification: { KMSMasterKeyId: !GetAtt Key.Arn } }
        - { Region: us-east-1${secondKey} }`;

ruleCases('storage-encrypted-with-cmk', {
  pass: [
    {
      name: 'global table: every replica on a customer-managed key',
      resource: 'Table',
      template: GLOBAL_TABLE(', SSESpecification: { KMSMasterKeyId: !GetAtt Key.Arn }'),
    },
  ],
  fail: [
    {
      name: 'global table: the second replica on the AWS-managed key',
      resource: 'Table',
      message: 'AWS-managed',
      template: GLOBAL_TABLE(''),
    },
    {
      name: 'global table: the second replica on alias/aws/dynamodb',
      resource: 'Table',
      template: GLOBAL_TABLE(', SSESpecification: { KMSMasterKeyId: alias/aws/dynamodb }'),
    },
  ],
});

const DB_IN_VPC = (attachment: string, parameters = '') => `
Parameters:
  GatewayId: { Type: String }${parameters}
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Subnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 } }
  Attachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc${attachment} }
  Group: { Type: AWS::RDS::DBSubnetGroup, Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref Subnet] } }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, DBSubnetGroupName: !Ref Group }`;

ruleCases('db-not-publicly-accessible', {
  pass: [
    {
      name: 'a VPN gateway attachment does not make the VPC public',
      resource: 'Db',
      message: 'PubliclyAccessible is not set, and VPC template/Vpc has no internet gateway',
      template: DB_IN_VPC(', VpnGatewayId: vgw-0123456789abcdef0'),
    },
  ],
  fail: [
    {
      name: 'an internet gateway outside the templates, by id, attached to the VPC',
      resource: 'Db',
      message: 'has internet gateway igw-0123456789abcdef0 attached',
      template: DB_IN_VPC(', InternetGatewayId: igw-0123456789abcdef0'),
    },
    {
      name: 'a non-Aurora Multi-AZ DB cluster with PubliclyAccessible true',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: postgres, DBClusterInstanceClass: db.m6gd.large, PubliclyAccessible: true }`,
    },
  ],
  unknown: [
    {
      name: 'the internet gateway id is a parameter',
      resource: 'Db',
      message: /Attachment.*GatewayId/,
      template: DB_IN_VPC(', InternetGatewayId: !Ref GatewayId'),
    },
    {
      name: 'the internet gateway id is imported',
      resource: 'Db',
      message: 'ImportValue',
      template: DB_IN_VPC(', InternetGatewayId: !ImportValue shared-igw'),
    },
    {
      name: 'the attachment names no gateway',
      resource: 'Db',
      message: 'names no gateway',
      template: DB_IN_VPC(''),
    },
    {
      name: 'a non-Aurora Multi-AZ DB cluster without PubliclyAccessible in the default VPC',
      message: 'default VPC',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: mysql, DBClusterInstanceClass: db.m6gd.large }`,
    },
  ],
  notApplicable: [
    {
      name: 'an Aurora cluster leaves it to its instances',
      template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql }`,
    },
  ],
});

const SSH_FROM_PREFIX_LIST = (prefixList: string, entries: string) => `
Parameters:
  ListId: { Type: String, Default: pl-0123456789abcdef0 }
Resources:${entries}
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: ${prefixList} }`;

const PREFIX_LIST = (cidr: string) => `
  List:
    Type: AWS::EC2::PrefixList
    Properties:
      PrefixListName: office
      AddressFamily: IPv4
      MaxEntries: 5
      Entries: [{ Cidr: 203.0.113.0/24 }, { Cidr: ${cidr} }]`;

ruleCases('sg-no-public-admin-ports', {
  pass: [
    {
      name: 'SSH from a prefix list of the templates that holds only known ranges',
      resource: 'Group',
      template: SSH_FROM_PREFIX_LIST('!Ref List', PREFIX_LIST('198.51.100.0/24')),
    },
  ],
  fail: [
    {
      name: 'SSH from a prefix list of the templates that holds 0.0.0.0/0',
      resource: 'Group',
      message: 'prefix list',
      template: SSH_FROM_PREFIX_LIST('!GetAtt List.PrefixListId', PREFIX_LIST('0.0.0.0/0')),
    },
    {
      name: 'IpProtocol -1 opens every port',
      template: `
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: all
      SecurityGroupIngress: [{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }]`,
    },
  ],
  unknown: [
    {
      name: 'SSH from a prefix list outside the templates',
      resource: 'Group',
      message: 'pl-0123456789abcdef0',
      template: SSH_FROM_PREFIX_LIST('!Ref ListId', ''),
    },
    {
      // Entries that cannot be read are not "no entries": one choice holds 0.0.0.0/0.
      name: 'SSH from a prefix list of the templates whose entries depend on an undecided condition',
      resource: 'Group',
      message: 'Entries',
      template: SSH_FROM_PREFIX_LIST(
        '!Ref List',
        `
  List:
    Type: AWS::EC2::PrefixList
    Properties:
      PrefixListName: office
      AddressFamily: IPv4
      MaxEntries: 5
      Entries: !If [Open, [{ Cidr: 0.0.0.0/0 }], [{ Cidr: 203.0.113.0/24 }]]`,
        // Mode has no default: the condition cannot be decided before deployment.
      ).replace(
        'Resources:',
        '  Mode: { Type: String }\nConditions:\n  Open: !Equals [!Ref Mode, open]\nResources:',
      ),
    },
    {
      name: 'a rule without IpProtocol (a required property) is not read as "no port"',
      message: 'IpProtocol',
      template: `
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: no protocol
      SecurityGroupIngress: [{ FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]`,
    },
    {
      name: 'a standalone ingress rule without IpProtocol',
      resource: 'Group',
      message: 'IpProtocol',
      template: `
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: g }
  Ingress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref Group, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }`,
    },
  ],
});

ruleCases('cloudfront-min-tls', {
  unknown: [
    {
      name: 'a cache behavior without ViewerProtocolPolicy (required, no default) is not FAIL',
      message: 'ViewerProtocolPolicy is not set',
      template: `
Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        ViewerCertificate: { AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x, MinimumProtocolVersion: TLSv1.2_2021, SslSupportMethod: sni-only }
        DefaultCacheBehavior: { TargetOriginId: o, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6 }`,
    },
  ],
});

const TRAIL = (isLogging: string) => `
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: logs
      IsMultiRegionTrail: true
      EnableLogFileValidation: true${isLogging}`;

ruleCases('cloudtrail-logging', {
  pass: [{ name: 'IsLogging true', template: TRAIL('\n      IsLogging: true') }],
  fail: [
    {
      name: 'IsLogging false fails before merge',
      message: 'logging is stopped',
      template: TRAIL('\n      IsLogging: false'),
    },
  ],
  unknown: [
    { name: 'IsLogging missing (a required property)', message: 'IsLogging', template: TRAIL('') },
    {
      name: 'IsLogging from a parameter without a value',
      template: `
Parameters:
  Logging: { Type: String }
${TRAIL('\n      IsLogging: !Ref Logging')}`,
    },
  ],
});
