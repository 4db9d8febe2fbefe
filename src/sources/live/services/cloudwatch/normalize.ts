import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { alarmCondition } from '../../../../inventory/facts/alarm-condition.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { MetricId } from '../../../../inventory/model.js';
import type { Json, Output } from '../../normalize/raw.js';
import { DESCRIBE_ALARMS } from './calls.js';

/** Its own metric, or every metric its math expression reads. */
function metricsOf(alarm: Json<MetricAlarm>, where: string): Maybe<MetricId[]> {
  if (alarm.MetricName && alarm.Namespace) return [{ name: alarm.MetricName, namespace: alarm.Namespace }];
  if (!alarm.Metrics) return unknown(`${where}: neither MetricName and Namespace nor Metrics`);
  const metrics: MetricId[] = [];
  for (const query of alarm.Metrics) {
    const metric = query.MetricStat?.Metric;
    if (metric?.MetricName && metric.Namespace)
      metrics.push({ name: metric.MetricName, namespace: metric.Namespace });
  }
  return metrics;
}

export function normalizeCloudWatch(out: Output): void {
  const alarms = out.list(DESCRIBE_ALARMS, ['cloudwatch-alarm']).flatMap((page) => page.MetricAlarms ?? []);
  for (const alarm of alarms) {
    if (!alarm.AlarmName) continue;
    const where = `alarm ${alarm.AlarmName}`;
    const place = describePlace(where);
    out.add({
      type: 'cloudwatch-alarm',
      id:
        alarm.AlarmArn ??
        `arn:${out.partition}:cloudwatch:${out.region}:${out.account}:alarm:${alarm.AlarmName}`,
      arn: alarm.AlarmArn,
      name: alarm.AlarmName,
      region: out.region,
      origin: out.origin,
      metrics: metricsOf(alarm, where),
      // An alarm without actions may come back without the list: read as none, which can only fail.
      alarmActions: setting(alarm.AlarmActions, place, 'AlarmActions', { describeOmitted: [] }),
      actionsEnabled: setting(alarm.ActionsEnabled, place, 'ActionsEnabled'),
      ...alarmCondition(
        {
          ComparisonOperator: alarm.ComparisonOperator,
          Threshold: alarm.Threshold,
          ThresholdMetricId: alarm.ThresholdMetricId,
          Statistic: alarm.Statistic,
          ExtendedStatistic: alarm.ExtendedStatistic,
          Metrics: alarm.Metrics?.map((query) => ({
            stat: query.MetricStat?.Stat,
            expression: query.Expression !== undefined,
          })),
          EvaluationPeriods: alarm.EvaluationPeriods,
          DatapointsToAlarm: alarm.DatapointsToAlarm,
        },
        place,
      ),
    });
  }
}
