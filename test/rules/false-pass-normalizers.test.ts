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
