/**
 * The snapshot document: every raw API response (and every failed call) of a
 * live scan, redacted, so the NORMALIZE step can run again offline. Live scans
 * normalize from this very document, so a replay sees exactly what the live
 * run saw.
 */
import type { CallerIdentity } from '../../engine/finding.js';
import type { JsonValue } from '../../engine/rule.js';

export const SNAPSHOT_FORMAT = 'soc2-snapshot';
export const SNAPSHOT_VERSION = 1;

/** How the scanner reads a failed call. `not-found` answers are data (no policy, no block). */
export type CallErrorKind =
  'not-found' | 'denied' | 'throttled' | 'opt-in' | 'timeout' | 'server' | 'unparsable' | 'network' | 'other';

export interface CallError {
  /** The AWS error code or SDK error name: AccessDeniedException, ThrottlingException ... */
  code: string;
  message: string;
  kind: CallErrorKind;
  httpStatus?: number;
  /** The SDK's or the endpoint's raw text when `message` was put in plain words: evidence only. */
  detail?: string;
}

export interface CallRecord {
  /** SDK client family: kms, ec2, elbv2, s3 ... */
  service: string;
  /** API operation name: ListKeys, DescribeKey ... */
  action: string;
  region: string;
  /** The identifying input (KeyId, Bucket ...), never pagination tokens. */
  params?: Record<string, JsonValue>;
  /** One response body per page read, `$metadata` removed, secrets redacted. */
  responses: JsonValue[];
  /** When the first page was answered (ISO 8601): dates the facts per region. Absent in older snapshots. */
  at?: string;
  /** Set when the call (or a later page) failed; `responses` then holds the pages read before. */
  error?: CallError;
  requestIds?: string[];
  /**
   * Set when the call was not sent but answered from AWS Config's recorded
   * configuration items (`soc2 scan --source config`); `at` is then the oldest
   * item's capture time.
   */
  via?: 'config';
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  callerIdentity: CallerIdentity;
  /** aws, aws-cn, aws-us-gov: builds ARNs the APIs do not return. */
  partition: string;
  /** Regions scanned (global services are read once, in `globalRegion`). */
  regions: string[];
  globalRegion: string;
  parameters: Record<string, JsonValue>;
  calls: CallRecord[];
}
