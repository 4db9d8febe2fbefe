/**
 * The CloudTrail normalizer on partial and malformed recorded answers (issue 12,
 * found by mutation testing): a field DescribeTrails always returns but left out,
 * an unreadable status or event-selector answer, is UNKNOWN naming the trail,
 * never a default; a trail without TrailARN or a page without trailList is
 * skipped, not a crash; a shadow of another region's single-region trail is not
 * this region's trail; an empty KmsKeyId is no key.
 */
import { describe, expect, it } from 'vitest';
import {
  DESCRIBE_TRAILS,
  GET_EVENT_SELECTORS,
  GET_TRAIL_STATUS,
} from '../../../src/sources/live/services/cloudtrail/calls.js';
import { normalizeCloudTrail } from '../../../src/sources/live/services/cloudtrail/normalize.js';
import type { CallRecord } from '../../../src/sources/snapshot/format.js';
import {
  ACCOUNT,
  DENIED,
  NOT_FOUND,
  outputOf,
  plain,
  recorded,
  type RecordedAnswer,
} from './recorded-output.js';

const HOME = 'us-east-1';
const OTHER = 'eu-west-1';
const arnIn = (region: string) => `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/main`;
const ARN = arnIn(HOME);
const KEY = `arn:aws:kms:${HOME}:${ACCOUNT}:key/1`;
const LOG_GROUP = `arn:aws:logs:${HOME}:${ACCOUNT}:log-group:trail:*`;

/** A DescribeTrails entry as AWS returns it for a compliant trail. */
const TRAIL: Record<string, unknown> = {
  Name: 'main',
  S3BucketName: 'trail-logs',
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: HOME,
  TrailARN: ARN,
  LogFileValidationEnabled: true,
  CloudWatchLogsLogGroupArn: LOG_GROUP,
  KmsKeyId: KEY,
  HasCustomEventSelectors: false,
  IsOrganizationTrail: false,
};
const LOGGING: RecordedAnswer = { responses: [{ IsLogging: true }] };
const SELECTORS: RecordedAnswer = {
  responses: [{ TrailARN: ARN, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }],
};

const EXPECTED: Record<string, unknown> = {
  type: 'cloudtrail-trail',
  id: ARN,
  arn: ARN,
  name: 'main',
  region: HOME,
  origin: { kind: 'live', account: ACCOUNT, region: HOME },
  isMultiRegion: true,
  managementEvents: [{ read: true, write: true, sources: [] }],
  logFileValidation: true,
  kmsKeyId: KEY,
  isLogging: true,
  homeRegion: HOME,
  cloudWatchLogsLogGroupArn: LOG_GROUP,
  s3BucketName: 'trail-logs',
  dataEvents: [],
};

/** The trails normalized in `region` from one DescribeTrails page and the trail's status and selectors. */
function normalized(
  pages: unknown[],
  answers: { status?: RecordedAnswer; selectors?: RecordedAnswer; home?: string; arn?: string } = {},
  region = HOME,
): unknown[] {
  const home = answers.home ?? HOME;
  const arn = answers.arn ?? ARN;
  const calls: CallRecord[] = [recorded(DESCRIBE_TRAILS, undefined, { responses: pages }, region)];
  if (answers.status !== undefined || !('status' in answers))
    calls.push(recorded(GET_TRAIL_STATUS, arn, answers.status ?? LOGGING, home));
  calls.push(recorded(GET_EVENT_SELECTORS, arn, answers.selectors ?? SELECTORS, home));
  const out = outputOf(calls, region);
  normalizeCloudTrail(out);
  expect(out.gaps).toEqual([]);
  return out.resources.map(plain);
}

const one = (trail: Record<string, unknown>) => [{ trailList: [trail] }];

describe('CloudTrail normalizer, recorded shapes', () => {
  it.each<[string, Record<string, unknown>, Parameters<typeof normalized>[1], Record<string, unknown>]>([
    ['a compliant trail', {}, {}, {}],
    ['no HomeRegion: the scanned region is its home', { HomeRegion: undefined }, {}, {}],
    ['log file validation off', { LogFileValidationEnabled: false }, {}, { logFileValidation: false }],
    [
      'no LogFileValidationEnabled: UNKNOWN, not off or on',
      { LogFileValidationEnabled: undefined },
      {},
      { logFileValidation: `UNKNOWN: trail ${ARN}: LogFileValidationEnabled missing` },
    ],
    [
      'no IsMultiRegionTrail: UNKNOWN',
      { IsMultiRegionTrail: undefined },
      {},
      { isMultiRegion: `UNKNOWN: trail ${ARN}: IsMultiRegionTrail missing` },
    ],
    ['a single-region trail in its home', { IsMultiRegionTrail: false }, {}, { isMultiRegion: false }],
    [
      'no S3BucketName: UNKNOWN',
      { S3BucketName: undefined },
      {},
      { s3BucketName: `UNKNOWN: trail ${ARN}: S3BucketName missing` },
    ],
    ['an empty KmsKeyId is no key', { KmsKeyId: '' }, {}, { kmsKeyId: undefined }],
    ['no KmsKeyId is no key', { KmsKeyId: undefined }, {}, { kmsKeyId: undefined }],
    [
      'no CloudWatchLogsLogGroupArn: not delivered to CloudWatch Logs',
      { CloudWatchLogsLogGroupArn: undefined },
      {},
      { cloudWatchLogsLogGroupArn: null },
    ],
    ['not logging', {}, { status: { responses: [{ IsLogging: false }] } }, { isLogging: false }],
    [
      'a status answer without IsLogging: UNKNOWN naming the trail',
      {},
      { status: { responses: [{ LatestDeliveryTime: '2026-11-20T11:00:00Z' }] } },
      { isLogging: `UNKNOWN: trail ${ARN}: logging status could not be read` },
    ],
    [
      'a denied status: UNKNOWN with the denial',
      {},
      { status: { error: DENIED } },
      { isLogging: 'UNKNOWN: cloudtrail:GetTrailStatus failed in us-east-1: AccessDenied: not authorized' },
    ],
    [
      'a status never read: UNKNOWN saying so',
      {},
      { status: undefined },
      { isLogging: 'UNKNOWN: cloudtrail:GetTrailStatus in us-east-1 is not in the scan data' },
    ],
    [
      'denied event selectors: management and data events UNKNOWN with the denial',
      {},
      { selectors: { error: DENIED } },
      {
        managementEvents:
          'UNKNOWN: cloudtrail:GetEventSelectors failed in us-east-1: AccessDenied: not authorized',
        dataEvents: 'UNKNOWN: cloudtrail:GetEventSelectors failed in us-east-1: AccessDenied: not authorized',
      },
    ],
    [
      'event selectors answered "not found": UNKNOWN naming the trail',
      {},
      { selectors: { error: NOT_FOUND } },
      {
        managementEvents: `UNKNOWN: trail ${ARN}: event selectors could not be read`,
        dataEvents: `UNKNOWN: trail ${ARN}: event selectors could not be read`,
      },
    ],
    [
      'write-only management events',
      {},
      { selectors: { responses: [{ EventSelectors: [{ ReadWriteType: 'WriteOnly' }] }] } },
      { managementEvents: [{ read: false, write: true, sources: [] }] },
    ],
  ])('%s', (_name, change, answers, expected) => {
    expect(normalized(one({ ...TRAIL, ...change }), answers)).toEqual([{ ...EXPECTED, ...expected }]);
  });

  it('a multi-region trail homed elsewhere is kept, read and placed in its home region', () => {
    const arn = arnIn(OTHER);
    const shadow = { ...TRAIL, TrailARN: arn, HomeRegion: OTHER };
    expect(normalized(one(shadow), { home: OTHER, arn }, HOME)).toEqual([
      {
        ...EXPECTED,
        id: arn,
        arn,
        region: OTHER,
        homeRegion: OTHER,
        origin: { ...EXPECTED.origin!, region: OTHER },
      },
    ]);
  });

  it.each<[string, unknown[]]>([
    ['a page without trailList', [{}]],
    ['a trail without TrailARN', one({ ...TRAIL, TrailARN: undefined })],
    [
      'a shadow of a single-region trail homed in another region',
      one({ ...TRAIL, HomeRegion: OTHER, IsMultiRegionTrail: false }),
    ],
    [
      'a shadow of a trail homed in another region, IsMultiRegionTrail missing',
      one({ ...TRAIL, HomeRegion: OTHER, IsMultiRegionTrail: undefined }),
    ],
  ])('%s makes no trail', (_name, pages) => {
    expect(normalized(pages, { home: OTHER })).toEqual([]);
  });
});
