import { ruleCases } from '../../support/rule-cases.js';

function group(ingress: string): string {
  return `
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: test
      SecurityGroupIngress: ${ingress}`;
}

ruleCases('sg-no-public-all-ports', {
  pass: [
    {
      name: 'HTTPS only from the internet',
      template: group('[{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'all traffic from a private range',
      template: group('[{ IpProtocol: "-1", CidrIp: 10.0.0.0/8 }]'),
    },
    { name: 'no ingress at all', template: group('[]') },
  ],
  fail: [
    {
      name: 'all protocols from 0.0.0.0/0',
      message: 'all protocols and ports from 0.0.0.0/0',
      template: group('[{ IpProtocol: "-1", CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'the whole TCP range from ::/0',
      message: 'every TCP port from ::/0',
      template: group('[{ IpProtocol: tcp, FromPort: 0, ToPort: 65535, CidrIpv6: "::/0" }]'),
    },
    {
      name: 'a standalone SecurityGroupIngress with every UDP port',
      resource: 'Sg',
      message: 'every UDP port',
      template: `${group('[]')}
  Open:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref Sg, IpProtocol: udp, FromPort: 0, ToPort: 65535, CidrIp: 0.0.0.0/0 }`,
    },
  ],
  unknown: [
    {
      name: 'all traffic from a prefix list not in the templates',
      template: group('[{ IpProtocol: "-1", SourcePrefixListId: pl-0123456789abcdef0 }]'),
    },
    {
      name: 'the source CIDR is a parameter without a value',
      template: `
Parameters:
  Source: { Type: String }
${group('[{ IpProtocol: "-1", CidrIp: !Ref Source }]').trimStart()}`,
    },
  ],
});

ruleCases('sg-no-public-high-risk-ports', {
  pass: [
    {
      name: 'HTTP and HTTPS from the internet',
      says: 'no ingress from 0.0.0.0/0 or ::/0 to the 31 high-risk TCP ports (2 rule(s))',
      evidence: { ingressRules: 2 },
      template: group(`
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }`),
    },
    {
      name: 'PostgreSQL from the VPC only',
      says: 'no ingress from 0.0.0.0/0 or ::/0 to the 31 high-risk TCP ports (1 rule(s))',
      evidence: { ingressRules: 1 },
      template: group('[{ IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 10.0.0.0/16 }]'),
    },
    {
      name: 'DNS over UDP from the internet',
      says: 'no ingress from 0.0.0.0/0 or ::/0 to the 31 high-risk TCP ports (1 rule(s))',
      evidence: { ingressRules: 1 },
      template: group('[{ IpProtocol: udp, FromPort: 53, ToPort: 53, CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'HTTPS from a prefix list not in the templates',
      says: 'no ingress from 0.0.0.0/0 or ::/0 to the 31 high-risk TCP ports (1 rule(s))',
      evidence: { ingressRules: 1 },
      template: group(
        '[{ IpProtocol: tcp, FromPort: 443, ToPort: 443, SourcePrefixListId: pl-0123456789abcdef0 }]',
      ),
    },
    {
      name: 'PostgreSQL from a prefix list of private ranges',
      says: 'no ingress from 0.0.0.0/0 or ::/0 to the 31 high-risk TCP ports (1 rule(s))',
      evidence: { ingressRules: 1 },
      resource: 'Sg',
      template: `${group('[{ IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourcePrefixListId: !Ref List }]')}
  List:
    Type: AWS::EC2::PrefixList
    Properties:
      PrefixListName: partners
      AddressFamily: IPv4
      MaxEntries: 5
      Entries: [{ Cidr: 10.0.0.0/8 }]`,
    },
  ],
  fail: [
    {
      name: 'MySQL from 0.0.0.0/0',
      says: 'open to the internet: MySQL (3306) from 0.0.0.0/0',
      evidence: {
        exposures: [
          { service: 'MySQL (3306)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 3306, toPort: 3306 },
        ],
      },
      message: 'MySQL (3306) from 0.0.0.0/0',
      template: group('[{ IpProtocol: tcp, FromPort: 3306, ToPort: 3306, CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'a range covering Redis and Kibana from ::/0',
      says: 'open to the internet: Kibana (5601) from ::/0, Redis (6379) from ::/0',
      evidence: {
        exposures: [
          { service: 'Kibana (5601)', cidr: '::/0', protocol: 'tcp', fromPort: 5600, toPort: 6400 },
          { service: 'Redis (6379)', cidr: '::/0', protocol: 'tcp', fromPort: 5600, toPort: 6400 },
        ],
      },
      message: /Kibana \(5601\) from ::\/0.*Redis \(6379\) from ::\/0/,
      template: group('[{ IpProtocol: tcp, FromPort: 5600, ToPort: 6400, CidrIpv6: "::/0" }]'),
    },
    {
      name: 'all traffic from the internet covers every high-risk port',
      message: 'Telnet (23)',
      template: group('[{ IpProtocol: "-1", CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'protocol number 6 is TCP',
      says: 'open to the internet: MongoDB (27017) from 0.0.0.0/0',
      evidence: {
        exposures: [
          { service: 'MongoDB (27017)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 27017, toPort: 27017 },
        ],
      },
      message: 'MongoDB (27017)',
      template: group('[{ IpProtocol: "6", FromPort: 27017, ToPort: 27017, CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'TCP ports -1 to -1 mean every TCP port',
      message:
        /^open to the internet: FTP data \(20\) from 0\.0\.0\.0\/0, .*MongoDB \(27018\) from 0\.0\.0\.0\/0$/,
      template: group('[{ IpProtocol: tcp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0 }]'),
    },
    {
      name: 'PostgreSQL from a prefix list holding 0.0.0.0/0',
      says: 'open to the internet: PostgreSQL (5432) from 0.0.0.0/0 (prefix list template/List)',
      evidence: {
        exposures: [
          {
            service: 'PostgreSQL (5432)',
            cidr: '0.0.0.0/0 (prefix list template/List)',
            protocol: 'tcp',
            fromPort: 5432,
            toPort: 5432,
          },
        ],
      },
      resource: 'Sg',
      template: `${group('[{ IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourcePrefixListId: !Ref List }]')}
  List:
    Type: AWS::EC2::PrefixList
    Properties:
      PrefixListName: partners
      AddressFamily: IPv4
      MaxEntries: 5
      Entries: [{ Cidr: 10.0.0.0/8 }, { Cidr: 0.0.0.0/0 }]`,
    },
    {
      name: 'the same exposure through two rules is named once',
      says: 'open to the internet: MySQL (3306) from 0.0.0.0/0',
      evidence: {
        exposures: [
          { service: 'MySQL (3306)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 3306, toPort: 3306 },
          { service: 'MySQL (3306)', cidr: '0.0.0.0/0', protocol: 'tcp', fromPort: 3300, toPort: 3310 },
        ],
      },
      template: group(`
        - { IpProtocol: tcp, FromPort: 3306, ToPort: 3306, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: tcp, FromPort: 3300, ToPort: 3310, CidrIp: 0.0.0.0/0 }`),
    },
  ],
  unknown: [
    {
      name: 'Kafka from a prefix list not in the templates',
      says: 'may be open to the internet: Kafka (9092) from prefix list pl-0123456789abcdef0: prefix list pl-0123456789abcdef0 is not defined in the scanned templates, so the addresses it holds are unknown',
      evidence: {},
      message: 'Kafka (9092) from prefix list',
      template: group(
        '[{ IpProtocol: tcp, FromPort: 9092, ToPort: 9092, SourcePrefixListId: pl-0123456789abcdef0 }]',
      ),
    },
  ],
});

ruleCases('subnet-no-auto-public-ip', {
  pass: [
    {
      name: 'MapPublicIpOnLaunch absent (off by default)',
      template: `
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.1.0/24 }`,
    },
  ],
  fail: [
    {
      name: 'MapPublicIpOnLaunch true',
      message: 'MapPublicIpOnLaunch is on',
      template: `
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.1.0/24, MapPublicIpOnLaunch: true }`,
    },
  ],
  unknown: [
    {
      name: 'MapPublicIpOnLaunch from a parameter without a value',
      template: `
Parameters:
  Public: { Type: String }
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.1.0/24, MapPublicIpOnLaunch: !Ref Public }`,
    },
  ],
});

// Blocks that add up to every address are as open as 0.0.0.0/0: the split is a known way round a /0 check.
ruleCases('sg-no-public-admin-ports', {
  pass: [
    {
      name: 'SSH from one half of the IPv4 space only',
      template: group('[{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/1 }]'),
    },
    {
      name: 'SSH from one half, HTTPS from the other',
      template: group(
        '[{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/1 }, { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 128.0.0.0/1 }]',
      ),
    },
  ],
  fail: [
    {
      name: 'SSH from two halves of the IPv4 space',
      message: 'SSH (22) from 0.0.0.0/1 + 128.0.0.0/1',
      template: group(
        '[{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/1 }, { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 128.0.0.0/1 }]',
      ),
    },
    {
      name: 'RDP from two halves of the IPv6 space',
      message: '::/1 + 8000::/1',
      template: group(
        '[{ IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIpv6: "::/1" }, { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIpv6: "8000::/1" }]',
      ),
    },
  ],
});

ruleCases('sg-no-public-all-ports', {
  fail: [
    {
      name: 'all traffic from four quarters of the IPv4 space',
      message: '0.0.0.0/2 + 64.0.0.0/2 + 128.0.0.0/2 + 192.0.0.0/2',
      template: group(
        '[{ IpProtocol: "-1", CidrIp: 0.0.0.0/2 }, { IpProtocol: "-1", CidrIp: 64.0.0.0/2 }, { IpProtocol: "-1", CidrIp: 128.0.0.0/2 }, { IpProtocol: "-1", CidrIp: 192.0.0.0/2 }]',
      ),
    },
  ],
});
