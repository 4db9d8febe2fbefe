/**
 * An AWS::AutoScaling::LaunchConfiguration decides the metadata options and public addressing of every
 * instance its Auto Scaling group launches (CDK's cluster.addCapacity and AutoScalingGroup without the
 * launch-template feature flag synthesize one), so it is an ec2-launch-template of the template, read from
 * its own property names: a launch configuration allowing IMDSv1 had no finding at all. What it leaves out
 * is judged as a launch template's LaunchTemplateData leaving out the same thing.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { runRules } from '../../../src/engine/run.js';
import type { Inventory } from '../../../src/inventory/inventory.js';
import { ruleById } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const NOW = new Date('2026-11-20T12:00:00Z');

function verdicts(inventory: Inventory, ruleId: string): Record<string, string> {
  const findings: Finding[] = runRules(inventory, [ruleById(ruleId)], { now: NOW });
  return Object.fromEntries(
    findings.map((finding) => [finding.resource.id, `${finding.status}: ${finding.message}`]),
  );
}

const status = (verdict: string | undefined) => verdict?.split(':')[0];

describe('launch configurations', async () => {
  const inventory = await inventoryFromTemplate(`
Parameters:
  Public:
    Type: String
    AllowedValues: ['yes', 'no']
Conditions:
  IsPublic: !Equals [!Ref Public, 'yes']
Resources:
  Required:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      MetadataOptions: { HttpTokens: required }
  EndpointOff:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      MetadataOptions: { HttpEndpoint: disabled }
  Optional:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      MetadataOptions: { HttpTokens: optional }
  Absent:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
  LtAbsent:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0123456789abcdef0
        InstanceType: t3.micro
  PublicIp:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      AssociatePublicIpAddress: true
      MetadataOptions: { HttpTokens: required }
  PrivateIp:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      AssociatePublicIpAddress: false
  Unresolved:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      AssociatePublicIpAddress: !If [IsPublic, true, false]
      MetadataOptions:
        HttpTokens: !If [IsPublic, optional, required]
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '1'
      MaxSize: '2'
      LaunchConfigurationName: !Ref Absent
      AvailabilityZones: !GetAZs ''
`);

  it('is an ec2-launch-template whose origin names the launch configuration', () => {
    const configurations = inventory.resources.filter(
      (resource) =>
        resource.type === 'ec2-launch-template' &&
        resource.origin.kind === 'template' &&
        resource.origin.cfnType === 'AWS::AutoScaling::LaunchConfiguration',
    );
    expect(configurations.map((resource) => resource.id).sort()).toEqual(
      [
        'template/Absent',
        'template/EndpointOff',
        'template/Optional',
        'template/PrivateIp',
        'template/PublicIp',
        'template/Required',
        'template/Unresolved',
      ].sort(),
    );
  });

  it('judges MetadataOptions.HttpTokens and HttpEndpoint in ec2-imdsv2-required', () => {
    const imds = verdicts(inventory, 'ec2-imdsv2-required');
    expect(imds['template/Required']).toMatch(/^PASS: the launch configuration requires IMDSv2/);
    expect(status(imds['template/EndpointOff'])).toBe('PASS');
    expect(imds['template/Optional']).toMatch(/^FAIL: the launch configuration allows IMDSv1/);
    expect(status(imds['template/Unresolved'])).toBe('UNKNOWN');
    expect(imds['template/Unresolved']).toContain('Unresolved.MetadataOptions.HttpTokens');
  });

  it('decides left-out MetadataOptions as a launch template leaving them out does', () => {
    const imds = verdicts(inventory, 'ec2-imdsv2-required');
    expect(status(imds['template/LtAbsent'])).toBeDefined();
    expect(status(imds['template/Absent'])).toBe(status(imds['template/LtAbsent']));
    expect(status(imds['template/Absent'])).toBe('FAIL');
  });

  it('judges AssociatePublicIpAddress in launch-template-no-public-ip', () => {
    const publicIp = verdicts(inventory, 'launch-template-no-public-ip');
    expect(publicIp['template/PublicIp']).toMatch(
      /^FAIL: the launch configuration sets AssociatePublicIpAddress/,
    );
    expect(status(publicIp['template/PrivateIp'])).toBe('PASS');
    expect(status(publicIp['template/Absent'])).toBe(status(publicIp['template/LtAbsent']));
    expect(status(publicIp['template/Absent'])).toBe('PASS');
    expect(status(publicIp['template/Unresolved'])).toBe('UNKNOWN');
    expect(publicIp['template/Unresolved']).toContain('Unresolved.AssociatePublicIpAddress');
  });
});
