/** CloudWatch monitoring: metric filters on log groups and the alarms on their metrics. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/** A CloudWatch metric, as a metric filter publishes it and an alarm watches it. */
export interface MetricId {
  namespace: string;
  name: string;
}

/** A metric a filter publishes, with what each log event adds to it. */
export interface PublishedMetric extends MetricId {
  /** MetricValue as written: a number (`"1"`) or a field of the event (`$.bytes`). */
  value: Maybe<string>;
  /** DefaultValue: published for every log event the pattern does not match; undefined when unset (nothing). */
  defaultValue: Maybe<number | undefined>;
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
  metrics: Maybe<PublishedMetric[]>;
}

export interface CloudWatchAlarm extends ResourceBase<'cloudwatch-alarm'> {
  /** The metrics it watches: its own metric, or every metric its math expression reads. */
  metrics: Maybe<MetricId[]>;
  /** Actions run on entering the ALARM state (SNS topics, Lambda functions, ...). */
  alarmActions: Maybe<string[]>;
  actionsEnabled: Maybe<boolean>;
  /** ComparisonOperator: `GreaterThanOrEqualToThreshold`, `LessThanThreshold`, `LessThanLowerThreshold`, ... */
  comparisonOperator: Maybe<string>;
  /** Threshold; undefined for an anomaly-detection alarm (it compares with a band, `thresholdMetricId`). */
  threshold: Maybe<number | undefined>;
  /** ThresholdMetricId: the anomaly-detection band the metric is compared with; undefined for a static threshold. */
  thresholdMetricId: Maybe<string | undefined>;
  /**
   * The statistic compared: Statistic or ExtendedStatistic (`Sum`, `p99`), or the `Stat` of a metric-math
   * alarm's single metric; Unknown for a math expression.
   */
  statistic: Maybe<string>;
  /** EvaluationPeriods: how many recent periods are judged. */
  evaluationPeriods: Maybe<number>;
  /** DatapointsToAlarm: how many of them must breach (AWS: EvaluationPeriods when unset). */
  datapointsToAlarm: Maybe<number>;
}
