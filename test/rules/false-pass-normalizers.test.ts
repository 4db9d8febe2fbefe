/**
 * False PASSes closed in template normalizers and network rules: statements
 * paired with the wrong raw statement, world-open CIDRs written other than
 * `0.0.0.0/0`, unresolved values read as present, permissions not tied to their
 * function, empty key ids and mixed-case engine names.
 */
import { ruleCases } from '../support/rule-cases.js';

const NEVER = `
Parameters:
  Who: { Type: String }
Conditions:
  Never: !Equals [a, b]`;

ruleCases('kms-key-not-public', {
  pass: [
    {
      name: 'a principal from a role ARN stays specific (control)',
      template: `
Resources:
  R:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: { Statement: [] } }
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - { Effect: Allow, Principal: { AWS: !GetAtt R.Arn }, Action: 'kms:Decrypt', Resource: '*' }`,
    },
    {
      name: 'a dropped statement before account-root statements: still only specific principals',
      template: `${NEVER}
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - !If [Never, { Effect: Allow, Principal: '*', Action: 'kms:*', Resource: '*' }, !Ref AWS::NoValue]
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
            Action: 'kms:*'
            Resource: '*'`,
    },
  ],
  unknown: [
    {
      name: "a principal from a custom resource's attribute: whatever its provider returns, '*' included",
      message: 'Custom::PrincipalLookup',
      template: `
Resources:
  Lookup:
    Type: Custom::PrincipalLookup
    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:lookup }
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - { Effect: Allow, Principal: { AWS: !GetAtt Lookup.Principal }, Action: 'kms:Decrypt', Resource: '*' }`,
    },
    {
      name: 'a statement dropped by Fn::If: the unknown principal does not borrow the next statement ARN',
      message: 'Who',
      template: `${NEVER}
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - !If
            - Never
            - { Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:Decrypt', Resource: '*' }
            - !Ref AWS::NoValue
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::123456789012:root' }
            Action: 'kms:*'
            Resource: '*'
          - Effect: Allow
            Principal: { AWS: !Ref Who }
            Action: 'kms:*'
            Resource: '*'`,
    },
    {
      name: 'a principal dropped by Fn::If: the unknown principal does not borrow the next entry ARN',
      message: 'Who',
      template: `${NEVER}
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Statement:
          - Effect: Allow
            Principal:
              AWS:
                - !If [Never, 'arn:aws:iam::111122223333:root', !Ref AWS::NoValue]
                - !Sub 'arn:aws:iam::111122223333:root'
                - !Ref Who
            Action: 'kms:*'
            Resource: '*'`,
    },
  ],
});

/** A security group with one ingress rule from `cidr` on `ports` (`-1` for every protocol). */
const groupOpenTo = (cidrProperty: string, cidr: string, protocol: string, from: number, to: number) => `
Resources:
  SG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress:
        - { IpProtocol: '${protocol}', FromPort: ${from}, ToPort: ${to}, ${cidrProperty}: '${cidr}' }`;

ruleCases('sg-no-public-admin-ports', {
  pass: [{ name: 'SSH from a /1 only', template: groupOpenTo('CidrIp', '0.0.0.0/1', 'tcp', 22, 22) }],
  fail: [
    {
      name: 'SSH from ::0/0: the evidence shows the CIDR as written',
      message: 'SSH (22) from ::0/0',
      template: groupOpenTo('CidrIpv6', '::0/0', 'tcp', 22, 22),
    },
    {
      name: 'SSH from 0:0:0:0:0:0:0:0/0',
      message: '0:0:0:0:0:0:0:0/0',
      template: groupOpenTo('CidrIpv6', '0:0:0:0:0:0:0:0/0', 'tcp', 22, 22),
    },
    {
      name: 'RDP from 10.0.0.0/0: a prefix length 0 covers every address',
      message: 'RDP (3389) from 10.0.0.0/0',
      template: groupOpenTo('CidrIp', '10.0.0.0/0', 'tcp', 3389, 3389),
    },
  ],
});

ruleCases('sg-no-public-all-ports', {
  fail: [{ name: 'every protocol from ::0/0', template: groupOpenTo('CidrIpv6', '::0/0', '-1', -1, -1) }],
});

ruleCases('sg-no-public-high-risk-ports', {
  fail: [{ name: 'MySQL from ::0/0', template: groupOpenTo('CidrIpv6', '::0/0', 'tcp', 3306, 3306) }],
});

const ACL = `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: !Ref Vpc }`;

const aclEntry = (name: string, ruleNumber: number, action: string, cidr: string) => `
  ${name}:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: ${ruleNumber}
      Protocol: -1
      RuleAction: ${action}
      ${cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock'}: '${cidr}'`;

ruleCases('nacl-no-public-admin-ingress', {
  pass: [
    {
      name: 'an IPv6 deny before the IPv6 allow, written ::0/0',
      template: ACL + aclEntry('Deny', 50, 'deny', '::0/0') + aclEntry('Allow', 100, 'allow', '::/0'),
    },
  ],
  fail: [
    {
      name: 'an IPv4 deny does not stop an IPv6 allow',
      message: 'all traffic from ::/0 (rule 100)',
      template: ACL + aclEntry('DenyV4', 50, 'deny', '0.0.0.0/0') + aclEntry('AllowV6', 100, 'allow', '::/0'),
    },
    {
      name: 'an IPv6 deny does not stop an IPv4 allow',
      message: 'all traffic from 0.0.0.0/0 (rule 100)',
      template: ACL + aclEntry('DenyV6', 50, 'deny', '::/0') + aclEntry('AllowV4', 100, 'allow', '0.0.0.0/0'),
    },
    {
      name: 'an allow from ::0/0',
      message: 'all traffic from ::0/0',
      template: ACL + aclEntry('Allow', 100, 'allow', '::0/0'),
    },
  ],
});

ruleCases('eks-endpoint-not-public', {
  fail: [
    {
      name: 'a public endpoint open to 10.0.0.0/0',
      template: `
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1]
        EndpointPublicAccess: true
        PublicAccessCidrs: [10.0.0.0/0]`,
    },
  ],
});

const SUBNETS = `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
  Table:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Assoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Table }
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref Subnet] }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: true, DBSubnetGroupName: !Ref Group }`;

ruleCases('db-subnets-private', {
  fail: [
    {
      name: 'a default route written ::0/0 to the internet gateway',
      resource: 'Db',
      message: 'routes ::0/0 to internet gateway',
      template: `${SUBNETS}
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Table, DestinationIpv6CidrBlock: '::0/0', GatewayId: !Ref Igw }`,
    },
  ],
});

const FUNCTION = (name: string) => `
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: ${name}
      Runtime: python3.12
      Handler: index.h
      Role: arn:aws:iam::123456789012:role/x
      Code: { ZipFile: 'def h(e, c): pass' }`;

const publicPermission = (functionName: string, extra = '') => `
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: ${functionName}
      Action: lambda:InvokeFunction
      Principal: '*'${extra}`;

const VERSION_AND_ALIAS = `
  V:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref Fn }
  Live:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Fn, FunctionVersion: !GetAtt V.Version, Name: live }`;

ruleCases('lambda-not-public', {
  pass: [
    {
      name: 'a source account from a parameter: present, though unresolved',
      resource: 'Fn',
      template: `
Parameters:
  Account: { Type: String }
Resources:${FUNCTION('probe-fn')}${publicPermission('!Ref Fn', '\n      SourceAccount: !Ref Account')}`,
    },
    {
      name: 'a literal name that the unresolved function name cannot take',
      resource: 'Fn',
      template: `
Parameters:
  Env: { Type: String }
Resources:${FUNCTION('!Sub "${Env}-fn"')}${publicPermission('other-function')}`,
    },
  ],
  fail: [
    {
      name: 'SourceArn "*" confines nothing: the permission is read with its operator and value',
      resource: 'Fn',
      template: `Resources:${FUNCTION('probe-fn')}
  Wide:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: '*', SourceArn: '*' }`,
    },
    {
      name: 'a public permission on an alias of the function',
      resource: 'Fn',
      template: `Resources:${FUNCTION('probe-fn')}${VERSION_AND_ALIAS}${publicPermission('!Ref Live')}`,
    },
    {
      name: 'a public permission on a version of the function',
      resource: 'Fn',
      template: `Resources:${FUNCTION('probe-fn')}${VERSION_AND_ALIAS}${publicPermission('!Ref V')}`,
    },
    {
      name: 'a public permission on a qualified name',
      resource: 'Fn',
      template: `Resources:${FUNCTION('probe-fn')}${publicPermission('probe-fn:live')}`,
    },
    {
      name: 'a public permission on a qualified partial ARN',
      resource: 'Fn',
      template: `Resources:${FUNCTION('probe-fn')}${publicPermission('123456789012:function:probe-fn:3')}`,
    },
  ],
  unknown: [
    {
      name: 'SourceAccount that an undecided Fn::If may drop',
      resource: 'Fn',
      message: 'Perm.SourceAccount may be absent',
      template: `
Parameters:
  RestrictTo: { Type: String }
Conditions:
  Restrict: !Not [!Equals [!Ref RestrictTo, '']]
Resources:${FUNCTION('probe-fn')}${publicPermission('!Ref Fn', '\n      SourceAccount: !If [Restrict, !Ref RestrictTo, !Ref AWS::NoValue]')}`,
    },
    {
      name: 'a literal name the unresolved function name may take',
      resource: 'Fn',
      message: 'prod-fn may name Fn',
      template: `
Parameters:
  Env: { Type: String }
Resources:${FUNCTION('!Sub "${Env}-fn"')}${publicPermission('prod-fn')}`,
    },
  ],
});

const DISTRIBUTION = (viewerCertificate: string) => `
Parameters:
  Domain: { Type: String }
Conditions:
  HasCert: !Not [!Equals [!Ref Domain, '']]
Resources:
  D:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - { Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: redirect-to-https }
        ViewerCertificate:${viewerCertificate}`;

ruleCases('cloudfront-min-tls', {
  pass: [
    {
      name: 'an own certificate from a parameter, TLSv1.2_2021',
      template: DISTRIBUTION(`
          AcmCertificateArn: !Sub 'arn:aws:acm:us-east-1:111122223333:certificate/\${Domain}'
          SslSupportMethod: sni-only
          MinimumProtocolVersion: TLSv1.2_2021`),
    },
  ],
  fail: [
    {
      name: 'the certificate dropped (Domain empty): the default certificate accepts TLSv1',
      parameters: { Domain: '' },
      template: DISTRIBUTION(`
          AcmCertificateArn: !If [HasCert, 'arn:aws:acm:us-east-1:111122223333:certificate/abc', !Ref AWS::NoValue]
          CloudFrontDefaultCertificate: !If [HasCert, !Ref AWS::NoValue, true]
          MinimumProtocolVersion: TLSv1.2_2021`),
    },
  ],
  unknown: [
    {
      name: 'a certificate an undecided Fn::If may drop',
      message: 'AcmCertificateArn may be absent',
      template: DISTRIBUTION(`
          AcmCertificateArn: !If [HasCert, 'arn:aws:acm:us-east-1:111122223333:certificate/abc', !Ref AWS::NoValue]
          CloudFrontDefaultCertificate: !If [HasCert, !Ref AWS::NoValue, true]
          MinimumProtocolVersion: TLSv1.2_2021`),
    },
    {
      name: 'a whole ViewerCertificate chosen by an undecided Fn::If',
      template: DISTRIBUTION(`
          !If
            - HasCert
            - { AcmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc', SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021 }
            - { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: TLSv1.2_2021 }`),
    },
  ],
});

const DOMAIN = (subnets: string) => `
Parameters:
  P: { Type: String }
  Subnet: { Type: String }
Conditions:
  C: !Equals [!Ref P, 'yes']
Resources:
  D:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions: { SubnetIds: ${subnets} }`;

ruleCases('opensearch-domain-in-vpc', {
  pass: [
    { name: 'a subnet from a parameter', template: DOMAIN('[!Ref Subnet]') },
    {
      name: 'one subnet an Fn::If may drop beside one it may not',
      template: DOMAIN('[!If [C, subnet-1, !Ref AWS::NoValue], !Ref Subnet]'),
    },
  ],
  unknown: [
    {
      name: 'the only subnet an undecided Fn::If may drop',
      message: 'SubnetIds',
      template: DOMAIN('[!If [C, subnet-1, !Ref AWS::NoValue]]'),
    },
  ],
});

const MAYBE_EMPTY_KEY = `
Parameters:
  Flag: { Type: String }
Conditions:
  On: !Equals [!Ref Flag, 'yes']
Resources:`;

ruleCases('storage-encrypted', {
  pass: [
    {
      name: 'a queue key that may be empty, with SSE-SQS on by default: encrypted either way',
      template: `${MAYBE_EMPTY_KEY}
  Q:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [On, alias/aws/sqs, '']`,
    },
  ],
  fail: [
    {
      name: 'a topic with an empty KmsMasterKeyId has no SSE-KMS',
      says: 'not encrypted at rest',
      template: `
Resources:
  T:
    Type: AWS::SNS::Topic
    Properties: { KmsMasterKeyId: '' }`,
    },
  ],
  unknown: [
    {
      name: 'a queue key that may be empty, with SSE-SQS off',
      message: 'may also be empty',
      template: `${MAYBE_EMPTY_KEY}
  Q:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: false
      KmsMasterKeyId: !If [On, alias/aws/sqs, '']`,
    },
    {
      name: 'a topic key that may be empty',
      message: 'may also be empty',
      template: `${MAYBE_EMPTY_KEY}
  T:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: !If [On, alias/aws/sns, '']`,
    },
  ],
});

const MIXED_CASE_MYSQL = `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: MySQL
      EngineVersion: '8.0.35'
      DBInstanceClass: db.t3.micro
      StorageEncrypted: true`;

ruleCases('rds-enforces-tls', {
  fail: [{ name: 'Engine MySQL is mysql: TLS is off by default', template: MIXED_CASE_MYSQL }],
});

ruleCases('db-iam-authentication', {
  fail: [{ name: 'Engine MySQL is mysql: IAM authentication is off', template: MIXED_CASE_MYSQL }],
});
