/**
 * A resource declared inside another (an instance's EBS mappings) carries its owner's logical id:
 * console lines, JUnit names and SARIF logical locations tell the volumes apart by their ids. One the
 * templates do not create (a security group an ingress resource opens) is named by its id too.
 */
import { describe, expect, it } from 'vitest';
import type { FindingResource } from '../../../src/engine/finding.js';
import { describeResource } from '../../../src/report/console.js';

const volume = (device: string): FindingResource => ({
  type: 'ebs-volume',
  id: `app/Web/dev/${device}`,
  name: `Web /dev/${device}`,
  logicalId: 'Web',
  stack: 'app',
  cfnType: 'AWS::EC2::Instance',
  file: 'app.yaml',
  line: 2,
});

describe('resources declared inside another resource', () => {
  it('are named by their id, their owner by stack and logical id', () => {
    expect(describeResource(volume('sdf'))).toBe('ebs-volume app/Web/dev/sdf (app.yaml:2)');
    expect(describeResource(volume('sdg'))).toBe('ebs-volume app/Web/dev/sdg (app.yaml:2)');
    expect(describeResource({ ...volume('sdf'), type: 'ec2-instance', id: 'app/Web' })).toBe(
      'ec2-instance app/Web (app.yaml:2)',
    );
  });

  it('name a resource the templates do not create by its id, and the resource that changes it', () => {
    const outside: FindingResource = {
      type: 'ec2-security-group',
      id: 'sg-0123456789abcdef0',
      name: 'sg-0123456789abcdef0',
      logicalId: 'OpenSsh',
      stack: 'app',
      cfnType: 'AWS::EC2::SecurityGroupIngress',
      file: 'app.yaml',
      line: 2,
    };
    expect(describeResource(outside)).toBe(
      'ec2-security-group sg-0123456789abcdef0, changed by app/OpenSsh (app.yaml:2)',
    );
  });
});
