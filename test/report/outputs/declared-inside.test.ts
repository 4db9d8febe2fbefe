/**
 * A resource declared inside another (an instance's EBS mappings) carries its owner's logical id:
 * console lines, JUnit names and SARIF logical locations tell the volumes apart by their ids.
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
});
