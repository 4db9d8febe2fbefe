/**
 * EBS volumes declared in BlockDeviceMappings of an instance, a launch template and a launch
 * configuration are `ebs-volume` resources of the template, as DescribeVolumes shows them live, so
 * storage-encrypted judges them before deployment (an unencrypted data volume of an instance had
 * no finding at all). Instance-store and NoDevice entries create none, and the AMI's own root
 * volume is not invented; whatever the template leaves unresolved is UNKNOWN, never left out.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { runRules } from '../../../src/engine/run.js';
import type { Inventory } from '../../../src/inventory/inventory.js';
import type { EbsVolume } from '../../../src/inventory/model.js';
import { normalizeResources } from '../../../src/sources/template/normalize/index.js';
import { buildStacks } from '../../../src/sources/template/build.js';
import { discoverStacks } from '../../../src/sources/template/discover.js';
import { plain } from '../../support/plain.js';
import { ruleById } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const NOW = new Date('2026-11-20T12:00:00Z');

function volumesOf(inventory: Inventory): EbsVolume[] {
  return inventory.resources.filter((resource): resource is EbsVolume => resource.type === 'ebs-volume');
}

function verdicts(inventory: Inventory, ruleId: string): Record<string, string> {
  const findings: Finding[] = runRules(inventory, [ruleById(ruleId)], { now: NOW });
  return Object.fromEntries(
    findings.map((finding) => [finding.resource.id, `${finding.status}: ${finding.message}`]),
  );
}

describe('instance block device mappings', async () => {
  const inventory = await inventoryFromTemplate(`
Parameters:
  Sealed:
    Type: String
    AllowedValues: ['yes', 'no']
Conditions:
  IsSealed: !Equals [!Ref Sealed, 'yes']
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeyPolicy: {} }
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      BlockDeviceMappings:
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 20 }
        - DeviceName: /dev/sdg
          Ebs: { VolumeSize: 20, Encrypted: true }
        - DeviceName: /dev/sdh
          Ebs: { VolumeSize: 20, Encrypted: true, KmsKeyId: !Ref Key }
        - DeviceName: /dev/sdi
          Ebs: { SnapshotId: snap-0123456789abcdef0 }
        - DeviceName: /dev/sdj
          VirtualName: ephemeral0
        - DeviceName: /dev/sdk
          NoDevice: {}
        - DeviceName: /dev/sdl
          Ebs: { VolumeSize: 20, Encrypted: !If [IsSealed, true, false] }
  Bare:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0 }
  Rooted:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 50 }
        - DeviceName: /dev/sda1
          Ebs: { VolumeSize: 50, Encrypted: true }
`);

  it('derives one volume per EBS mapping, none for instance-store or NoDevice entries or the AMI root', () => {
    // The origin is the instance's: findings point at the resource that declares the mapping.
    const web = expect.objectContaining({ logicalId: 'Web', cfnType: 'AWS::EC2::Instance', line: 12 });
    const rooted = expect.objectContaining({ logicalId: 'Rooted', cfnType: 'AWS::EC2::Instance', line: 34 });
    expect(volumesOf(inventory).map((volume) => [volume.id, volume.name, volume.origin])).toEqual([
      ['template/Web/dev/sdf', 'Web /dev/sdf', web],
      ['template/Web/dev/sdg', 'Web /dev/sdg', web],
      ['template/Web/dev/sdh', 'Web /dev/sdh', web],
      ['template/Web/dev/sdi', 'Web /dev/sdi', web],
      ['template/Web/dev/sdl', 'Web /dev/sdl', web],
      ['template/Rooted/dev/xvda', 'Rooted /dev/xvda', rooted],
      ['template/Rooted/dev/sda1', 'Rooted /dev/sda1', rooted],
    ]);
  });

  it('judges each volume by its own Encrypted, KmsKeyId and SnapshotId', () => {
    const encrypted = verdicts(inventory, 'storage-encrypted');
    expect(encrypted['template/Web/dev/sdf']).toMatch(/^FAIL: not encrypted/);
    expect(encrypted['template/Web/dev/sdg']).toMatch(/^PASS/);
    expect(encrypted['template/Web/dev/sdh']).toMatch(/^PASS/);
    expect(encrypted['template/Web/dev/sdi']).toBe(
      'UNKNOWN: Web is restored from BlockDeviceMappings.3.Ebs.SnapshotId: its encryption is that of the source',
    );
    expect(encrypted['template/Web/dev/sdl']).toMatch(
      /^UNKNOWN: Web\.BlockDeviceMappings\.6\.Ebs\.Encrypted: .*IsSealed/,
    );
    expect(encrypted['template/Rooted/dev/sda1']).toMatch(/^PASS/);
    const cmk = verdicts(inventory, 'storage-encrypted-with-cmk');
    expect(cmk['template/Web/dev/sdh']).toMatch(/^PASS/);
    expect(cmk['template/Web/dev/sdg']).toMatch(/^FAIL/);
  });

  it("is UNKNOWN for a root device without Encrypted: the volume keeps the AMI snapshot's encryption", () => {
    expect(verdicts(inventory, 'storage-encrypted')['template/Rooted/dev/xvda']).toBe(
      'UNKNOWN: Rooted.BlockDeviceMappings.0: /dev/xvda is the root device of common AMIs: its volume is restored from the AMI snapshot and keeps its encryption unless Encrypted is true',
    );
  });
});

describe('launch templates and launch configurations', async () => {
  const inventory = await inventoryFromTemplate(`
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0123456789abcdef0
        TagSpecifications:
          - ResourceType: volume
            Tags: [{ Key: backup, Value: daily }]
          - ResourceType: instance
            Tags: [{ Key: role, Value: web }]
        BlockDeviceMappings:
          - DeviceName: /dev/sdf
            Ebs: { VolumeSize: 20 }
          - DeviceName: /dev/sdg
            Ebs: { VolumeSize: 20, Encrypted: true }
  FromLt:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }
      PropagateTagsToVolumeOnCreation: true
      Tags: [{ Key: team, Value: payments }]
      BlockDeviceMappings:
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 20, Encrypted: true }
  Lc:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 20 }
        - DeviceName: /dev/sdg
          Ebs: { VolumeSize: 20, Encrypted: true }
        - DeviceName: /dev/sdh
          NoDevice: true
          Ebs: { VolumeSize: 20 }
        - DeviceName: /dev/sdi
          NoDevice: false
          Ebs: { VolumeSize: 20, Encrypted: true }
`);

  it("keeps a launch template's volumes once, on the launch template, and an instance's own on the instance", () => {
    expect(volumesOf(inventory).map((volume) => volume.id)).toEqual([
      'template/Lt/dev/sdf',
      'template/Lt/dev/sdg',
      'template/FromLt/dev/sdf',
      'template/Lc/dev/sdf',
      'template/Lc/dev/sdg',
      'template/Lc/dev/sdi',
    ]);
  });

  it('judges them like any volume', () => {
    const encrypted = verdicts(inventory, 'storage-encrypted');
    expect(encrypted['template/Lt/dev/sdf']).toMatch(/^FAIL/);
    expect(encrypted['template/Lt/dev/sdg']).toMatch(/^PASS/);
    expect(encrypted['template/FromLt/dev/sdf']).toMatch(/^PASS/);
    expect(encrypted['template/Lc/dev/sdf']).toMatch(/^FAIL/);
    expect(encrypted['template/Lc/dev/sdg']).toMatch(/^PASS/);
    expect(encrypted['template/Lc/dev/sdi']).toMatch(/^PASS/);
  });

  it('tags a volume as it is created: volume TagSpecifications, propagated instance tags, none from a launch configuration', () => {
    const tagsOf = (id: string) => {
      const found = volumesOf(inventory).find((volume) => volume.id === id);
      return plain({ tags: found?.tags, unresolved: found?.unresolvedTags });
    };
    expect(tagsOf('template/Lt/dev/sdf')).toEqual({ tags: { backup: 'daily' }, unresolved: undefined });
    expect(tagsOf('template/FromLt/dev/sdf')).toEqual({
      tags: { team: 'payments' },
      unresolved: {
        values: {},
        others: 'FromLt launches from a launch template, whose TagSpecifications may tag its volumes',
      },
    });
    expect(tagsOf('template/Lc/dev/sdf')).toEqual({ tags: undefined, unresolved: undefined });
  });
});

describe('unresolved mappings are UNKNOWN, never left out', async () => {
  const inventory = await inventoryFromTemplate(`
Parameters:
  Big:
    Type: String
    AllowedValues: ['yes', 'no']
Conditions:
  IsBig: !Equals [!Ref Big, 'yes']
Resources:
  WholeList:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      BlockDeviceMappings: !If
        - IsBig
        - [{ DeviceName: /dev/sdf, Ebs: { VolumeSize: 500 } }]
        - [{ DeviceName: /dev/sdf, Ebs: { VolumeSize: 20, Encrypted: true } }]
  OneEntry:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        BlockDeviceMappings:
          - !If [IsBig, { DeviceName: /dev/sdf, Ebs: { VolumeSize: 500 } }, !Ref AWS::NoValue]
  ImportedDevice:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      BlockDeviceMappings:
        - DeviceName: !ImportValue shared-device
          Ebs: { VolumeSize: 20 }
`);

  it('stands one UNKNOWN volume for an unresolved list or entry, and an unresolved device may be the root', () => {
    const encrypted = verdicts(inventory, 'storage-encrypted');
    const ids = volumesOf(inventory).map((volume) => volume.id);
    expect(ids).toEqual([
      'template/WholeList/BlockDeviceMappings',
      'template/OneEntry/LaunchTemplateData.BlockDeviceMappings.0',
      'template/ImportedDevice/BlockDeviceMappings.0',
    ]);
    expect(encrypted['template/WholeList/BlockDeviceMappings']).toMatch(
      /^UNKNOWN: WholeList\.BlockDeviceMappings: .*IsBig.*: which EBS volumes it creates, and their encryption, are unknown$/,
    );
    expect(encrypted['template/OneEntry/LaunchTemplateData.BlockDeviceMappings.0']).toMatch(
      /^UNKNOWN: OneEntry\.LaunchTemplateData\.BlockDeviceMappings\.0: .*IsBig/,
    );
    expect(encrypted['template/ImportedDevice/BlockDeviceMappings.0']).toMatch(
      /^UNKNOWN: ImportedDevice\.BlockDeviceMappings\.0\.DeviceName: .*shared-device.*: it may name the AMI's root device/,
    );
  });
});

it('derives the volumes when only volumes are normalized (a scan of the volume rules alone)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'soc2-bdm-'));
  try {
    await writeFile(
      join(directory, 'template.yaml'),
      `
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      BlockDeviceMappings: [{ DeviceName: /dev/sdf, Ebs: { VolumeSize: 20 } }]
`,
    );
    const discovery = await discoverStacks(['template.yaml'], directory);
    const built = await buildStacks(discovery.stacks, {}, (path) => path);
    const volumes = normalizeResources(built.resources, new Set(['ebs-volume']));
    expect(volumes.map((volume) => [volume.type, volume.id])).toEqual([
      ['ebs-volume', 'template/Web/dev/sdf'],
    ]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

it('an unexpanded loop of instances or launch configurations is a gap in volumes too', async () => {
  const inventory = await inventoryFromTemplate(`
Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList }
Resources:
  Fn::ForEach::Hosts:
    - Name
    - !Ref Names
    - Host\${Name}:
        Type: AWS::EC2::Instance
        Properties:
          ImageId: ami-0123456789abcdef0
          BlockDeviceMappings: [{ DeviceName: /dev/sdf, Ebs: { VolumeSize: 20 } }]
  Fn::ForEach::Configs:
    - Name
    - !Ref Names
    - Config\${Name}:
        Type: AWS::AutoScaling::LaunchConfiguration
        Properties: { ImageId: ami-0123456789abcdef0, InstanceType: t3.micro }
`);
  const gapped = (loop: string) =>
    inventory.gaps
      .filter((gap) => gap.reason.includes(loop))
      .map((gap) => gap.resourceType)
      .sort();
  expect(gapped('Fn::ForEach::Hosts')).toEqual(['ebs-volume', 'ec2-instance']);
  expect(gapped('Fn::ForEach::Configs')).toEqual(['ebs-volume', 'ec2-launch-template']);
  const findings = runRules(inventory, [ruleById('storage-encrypted')], { now: NOW });
  expect(
    findings.filter((finding) => finding.resource.type === 'ebs-volume').map((finding) => finding.status),
  ).toEqual(['UNKNOWN']);
});
