import type { ConfigurationRecorder } from '@aws-sdk/client-config-service';
import { describe, expect, it } from 'vitest';
import { recordedTypes } from '../../../src/sources/config/read.js';

const WANTED = ['AWS::EC2::Volume', 'AWS::RDS::DBInstance'];
const recording = [{ name: 'default', recording: true }];

function types(recorder: ConfigurationRecorder, statuses = recording): string[] {
  return [...recordedTypes([recorder], statuses, WANTED)].sort();
}

describe('which types a region records (Config answers only for those)', () => {
  it.each<[string, ConfigurationRecorder, string[]]>([
    ['every supported type', { name: 'default', recordingGroup: { allSupported: true } }, WANTED],
    ['no recording group: AWS records every supported type', { name: 'default' }, WANTED],
    [
      'a listed type only',
      { name: 'default', recordingGroup: { allSupported: false, resourceTypes: ['AWS::RDS::DBInstance'] } },
      ['AWS::RDS::DBInstance'],
    ],
    [
      'all but an excluded type',
      {
        name: 'default',
        recordingGroup: {
          allSupported: false,
          exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::Volume'] },
          recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' },
        },
      },
      ['AWS::RDS::DBInstance'],
    ],
  ])('%s', (_name, recorder, expected) => {
    expect(types(recorder)).toEqual(expected);
  });

  it('nothing when the recorder is stopped or its status is missing', () => {
    const recorder = { name: 'default', recordingGroup: { allSupported: true } };
    expect(types(recorder, [{ name: 'default', recording: false }])).toEqual([]);
    expect(types(recorder, [])).toEqual([]);
  });
});
