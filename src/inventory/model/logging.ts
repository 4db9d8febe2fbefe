/** Logging and monitoring: CloudTrail trails and AWS Config recorders. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/**
 * One way a trail's event selectors let management events (the account's API
 * calls) through: the read (Describe/List/Get) half, the write half, or both,
 * from the event sources its conditions admit. A trail records an event when
 * any of its clauses does; none at all: it records no management events.
 */
export interface ManagementEventClause {
  read: boolean;
  write: boolean;
  /** Conditions on `eventSource`, all of which an event must meet; empty: every event source. */
  sources: EventSourceCondition[];
}

/** An advanced field selector on `eventSource` (a basic selector's ExcludeManagementEventSources is `NotEquals`). */
export interface EventSourceCondition {
  operator: 'Equals' | 'NotEquals' | 'StartsWith' | 'NotStartsWith' | 'EndsWith' | 'NotEndsWith';
  values: string[];
}

export interface CloudTrailTrail extends ResourceBase<'cloudtrail-trail'> {
  isMultiRegion: Maybe<boolean>;
  /** From its event selectors; a trail without selectors records all of them (facts/management-events.ts reads them). */
  managementEvents: Maybe<ManagementEventClause[]>;
  logFileValidation: Maybe<boolean>;
  /** undefined: SSE-S3 only, no KMS key. */
  kmsKeyId: Maybe<string | undefined>;
  isLogging: Maybe<boolean>;
  homeRegion?: string;
  // Undefined below: not read by this source.
  /** The CloudWatch Logs log group the trail delivers to; null: none. */
  cloudWatchLogsLogGroupArn?: Maybe<string | null>;
  /** The bucket the trail delivers to (name, or inventory id of a template bucket). */
  s3BucketName?: Maybe<string>;
  /** Data events recorded, by resource type, from the event selectors. */
  dataEvents?: Maybe<DataEventCoverage[]>;
}

/** Which resources of a type a trail records data events for. */
export type DataEventScope = 'all' | 'some' | 'none';

/**
 * One kind of data event a trail records: `resourceType` as CloudTrail names it
 * (`AWS::S3::Object`, `AWS::Lambda::Function` ...), and for read and for write
 * events whether every resource of the type is covered or only some.
 */
export interface DataEventCoverage {
  resourceType: string;
  read: DataEventScope;
  write: DataEventScope;
}

export interface ConfigRecorder extends ResourceBase<'config-recorder'> {
  recording: Maybe<boolean>;
  allSupported: Maybe<boolean>;
  lastStatus?: Maybe<string | undefined>;
}
