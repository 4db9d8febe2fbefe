/**
 * The Config recorder normalizer on partial and malformed recorded answers (issue
 * 12, found by mutation testing): a status answer without its list, a recording
 * group with neither allSupported nor a strategy, a denied status, are UNKNOWN
 * naming the recorder, never recording or "all types"; a recorder AWS lists
 * without a name is the default recorder; a page without recorders holds none.
 */
import { describe, expect, it } from 'vitest';
import {
  DESCRIBE_CONFIGURATION_RECORDERS,
  DESCRIBE_CONFIGURATION_RECORDER_STATUS,
} from '../../../src/sources/live/services/config/calls.js';
import { normalizeConfig } from '../../../src/sources/live/services/config/normalize.js';
import { ACCOUNT, DENIED, outputOf, plain, recorded, type RecordedAnswer } from './recorded-output.js';

const ARN = `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/main`;
const RECORDER: Record<string, unknown> = {
  name: 'main',
  arn: ARN,
  roleARN: `arn:aws:iam::${ACCOUNT}:role/config`,
  recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
};
const STATUS: RecordedAnswer = {
  responses: [{ ConfigurationRecordersStatus: [{ name: 'main', recording: true, lastStatus: 'SUCCESS' }] }],
};
const EXPECTED = {
  type: 'config-recorder',
  id: ARN,
  arn: ARN,
  name: 'main',
  region: 'us-east-1',
  origin: { kind: 'live', account: ACCOUNT, region: 'us-east-1' },
  recording: true,
  allSupported: true,
  lastStatus: 'SUCCESS',
};

function recorders(pages: unknown[], status: RecordedAnswer = STATUS): unknown[] {
  const out = outputOf([
    recorded(DESCRIBE_CONFIGURATION_RECORDERS, undefined, { responses: pages }),
    recorded(DESCRIBE_CONFIGURATION_RECORDER_STATUS, undefined, status),
  ]);
  normalizeConfig(out);
  return out.resources.map(plain);
}

describe('Config recorders, recorded shapes', () => {
  it.each<[string, Record<string, unknown>, RecordedAnswer | undefined, Record<string, unknown>]>([
    ['a recorder as AWS returns it', {}, undefined, {}],
    [
      'a recorder without a name or ARN is the default recorder',
      { name: undefined, arn: undefined },
      { responses: [{ ConfigurationRecordersStatus: [{ name: 'default', recording: false }] }] },
      {
        id: `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default`,
        arn: undefined,
        name: 'default',
        recording: false,
        lastStatus: undefined,
      },
    ],
    [
      'a status answer without ConfigurationRecordersStatus: recording UNKNOWN naming the recorder',
      {},
      { responses: [{}] },
      { recording: 'UNKNOWN: config recorder main: no status was returned', lastStatus: undefined },
    ],
    [
      'a denied status: recording and last status UNKNOWN with the denial',
      {},
      { error: DENIED },
      {
        recording:
          'UNKNOWN: config:DescribeConfigurationRecorderStatus failed in us-east-1: AccessDenied: not authorized',
        lastStatus:
          'UNKNOWN: config:DescribeConfigurationRecorderStatus failed in us-east-1: AccessDenied: not authorized',
      },
    ],
    [
      'a recording group with neither allSupported nor a strategy: UNKNOWN',
      { recordingGroup: { includeGlobalResourceTypes: true } },
      undefined,
      { allSupported: 'UNKNOWN: config recorder main: recording group not returned' },
    ],
    [
      'a strategy recording selected types only',
      { recordingGroup: { recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } } },
      undefined,
      { allSupported: false },
    ],
  ])('%s', (_name, change, status, expected) => {
    expect(recorders([{ ConfigurationRecorders: [{ ...RECORDER, ...change }] }], status)).toEqual([
      { ...EXPECTED, ...expected },
    ]);
  });

  it('a page without ConfigurationRecorders holds none', () => {
    expect(recorders([{}])).toEqual([]);
  });
});
