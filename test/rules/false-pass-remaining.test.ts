/**
 * The last known false PASS (and one false FAIL) verdicts on templates: each
 * case runs through the real template pipeline, with PASS controls that must
 * stay PASS.
 */
import { ruleCases } from '../support/rule-cases.js';

/** A bucket with a policy whose one statement denies plain HTTP on `resources`. */
const bucketDenyingHttpOn = (resources: string, bucketProperties = '') => `
Parameters:
  Prefix: { Type: String }
Resources:
  B:
    Type: AWS::S3::Bucket${bucketProperties}
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: ${resources}
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }`;

ruleCases('s3-bucket-enforces-tls', {
  pass: [
    {
      name: 'the bucket and !Sub "${B.Arn}/*"',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Sub '\${B.Arn}/*']`),
    },
    {
      name: 'the bucket and !Join of its ARN with /*',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Join ['', [!GetAtt B.Arn, '/*']]]`),
    },
    {
      name: 'literal ARNs of the bucket its BucketName fixes',
      resource: 'B',
      template: bucketDenyingHttpOn(
        `['arn:aws:s3:::probe-bucket-x', 'arn:aws:s3:::probe-bucket-x/*']`,
        '\n    Properties: { BucketName: probe-bucket-x }',
      ),
    },
    {
      name: 'ARNs built from Ref of the bucket (its name) and AWS::Partition',
      resource: 'B',
      template: bucketDenyingHttpOn(
        `[!Sub 'arn:\${AWS::Partition}:s3:::\${B}', !Sub 'arn:\${AWS::Partition}:s3:::\${B}/*']`,
      ),
    },
    {
      name: 'a single !Sub "${B.Arn}*" covers the bucket and its objects',
      resource: 'B',
      template: bucketDenyingHttpOn(`!Sub '\${B.Arn}*'`),
    },
  ],
  fail: [
    {
      name: 'the bucket and only its public/ prefix (!Sub "${B.Arn}/public/*")',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Sub '\${B.Arn}/public/*']`),
      message: 'no bucket policy statement denies',
    },
    {
      name: 'the bucket and only its public/ prefix through !Join',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Join ['', [!GetAtt B.Arn, '/public/*']]]`),
    },
    {
      name: 'the objects only, no bucket ARN',
      resource: 'B',
      template: bucketDenyingHttpOn(`!Sub '\${B.Arn}/*'`),
    },
    {
      name: 'a literal public/ prefix of the bucket its BucketName fixes',
      resource: 'B',
      template: bucketDenyingHttpOn(
        `'arn:aws:s3:::probe-bucket-x/public/*'`,
        '\n    Properties: { BucketName: probe-bucket-x }',
      ),
    },
  ],
  unknown: [
    {
      name: 'the bucket and a prefix from a parameter without a value',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Sub '\${B.Arn}/\${Prefix}*']`),
    },
    {
      name: 'the bucket and objects of a prefix from a parameter: no longer taken as written for it',
      resource: 'B',
      template: bucketDenyingHttpOn(`[!GetAtt B.Arn, !Join ['', [!GetAtt B.Arn, '/', !Ref Prefix, '/*']]]`),
    },
  ],
});

/** A file system whose policy's one statement denies mounting without TLS, with the given Resource lines. */
const fileSystemDenyingHttp = (resourceLines: string) => `
Parameters:
  FsArn: { Type: String }
Resources:
  Fs:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      FileSystemPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: { AWS: '*' }
            Action: '*'${resourceLines}
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }`;

ruleCases('efs-enforces-tls', {
  pass: [
    { name: 'no Resource: the policy governs its own file system', template: fileSystemDenyingHttp('') },
    { name: 'Resource "*"', template: fileSystemDenyingHttp(`\n            Resource: '*'`) },
    {
      name: 'Resource every file system of every account and region',
      template: fileSystemDenyingHttp(`\n            Resource: 'arn:*:elasticfilesystem:*:*:file-system/*'`),
    },
  ],
  fail: [
    {
      name: 'Resource one literal file system, which a template cannot create under that id',
      template: fileSystemDenyingHttp(
        `\n            Resource: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-00000000'`,
      ),
      message: 'no file system policy statement denies',
    },
    {
      name: 'NotResource "*" does not count',
      template: fileSystemDenyingHttp(
        `\n            NotResource: 'arn:aws:elasticfilesystem:*:*:file-system/fs-none'`,
      ),
    },
    {
      name: 'Resource access points only',
      template: fileSystemDenyingHttp(
        `\n            Resource: 'arn:aws:elasticfilesystem:*:*:access-point/*'`,
      ),
    },
  ],
  unknown: [
    {
      name: 'Resource from a parameter without a value',
      template: fileSystemDenyingHttp(`\n            Resource: !Ref FsArn`),
    },
    {
      name: 'Resource naming one account, while the template may be deployed to another',
      template: fileSystemDenyingHttp(
        `\n            Resource: 'arn:aws:elasticfilesystem:*:123456789012:file-system/*'`,
      ),
    },
  ],
});

/** A function and a Fn::ForEach loop of permissions on it, over a list parameter. */
const functionWithPermissionLoop = (principal: string) => `
Transform: AWS::LanguageExtensions
Parameters:
  Callers: { Type: CommaDelimitedList }
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Code: { ZipFile: x }, Role: 'arn:aws:iam::123456789012:role/r' }
  Fn::ForEach::Perms:
    - C
    - !Ref Callers
    - Perm&{C}:
        Type: AWS::Lambda::Permission
        Properties: { Action: 'lambda:InvokeFunction', FunctionName: !Ref Fn, Principal: '${principal}' }`;

ruleCases('lambda-not-public', {
  pass: [
    {
      name: 'the loop expanded (collection given): its permissions name one account',
      resource: 'Fn',
      template: functionWithPermissionLoop('123456789012'),
      parameters: { Callers: 'a,b' },
    },
    {
      name: 'a function with no permissions and nothing left unread',
      resource: 'Fn',
      template: `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Code: { ZipFile: x }, Role: 'arn:aws:iam::123456789012:role/r' }`,
    },
  ],
  fail: [
    {
      name: 'the loop expanded: its permissions allow "*"',
      resource: 'Fn',
      template: functionWithPermissionLoop('*'),
      parameters: { Callers: 'a,b' },
    },
  ],
  unknown: [
    {
      name: 'a Fn::ForEach of permissions whose collection is unknown may open the function',
      resource: 'Fn',
      template: functionWithPermissionLoop('*'),
      message: 'a permission that was not read',
    },
    {
      name: 'a nested stack whose template is not on disk, given the function name, may add a permission',
      resource: 'Fn',
      template: `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Code: { ZipFile: x }, Role: 'arn:aws:iam::123456789012:role/r' }
  Perms:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/b/perms.yaml
      Parameters: { FunctionName: !Ref Fn }`,
    },
  ],
});

/** Two subnets of a DB subnet group, each with its own route table, and an internet gateway; routes appended. */
const databaseSubnetsWithRoutes = (routes: string) => `
Parameters:
  Target: { Type: String }
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24 }
  TableA:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  TableB:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  AssocA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref TableA }
  AssocB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetB, RouteTableId: !Ref TableB }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref SubnetA, ConnectivityType: private }
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref SubnetA, !Ref SubnetB] }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: true, DBSubnetGroupName: !Ref Group }${routes}`;

const route = (name: string, destination: string, target: string) => `
  ${name}:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref TableB, ${destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock'}: '${destination}', ${target} }`;

ruleCases('db-subnets-private', {
  pass: [
    {
      name: 'both halves of the IPv4 space through a NAT gateway',
      resource: 'Db',
      template: databaseSubnetsWithRoutes(
        route('Low', '0.0.0.0/1', 'NatGatewayId: !Ref Nat') +
          route('High', '128.0.0.0/1', 'NatGatewayId: !Ref Nat'),
      ),
    },
  ],
  fail: [
    {
      name: '0.0.0.0/1 and 128.0.0.0/1 to the internet gateway reach as far as 0.0.0.0/0',
      resource: 'Db',
      says: 'subnet template/SubnetB routes 0.0.0.0/1 + 128.0.0.0/1 to internet gateway template/Igw (route table template/TableB)',
      template: databaseSubnetsWithRoutes(
        route('Low', '0.0.0.0/1', 'GatewayId: !Ref Igw') +
          route('High', '128.0.0.0/1', 'GatewayId: !Ref Igw'),
      ),
    },
    {
      name: 'four IPv4 quarters to the internet gateway',
      resource: 'Db',
      template: databaseSubnetsWithRoutes(
        route('Q1', '0.0.0.0/2', 'GatewayId: !Ref Igw') +
          route('Q2', '64.0.0.0/2', 'GatewayId: !Ref Igw') +
          route('Q34', '128.0.0.0/1', 'GatewayId: !Ref Igw'),
      ),
    },
    {
      name: '::/1 and 8000::/1 to the internet gateway cover every IPv6 address',
      resource: 'Db',
      template: databaseSubnetsWithRoutes(
        route('Low6', '::/1', 'GatewayId: !Ref Igw') + route('High6', '8000::/1', 'GatewayId: !Ref Igw'),
      ),
    },
  ],
  unknown: [
    {
      name: 'one half to the internet gateway, the other to a target from a parameter without a value',
      resource: 'Db',
      template: databaseSubnetsWithRoutes(
        route('Low', '0.0.0.0/1', 'GatewayId: !Ref Igw') +
          route('High', '128.0.0.0/1', 'GatewayId: !Ref Target'),
      ),
    },
  ],
});
