/**
 * Template security groups and prefix lists on the shapes CloudFormation accepts
 * but the examples lack (issue 12, found by mutation testing): an ingress list that
 * is a map, an import, or holds an entry that is not a rule is UNKNOWN naming the
 * group and entry; a prefix list is read entry by entry, absent Entries is an empty
 * list, an entry without Cidr or undecidable Entries is UNKNOWN naming the list;
 * SourceSecurityGroupName is a group source; a standalone ingress resource names itself.
 */
import { describe, expect, it } from 'vitest';
import { plain } from '../../support/plain.js';
import { inventoryFromTemplate } from '../../support/template.js';

/** The Unknown of a value imported from a stack the scan does not hold, as read at `path`. */
const imported = (path: string, name: string) =>
  `UNKNOWN: ${path}: imported from another stack's export ${name} (Fn::ImportValue), which is not in the scanned templates`;
const ssh = { protocol: 'tcp', fromPort: 22, toPort: 22 };

describe('template security groups, accepted shapes', async () => {
  const inventory = await inventoryFromTemplate(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Named:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      GroupName: web
      VpcId: !Ref Vpc
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
  NoIngress: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: none, VpcId: !Ref Vpc } }
  NullIngress: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: none, VpcId: !Ref Vpc, SecurityGroupIngress: null } }
  MapIngress:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: map
      SecurityGroupIngress: { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  ImportedIngress: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: x, SecurityGroupIngress: !ImportValue shared-rules } }
  ImportedEntry: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: x, SecurityGroupIngress: [!ImportValue one-rule] } }
  StringEntry: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: x, SecurityGroupIngress: ['tcp/22'] } }
  UnresolvedCidr:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !ImportValue office-cidr }]
  ByName:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, SourceSecurityGroupName: default }]
  FromOuterList:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: pl-0123456789abcdef0 }]
  Pl:
    Type: AWS::EC2::PrefixList
    Properties: { PrefixListName: office, AddressFamily: IPv4, MaxEntries: 5, Entries: [{ Cidr: 10.1.0.0/16 }, { Cidr: 10.2.0.0/16 }] }
  EmptyPl: { Type: AWS::EC2::PrefixList, Properties: { PrefixListName: empty, AddressFamily: IPv4, MaxEntries: 5 } }
  NoCidrPl: { Type: AWS::EC2::PrefixList, Properties: { PrefixListName: bad, AddressFamily: IPv4, MaxEntries: 5, Entries: [{ Cidr: 10.1.0.0/16 }, { Description: no cidr }] } }
  ImportedPl: { Type: AWS::EC2::PrefixList, Properties: { PrefixListName: imp, AddressFamily: IPv4, MaxEntries: 5, Entries: !ImportValue pl-entries } }
  FromList:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: !Ref Pl }]
  FromEmptyList:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: !Ref EmptyPl }]
  FromNoCidrList:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: !Ref NoCidrPl }]
  FromImportedList:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: !Ref ImportedPl }]
  Target: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: target } }
  Standalone:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref Target, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !ImportValue office-cidr }
`);
  const group = (logicalId: string) => {
    const found = inventory.resources.find((resource) => resource.id === `template/${logicalId}`);
    if (found?.type !== 'ec2-security-group') throw new Error(`${logicalId} is not a group in the inventory`);
    return plain({ name: found.name, ingress: found.ingress });
  };

  it.each<[string, { name?: string; ingress: unknown }]>([
    ['Named', { name: 'web', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }] }],
    ['NoIngress', { name: undefined, ingress: [] }],
    ['NullIngress', { name: undefined, ingress: [] }],
    ['MapIngress', { name: undefined, ingress: 'UNKNOWN: MapIngress.SecurityGroupIngress: not a list' }],
    [
      'ImportedIngress',
      {
        name: undefined,
        ingress: imported('ImportedIngress.SecurityGroupIngress', 'shared-rules'),
      },
    ],
    [
      'ImportedEntry',
      {
        name: undefined,
        ingress: imported('ImportedEntry.SecurityGroupIngress[0]', 'one-rule'),
      },
    ],
    ['StringEntry', { name: undefined, ingress: 'UNKNOWN: StringEntry.SecurityGroupIngress[0]: not a rule' }],
    [
      'UnresolvedCidr',
      {
        name: undefined,
        ingress: imported('UnresolvedCidr.SecurityGroupIngress[0].CidrIp', 'office-cidr'),
      },
    ],
    ['ByName', { name: undefined, ingress: [{ ...ssh, sourceGroupId: 'default' }] }],
    [
      'FromOuterList',
      {
        name: undefined,
        ingress: [
          {
            ...ssh,
            prefixListId: 'pl-0123456789abcdef0',
            prefixListCidrs:
              'UNKNOWN: prefix list pl-0123456789abcdef0 is not defined in the scanned templates, so the addresses it holds are unknown',
          },
        ],
      },
    ],
    [
      'FromList',
      {
        name: undefined,
        ingress: [{ ...ssh, prefixListId: 'template/Pl', prefixListCidrs: ['10.1.0.0/16', '10.2.0.0/16'] }],
      },
    ],
    [
      'FromEmptyList',
      { name: undefined, ingress: [{ ...ssh, prefixListId: 'template/EmptyPl', prefixListCidrs: [] }] },
    ],
    [
      'FromNoCidrList',
      {
        name: undefined,
        ingress: [
          {
            ...ssh,
            prefixListId: 'template/NoCidrPl',
            prefixListCidrs: 'UNKNOWN: NoCidrPl.Entries[1]: NoCidrPl.Entries[1].Cidr is not set',
          },
        ],
      },
    ],
    [
      'FromImportedList',
      {
        name: undefined,
        ingress: [
          {
            ...ssh,
            prefixListId: 'template/ImportedPl',
            prefixListCidrs: imported('ImportedPl.Entries', 'pl-entries'),
          },
        ],
      },
    ],
    [
      'Target',
      {
        name: undefined,
        ingress: imported('Standalone.CidrIp', 'office-cidr'),
      },
    ],
  ])('%s', (logicalId, expected) => {
    expect(group(logicalId)).toEqual(expected);
  });
});

describe('a standalone ingress rule that names its group by GroupName', () => {
  const template = (groupName: string) => `
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/16 }]
  RuleSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupName: ${groupName}, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.5/32 }
`;
  const ingressOf = async (groupName: string) => {
    const inventory = await inventoryFromTemplate(template(groupName));
    const found = inventory.resources.find((resource) => resource.id === 'template/Bastion');
    if (found?.type !== 'ec2-security-group') throw new Error('Bastion is not a group in the inventory');
    return plain(found.ingress);
  };

  // quickstart-linux-bastion's bastion.yaml: the reason said "RuleSsh.GroupId: not set", though GroupName was.
  it('says the rule names its group by GroupName, which may be any group of the template', async () => {
    expect(await ingressOf('!ImportValue app-group-name')).toBe(
      `UNKNOWN: RuleSsh names its group by GroupName (${imported('RuleSsh.GroupName', 'app-group-name').slice('UNKNOWN: '.length)}), which may be this group`,
    );
    expect(await ingressOf('default')).toBe(
      'UNKNOWN: RuleSsh names its group by GroupName ("default"), which may be this group',
    );
  });
});
