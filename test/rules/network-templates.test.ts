import { ruleCases } from '../support/rule-cases.js';

const VPC = `
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
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref SubnetA, !Ref SubnetB] }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: true, DBSubnetGroupName: !Ref Group }`;

ruleCases('db-subnets-private', {
  pass: [
    {
      name: 'default route through a NAT gateway',
      says: 'none of 2 subnet(s) has a default route to an internet gateway',
      evidence: { subnets: ['template/SubnetA', 'template/SubnetB'] },
      resource: 'Db',
      template: `
Resources:${VPC}
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref SubnetA, ConnectivityType: private }
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref TableB, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }`,
    },
  ],
  fail: [
    {
      name: 'one subnet routes 0.0.0.0/0 to the internet gateway',
      says: 'subnet template/SubnetB routes 0.0.0.0/0 to internet gateway template/Igw (route table template/TableB)',
      evidence: {
        subnets: ['template/SubnetA', 'template/SubnetB'],
        publicRoutes: [
          {
            subnet: 'template/SubnetB',
            routeTable: 'template/TableB',
            route: '0.0.0.0/0',
            gateway: 'template/Igw',
          },
        ],
      },
      resource: 'Db',
      message: /subnet .*SubnetB routes 0\.0\.0\.0\/0 to internet gateway .*Igw/,
      template: `
Resources:${VPC}
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref TableB, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }`,
    },
    {
      name: 'IPv6 default route to the internet gateway',
      says: 'subnet template/SubnetA routes ::/0 to internet gateway template/Igw (route table template/TableA)',
      evidence: {
        subnets: ['template/SubnetA', 'template/SubnetB'],
        publicRoutes: [
          {
            subnet: 'template/SubnetA',
            routeTable: 'template/TableA',
            route: '::/0',
            gateway: 'template/Igw',
          },
        ],
      },
      resource: 'Db',
      message: '::/0',
      template: `
Resources:${VPC}
  Default6:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref TableA, DestinationIpv6CidrBlock: ::/0, GatewayId: !Ref Igw }`,
    },
  ],
  unknown: [
    {
      name: 'subnet ids from a parameter without default',
      says: 'Group.SubnetIds: parameter Subnets has no value; pass --parameters Subnets=...',
      evidence: {},
      template: `
Parameters:
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
Resources:
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: db, SubnetIds: !Ref Subnets }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, DBSubnetGroupName: !Ref Group }`,
      resource: 'Db',
    },
    {
      name: 'no subnet group: the default VPC',
      says: 'no DB subnet group is set: the database uses the default subnet group of the default VPC, whose subnets are public',
      evidence: {},
      message: 'default subnet group',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro }`,
    },
  ],
});

ruleCases('db-not-publicly-accessible', {
  pass: [
    {
      name: 'PubliclyAccessible false',
      says: 'PubliclyAccessible is false',
      evidence: { publiclyAccessible: false },
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, PubliclyAccessible: false }`,
    },
  ],
  fail: [
    {
      name: 'PubliclyAccessible true',
      says: 'PubliclyAccessible is true',
      evidence: { publiclyAccessible: true },
      message: 'PubliclyAccessible is true',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, PubliclyAccessible: true }`,
    },
  ],
  unknown: [
    {
      name: 'Fn::If on a condition over an unset parameter',
      says: 'Db.PubliclyAccessible: condition Public is unknown: parameter Exposure has no value; pass --parameters Exposure=...',
      evidence: {},
      template: `
Parameters:
  Exposure: { Type: String }
Conditions:
  Public: !Equals [!Ref Exposure, public]
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, PubliclyAccessible: !If [Public, true, false] }`,
    },
  ],
});

const LB = (scheme: string) => `
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: application, Scheme: ${scheme}, Subnets: [subnet-1, subnet-2] }`;
const HTTPS = (policy: string) => `
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: HTTPS
      Port: 443
      Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/abc }]
      DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: '404' } }]${policy}`;

ruleCases('tls-listener-tls13', {
  pass: [
    {
      name: 'recommended TLS 1.3 policy',
      says: 'policy ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 offers TLSv1.2, TLSv1.3',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
        defaultPolicy: false,
        protocols: ['TLSv1.2', 'TLSv1.3'],
        offersTls13: true,
        olderThanTls12: [],
      },
      resource: 'Https',
      template: `Resources:${LB('internet-facing')}${HTTPS('\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09')}`,
    },
  ],
  fail: [
    {
      name: 'SslPolicy omitted: ELBSecurityPolicy-2016-08',
      says: 'no SslPolicy set, so the API default ELBSecurityPolicy-2016-08 applies: does not offer TLS 1.3 and still offers TLSv1, TLSv1.1',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-2016-08',
        defaultPolicy: true,
        protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
        offersTls13: false,
        olderThanTls12: ['TLSv1', 'TLSv1.1'],
      },
      resource: 'Https',
      message: 'ELBSecurityPolicy-2016-08',
      template: `Resources:${LB('internet-facing')}${HTTPS('')}`,
    },
    {
      name: 'TLS 1.2 only',
      says: 'policy ELBSecurityPolicy-TLS-1-2-Ext-2018-06: does not offer TLS 1.3',
      evidence: {
        protocol: 'HTTPS',
        sslPolicy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06',
        defaultPolicy: false,
        protocols: ['TLSv1.2'],
        offersTls13: false,
        olderThanTls12: [],
      },
      resource: 'Https',
      message: 'does not offer TLS 1.3',
      template: `Resources:${LB('internet-facing')}${HTTPS('\n      SslPolicy: ELBSecurityPolicy-TLS-1-2-Ext-2018-06')}`,
    },
  ],
  unknown: [
    {
      name: 'policy from a parameter without default',
      says: 'Https.SslPolicy: parameter Policy has no value; pass --parameters Policy=...',
      evidence: {},
      resource: 'Https',
      template: `
Parameters:
  Policy: { Type: String }
Resources:${LB('internet-facing')}${HTTPS('\n      SslPolicy: !Ref Policy')}`,
    },
  ],
  notApplicable: [
    {
      name: 'HTTP listener',
      says: 'HTTP listener does not terminate TLS',
      evidence: { protocol: 'HTTP' },
      resource: 'Http',
      template: `
Resources:${LB('internet-facing')}
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: HTTP
      Port: 80
      DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 } }]`,
    },
  ],
});

const HTTP = (action: string) => `
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: HTTP
      Port: 80
      DefaultActions: [${action}]`;
const REDIRECT = `{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 } }`;
const FORWARD = `{ Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/t/1 }`;

ruleCases('http-redirects-to-https', {
  pass: [{ name: 'redirects to HTTPS', template: `Resources:${LB('internet-facing')}${HTTP(REDIRECT)}` }],
  fail: [
    {
      name: 'forwards plain HTTP from the internet',
      says: 'internet-facing HTTP listener has a forward action, not only redirects to HTTPS',
      evidence: {
        loadBalancer: 'template/Lb',
        scheme: 'internet-facing',
        port: 80,
        actions: [{ type: 'forward', redirectProtocol: null }],
      },
      message: 'forward',
      template: `Resources:${LB('internet-facing')}${HTTP(FORWARD)}`,
    },
    {
      name: 'a listener rule forwards although the default redirects',
      says: 'internet-facing HTTP listener has a forward action, not only redirects to HTTPS',
      evidence: {
        loadBalancer: 'template/Lb',
        scheme: 'internet-facing',
        port: 80,
        actions: [
          { type: 'redirect', redirectProtocol: 'HTTPS' },
          { type: 'forward', redirectProtocol: null },
        ],
      },
      resource: 'Http',
      template: `
Resources:${LB('internet-facing')}${HTTP(REDIRECT)}
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Http
      Priority: 1
      Conditions: [{ Field: path-pattern, PathPatternConfig: { Values: [/health] } }]
      Actions: [${FORWARD}]`,
    },
  ],
  unknown: [
    {
      name: 'scheme chosen by a condition over an unset parameter',
      says: 'Lb.Scheme: condition Public is unknown: parameter Exposure has no value; pass --parameters Exposure=...',
      evidence: {},
      template: `
Parameters:
  Exposure: { Type: String }
Conditions:
  Public: !Equals [!Ref Exposure, public]
Resources:${LB('!If [Public, internet-facing, internal]')}${HTTP(FORWARD)}`,
    },
  ],
  notApplicable: [
    { name: 'internal load balancer', template: `Resources:${LB('internal')}${HTTP(FORWARD)}` },
  ],
});

const SG = (ingress: string) => `
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: test
      VpcId: vpc-1
      SecurityGroupIngress: [${ingress}]`;

ruleCases('sg-no-public-admin-ports', {
  pass: [
    {
      name: 'HTTPS from anywhere',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      template: SG(`{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }`),
    },
    {
      name: 'SSH from a known range',
      says: 'no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (1 ingress rule(s))',
      evidence: { ingressRules: 1 },
      template: SG(`{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8 }`),
    },
  ],
  fail: [
    {
      name: 'SSH from anywhere',
      says: 'open to the internet: SSH (22) from 0.0.0.0/0',
      evidence: {
        exposures: [{ service: 'SSH (22)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 22, toPort: 22 }],
      },
      message: 'SSH (22) from 0.0.0.0/0',
      template: SG(`{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }`),
    },
    {
      name: 'RDP from anywhere over IPv6, as a separate ingress resource',
      says: 'open to the internet: RDP (3389) from ::/0',
      evidence: {
        exposures: [{ service: 'RDP (3389)', cidr: '::/0', protocol: 'tcp', fromPort: 3389, toPort: 3389 }],
      },
      resource: 'Sg',
      message: 'RDP (3389) from ::/0',
      template: `${SG('')}
  Rdp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIpv6: ::/0 }`,
    },
  ],
  unknown: [
    {
      name: 'source CIDR from a parameter without default',
      says: 'Sg.SecurityGroupIngress[0].CidrIp: parameter AdminCidr has no value; pass --parameters AdminCidr=...',
      evidence: {},
      template: `
Parameters:
  AdminCidr: { Type: String }${SG(`{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr }`)}`,
    },
  ],
});

const BUCKET = (block: string) => `
Resources:
  Bucket:
    Type: AWS::S3::Bucket${block}`;

ruleCases('s3-public-access-blocked', {
  pass: [
    {
      name: 'all four settings on',
      says: 'all four Block Public Access settings are on',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        defaultApplied: null,
        accountPublicAccessBlock: null,
      },
      template: BUCKET(`
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }`),
    },
    {
      name: 'omitted: new buckets block public access by default',
      says: 'no PublicAccessBlockConfiguration: S3 blocks all public access on new buckets by default',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        defaultApplied:
          'no PublicAccessBlockConfiguration: S3 blocks all public access on new buckets by default',
        accountPublicAccessBlock: null,
      },
      message: 'by default',
      template: BUCKET(''),
    },
  ],
  fail: [
    {
      name: 'public policies allowed',
      says: 'Block Public Access settings off: blockPublicPolicy (bucket level only: the account-level setting was not read)',
      evidence: {
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: true,
        },
        defaultApplied: null,
        accountPublicAccessBlock: null,
      },
      message: 'blockPublicPolicy',
      template: BUCKET(`
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true }`),
    },
  ],
  unknown: [
    {
      name: 'a setting from a parameter without default',
      says: 'Bucket.PublicAccessBlockConfiguration.BlockPublicPolicy: parameter AllowPolicies has no value; pass --parameters AllowPolicies=...',
      evidence: {},
      template: `
Parameters:
  AllowPolicies: { Type: String }${BUCKET(`
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: !Ref AllowPolicies, RestrictPublicBuckets: true }`)}`,
    },
  ],
});
