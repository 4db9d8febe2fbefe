/** CloudWatch metric filters and alarms, as the CIS metric-filter-and-alarm rules read them. */
import { alarmCondition, type AlarmQuery } from '../../../inventory/facts/alarm-condition.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  CloudWatchAlarm,
  LogMetricFilter,
  MetricId,
  PublishedMetric,
} from '../../../inventory/model.js';
import {
  baseOf,
  linkFact,
  linkListFact,
  numberFact,
  optionalBoolFact,
  requireKnown,
  stringFact,
  valueAt,
  type TemplateResource,
} from './context.js';

/** A metric named at `path` (`MetricName` and its namespace beside it); undefined when neither is set. */
function metricAt(
  resource: TemplateResource,
  nameAt: string,
  namespaceAt: string,
): Maybe<MetricId | undefined> {
  const name = stringFact(resource, nameAt);
  const namespace = stringFact(resource, namespaceAt);
  if (isUnknown(name)) return name;
  if (isUnknown(namespace)) return namespace;
  if (name === undefined && namespace === undefined) return undefined;
  if (name === undefined || namespace === undefined)
    return unknown(`${resource.logicalId}: ${nameAt} and ${namespaceAt} must both be set`);
  return { name, namespace };
}

function metricList(
  resource: TemplateResource,
  listAt: string,
  nameAt: (index: number) => string,
  namespaceAt: (index: number) => string,
): Maybe<MetricId[]> {
  const list = valueAt(resource, listAt);
  if (isUnknown(list)) return unknown(`${resource.logicalId}.${listAt}: ${list.reason}`);
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.${listAt} is not a list`);
  const metrics: MetricId[] = [];
  for (const index of list.keys()) {
    const metric = metricAt(resource, nameAt(index), namespaceAt(index));
    if (isUnknown(metric)) return metric;
    if (metric) metrics.push(metric);
  }
  return metrics;
}

export function metricFilter(resource: TemplateResource): LogMetricFilter {
  const logGroup = linkFact(resource, 'LogGroupName');
  const pattern = stringFact(resource, 'FilterPattern');
  return {
    type: 'log-metric-filter',
    ...baseOf(resource, 'FilterName'),
    logGroup: requireKnown(logGroup, resource, 'LogGroupName'),
    filterPattern: requireKnown(pattern, resource, 'FilterPattern'),
    metrics: publishedMetrics(resource),
  };
}

/** MetricTransformations, each with its MetricValue (required) and DefaultValue (none when unset). */
function publishedMetrics(resource: TemplateResource): Maybe<PublishedMetric[]> {
  const list = valueAt(resource, 'MetricTransformations');
  if (isUnknown(list)) return unknown(`${resource.logicalId}.MetricTransformations: ${list.reason}`);
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.MetricTransformations is not a list`);
  const metrics: PublishedMetric[] = [];
  for (const i of list.keys()) {
    const at = `MetricTransformations.${i}`;
    const metric = requireKnown(
      metricAt(resource, `${at}.MetricName`, `${at}.MetricNamespace`),
      resource,
      at,
    );
    if (isUnknown(metric)) return metric;
    metrics.push({
      ...metric,
      value: requireKnown(stringFact(resource, `${at}.MetricValue`), resource, `${at}.MetricValue`),
      defaultValue: numberFact(resource, `${at}.DefaultValue`),
    });
  }
  return metrics;
}

/** The `Metrics` queries of a metric-math alarm; undefined when it watches one metric directly. */
function alarmQueries(resource: TemplateResource): Maybe<AlarmQuery[] | undefined> {
  const list = valueAt(resource, 'Metrics');
  if (list === undefined || list === null) return undefined;
  if (isUnknown(list)) return unknown(`${resource.logicalId}.Metrics: ${list.reason}`);
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.Metrics is not a list`);
  return [...list.keys()].map((i) => ({
    stat: stringFact(resource, `Metrics.${i}.MetricStat.Stat`),
    expression: valueAt(resource, `Metrics.${i}.Expression`) !== undefined,
  }));
}

export function cloudWatchAlarm(resource: TemplateResource): CloudWatchAlarm {
  const place = createPlace(resource.logicalId);
  const own = metricAt(resource, 'MetricName', 'Namespace');
  const metrics: Maybe<MetricId[]> = isUnknown(own)
    ? own
    : own
      ? [own]
      : valueAt(resource, 'Metrics') === undefined
        ? unknown(`${resource.logicalId}: neither MetricName and Namespace nor Metrics is set`)
        : metricList(
            resource,
            'Metrics',
            (i) => `Metrics.${i}.MetricStat.Metric.MetricName`,
            (i) => `Metrics.${i}.MetricStat.Metric.Namespace`,
          );
  return {
    type: 'cloudwatch-alarm',
    ...baseOf(resource, 'AlarmName'),
    metrics,
    alarmActions: setting(linkListFact(resource, 'AlarmActions'), place, 'AlarmActions', {
      createDefault: [],
      defaultSource: 'AWS::CloudWatch::Alarm AlarmActions: optional, no actions when unset',
    }),
    actionsEnabled: setting(optionalBoolFact(resource, 'ActionsEnabled'), place, 'ActionsEnabled', {
      createDefault: true,
      defaultSource: 'AWS::CloudWatch::Alarm ActionsEnabled: "The default is TRUE"',
    }),
    ...alarmCondition(
      {
        ComparisonOperator: stringFact(resource, 'ComparisonOperator'),
        Threshold: numberFact(resource, 'Threshold'),
        ThresholdMetricId: stringFact(resource, 'ThresholdMetricId'),
        Statistic: stringFact(resource, 'Statistic'),
        ExtendedStatistic: stringFact(resource, 'ExtendedStatistic'),
        Metrics: alarmQueries(resource),
        EvaluationPeriods: numberFact(resource, 'EvaluationPeriods'),
        DatapointsToAlarm: numberFact(resource, 'DatapointsToAlarm'),
      },
      place,
    ),
  };
}
