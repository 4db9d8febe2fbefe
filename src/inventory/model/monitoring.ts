/** CloudWatch monitoring: metric filters on log groups and the alarms on their metrics. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/** A CloudWatch metric, as a metric filter publishes it and an alarm watches it. */
export interface MetricId {
  namespace: string;
  name: string;
}

export interface LogMetricFilter extends ResourceBase<'log-metric-filter'> {
  /**
   * The log group it reads. Live: its name; templates: the log group's inventory id when it is
   * in the template, else the literal name.
   */
  logGroup: Maybe<string>;
  /** The filter pattern's text, as written. */
  filterPattern: Maybe<string>;
  /** The metrics it publishes. */
  metrics: Maybe<MetricId[]>;
}

export interface CloudWatchAlarm extends ResourceBase<'cloudwatch-alarm'> {
  /** The metrics it watches: its own metric, or every metric its math expression reads. */
  metrics: Maybe<MetricId[]>;
  /** Actions run on entering the ALARM state (SNS topics, Lambda functions, ...). */
  alarmActions: Maybe<string[]>;
  actionsEnabled: Maybe<boolean>;
}
