import { ruleCases } from '../../support/rule-cases.js';

const acl = (entries: string) => `
Parameters:
  Source: { Type: String }
Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: vpc-0123456789abcdef0 }${entries}`;

const entry = (name: string, properties: string) => `
  ${name}:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, ${properties} }`;

ruleCases('nacl-no-public-admin-ingress', {
  pass: [
    { name: 'a new ACL with no entries (implicit deny)', resource: 'Acl', template: acl('') },
    {
      name: 'HTTPS in from the internet, all traffic out',
      resource: 'Acl',
      template: acl(
        entry(
          'Https',
          'RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 }',
        ) +
          entry(
            'Out',
            'RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0',
          ),
      ),
    },
    {
      name: 'SSH denied first, then a range over 22 allowed',
      resource: 'Acl',
      template: acl(
        entry(
          'DenySsh',
          'RuleNumber: 90, Protocol: 6, RuleAction: deny, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 }',
        ) +
          entry(
            'Low',
            'RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 0, To: 1023 }',
          ),
      ),
    },
  ],
  fail: [
    {
      name: 'all traffic in from ::/0',
      resource: 'Acl',
      message: 'all traffic from ::/0',
      template: acl(entry('All', 'RuleNumber: 100, Protocol: -1, RuleAction: allow, Ipv6CidrBlock: "::/0"')),
    },
    {
      name: 'RDP in from 0.0.0.0/0',
      resource: 'Acl',
      message: 'RDP (3389)',
      template: acl(
        entry(
          'Rdp',
          'RuleNumber: 120, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 3389, To: 3389 }',
        ),
      ),
    },
  ],
  unknown: [
    {
      name: 'an entry whose source is a parameter without a value',
      resource: 'Acl',
      template: acl(entry('Any', 'RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: !Ref Source')),
    },
    {
      name: 'an entry whose ACL cannot be resolved may belong to it',
      resource: 'Acl',
      template: `${acl('')}
  Stray:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Source, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0 }`,
    },
  ],
});

// Allows that add up to every address are as open as 0.0.0.0/0: the split is a known way round a /0 check.
ruleCases('nacl-no-public-admin-ingress', {
  pass: [
    {
      name: 'SSH in from one half of the IPv4 space only',
      resource: 'Acl',
      template: acl(
        entry(
          'Half',
          'RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/1, PortRange: { From: 22, To: 22 }',
        ),
      ),
    },
    {
      name: 'SSH in from two halves, denied from everywhere first',
      resource: 'Acl',
      template: acl(
        entry(
          'Deny',
          'RuleNumber: 50, Protocol: 6, RuleAction: deny, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 }',
        ) +
          entry(
            'Low',
            'RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/1, PortRange: { From: 22, To: 22 }',
          ) +
          entry(
            'High',
            'RuleNumber: 110, Protocol: 6, RuleAction: allow, CidrBlock: 128.0.0.0/1, PortRange: { From: 22, To: 22 }',
          ),
      ),
    },
  ],
  fail: [
    {
      name: 'SSH in from two halves of the IPv4 space',
      resource: 'Acl',
      message: 'SSH (22) from 0.0.0.0/1 + 128.0.0.0/1 (rules 100, 110)',
      template: acl(
        entry(
          'Low',
          'RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/1, PortRange: { From: 22, To: 22 }',
        ) +
          entry(
            'High',
            'RuleNumber: 110, Protocol: 6, RuleAction: allow, CidrBlock: 128.0.0.0/1, PortRange: { From: 22, To: 22 }',
          ),
      ),
    },
  ],
});
