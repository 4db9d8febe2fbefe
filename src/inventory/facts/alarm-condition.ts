/**
 * When a CloudWatch alarm fires: its comparison, threshold, statistic and how many periods must
 * breach, from AWS::CloudWatch::Alarm properties or a DescribeAlarms answer (same field names).
 * One mapping for both sources, so "unset" means the same in a template and live.
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import { required, type Place, type Raw } from './place.js';
import { setting } from './setting.js';

/** One query of a metric-math alarm's `Metrics`: a metric's statistic or a math expression. */
export interface AlarmQuery {
  stat: Raw<string>;
  expression: boolean;
}

export interface AlarmConditionFields {
  ComparisonOperator: Raw<string>;
  Threshold: Raw<number>;
  ThresholdMetricId: Raw<string>;
  Statistic: Raw<string>;
  ExtendedStatistic: Raw<string>;
  /** The `Metrics` queries; undefined when the alarm watches one metric directly. */
  Metrics: Raw<AlarmQuery[]>;
  EvaluationPeriods: Raw<number>;
  DatapointsToAlarm: Raw<number>;
}

export interface AlarmCondition {
  comparisonOperator: Maybe<string>;
  threshold: Maybe<number | undefined>;
  thresholdMetricId: Maybe<string | undefined>;
  statistic: Maybe<string>;
  evaluationPeriods: Maybe<number>;
  datapointsToAlarm: Maybe<number>;
}

function statisticOf(fields: AlarmConditionFields, place: Place): Maybe<string> {
  const { Statistic, ExtendedStatistic, Metrics } = fields;
  if (isUnknown(Statistic)) return Statistic;
  if (Statistic !== undefined) return Statistic;
  if (isUnknown(ExtendedStatistic)) return ExtendedStatistic;
  if (ExtendedStatistic !== undefined) return ExtendedStatistic;
  if (isUnknown(Metrics)) return Metrics;
  if (Metrics === undefined)
    return required<string>(undefined, place, 'Statistic', 'nor ExtendedStatistic nor Metrics');
  // Only a math alarm over a single metric compares that metric's own statistic; an expression
  // computes something else (a rate, a ratio) that cannot be judged from here.
  const [only] = Metrics;
  if (Metrics.length !== 1 || only === undefined || only.expression)
    return unknown(`${place.field('Metrics')}: a metric-math expression, whose value is not judged`);
  return required(only.stat, place, 'Metrics.0.MetricStat.Stat');
}

export function alarmCondition(fields: AlarmConditionFields, place: Place): AlarmCondition {
  const thresholdMetricId = fields.ThresholdMetricId;
  const anomalyBand = !isUnknown(thresholdMetricId) && thresholdMetricId !== undefined;
  const evaluationPeriods = required(fields.EvaluationPeriods, place, 'EvaluationPeriods');
  return {
    comparisonOperator: required(fields.ComparisonOperator, place, 'ComparisonOperator'),
    // An anomaly-detection alarm has no Threshold; any other alarm requires one.
    threshold: anomalyBand ? fields.Threshold : required(fields.Threshold, place, 'Threshold'),
    thresholdMetricId,
    statistic: statisticOf(fields, place),
    evaluationPeriods,
    datapointsToAlarm: isUnknown(evaluationPeriods)
      ? setting(fields.DatapointsToAlarm, place, 'DatapointsToAlarm')
      : setting(fields.DatapointsToAlarm, place, 'DatapointsToAlarm', {
          createDefault: evaluationPeriods,
          defaultSource: 'AWS::CloudWatch::Alarm DatapointsToAlarm: unset, it is EvaluationPeriods',
          describeOmitted: evaluationPeriods,
        }),
  };
}
