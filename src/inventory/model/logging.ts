/** Logging and monitoring: CloudTrail trails and AWS Config recorders. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/** Which of the account's API calls a trail records: read (Describe/List/Get), write, both, or none. */
export type ManagementEvents = 'all' | 'read-only' | 'write-only' | 'none';

export interface CloudTrailTrail extends ResourceBase<'cloudtrail-trail'> {
  isMultiRegion: Maybe<boolean>;
  /** From its event selectors; a trail without selectors records all of them. */
  managementEvents: Maybe<ManagementEvents>;
  logFileValidation: Maybe<boolean>;
  /** undefined: SSE-S3 only, no KMS key. */
  kmsKeyId: Maybe<string | undefined>;
  isLogging: Maybe<boolean>;
  homeRegion?: string;
}

export interface ConfigRecorder extends ResourceBase<'config-recorder'> {
  recording: Maybe<boolean>;
  allSupported: Maybe<boolean>;
  lastStatus?: Maybe<string | undefined>;
}
