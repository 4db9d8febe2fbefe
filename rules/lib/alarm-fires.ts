/**
 * Whether an alarm fires when one event matches the metric filter feeding it, as the CIS controls ask
 * (threshold 1, GreaterThanOrEqualToThreshold, Sum over one period, a filter adding 1 per event).
 *
 * What one matching event makes of a period's statistic:
 * - without a DefaultValue, the filter publishes nothing for the log events it does not match, so
 *   every data point of the period is the MetricValue v: Sum (of one event), Maximum, Minimum,
 *   Average and the value percentiles (p99, tm90, wm90, IQM) are all v, SampleCount is 1;
 * - with DefaultValue 0, every other log event of the group publishes 0: Sum and Maximum still
 *   reach v, but Average, Minimum and percentiles are pulled toward 0 (one event among many does not
 *   reach the threshold) and SampleCount counts every log event, the activity or not: both FAIL;
 * - any other DefaultValue, a MetricValue read from the event (`$.bytes`), an anomaly-detection band
 *   or a math expression: the value is not known here, so UNKNOWN.
 * A LessThan... alarm fires when the metric drops, i.e. when the activity does not happen: FAIL.
 */
import { isUnknown } from '../../src/inventory/maybe.js';
import type { CloudWatchAlarm, PublishedMetric } from '../../src/inventory/model.js';

export type Firing = { state: 'fires' } | { state: 'never'; why: string } | { state: 'unknown'; why: string };

const never = (why: string): Firing => ({ state: 'never', why });
const undecided = (why: string): Firing => ({ state: 'unknown', why });

/** Comparisons that breach when the value is low: they fire on the absence of the activity. */
const ON_ABSENCE = new Set(['LessThanThreshold', 'LessThanOrEqualToThreshold', 'LessThanLowerThreshold']);
/** Statistics whose value is one of the published data points (all v when only the event publishes). */
const VALUE_STATISTIC = /^(Maximum|Minimum|Average|IQM|p\d+(\.\d+)?|(tm|wm)\d+(\.\d+)?|(TM|WM|tm|wm)\(.*\))$/;

function breaches(operator: string, value: number, threshold: number): boolean {
  return operator === 'GreaterThanOrEqualToThreshold' ? value >= threshold : value > threshold;
}

/** What one matching event makes of the alarm's statistic over its period, or why that is not known. */
function valueOfOneEvent(statistic: string, metric: PublishedMetric, name: string): number | Firing {
  const text = metric.value;
  if (isUnknown(text)) return undecided(text.reason);
  const value = /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : undefined;
  if (value === undefined)
    return undecided(
      `the filter adds ${text} per event, a value of the event itself, so what one event adds is not known`,
    );
  const fallback = metric.defaultValue;
  if (isUnknown(fallback)) return undecided(fallback.reason);
  if (fallback === undefined) {
    if (statistic === 'SampleCount') return 1;
    if (statistic === 'Sum' || VALUE_STATISTIC.test(statistic)) return value;
    return undecided(`alarm ${name} compares the statistic ${statistic}, which is not judged`);
  }
  if (fallback !== 0)
    return undecided(
      `the filter publishes DefaultValue ${fallback} for every other log event; what alarm ${name} then compares is not judged`,
    );
  if (statistic === 'Sum') return value;
  if (statistic === 'Maximum') return Math.max(value, 0);
  if (statistic === 'SampleCount')
    return never(
      `alarm ${name} compares the SampleCount, and with DefaultValue 0 every log event of the group counts, the activity or not`,
    );
  return never(
    `alarm ${name} compares the ${statistic}, and with DefaultValue 0 the other log events of a period pull it toward 0, below what one event adds`,
  );
}

/** Whether `alarm`, watching `metric`, goes to ALARM when one matching event happens in a period. */
export function firesOnOneEvent(metric: PublishedMetric, alarm: CloudWatchAlarm): Firing {
  const name = alarm.name ?? alarm.id;
  const operator = alarm.comparisonOperator;
  if (isUnknown(operator)) return undecided(operator.reason);
  if (ON_ABSENCE.has(operator))
    return never(
      `alarm ${name} fires when the metric is ${operator}, i.e. when the activity does not happen`,
    );
  if (isUnknown(alarm.thresholdMetricId)) return undecided(alarm.thresholdMetricId.reason);
  if (alarm.thresholdMetricId !== undefined)
    return undecided(
      `alarm ${name} compares with the anomaly-detection band ${alarm.thresholdMetricId}, whose bounds are learned`,
    );
  if (operator !== 'GreaterThanOrEqualToThreshold' && operator !== 'GreaterThanThreshold')
    return undecided(`alarm ${name}: comparison ${operator} is not judged`);
  const threshold = alarm.threshold;
  if (isUnknown(threshold)) return undecided(threshold.reason);
  if (threshold === undefined) return undecided(`alarm ${name}: Threshold was not read`);
  const datapoints = alarm.datapointsToAlarm;
  if (isUnknown(datapoints)) return undecided(datapoints.reason);
  if (datapoints > 1)
    return never(
      `alarm ${name} needs ${datapoints} breaching periods, and one event breaches one (CIS: 1 of 1)`,
    );
  if (isUnknown(alarm.statistic)) return undecided(alarm.statistic.reason);
  const value = valueOfOneEvent(alarm.statistic, metric, name);
  if (typeof value !== 'number') return value;
  if (breaches(operator, value, threshold)) return { state: 'fires' };
  return never(
    `alarm ${name} needs the ${alarm.statistic} ${operator === 'GreaterThanThreshold' ? '>' : '>='} ${threshold}, ` +
      `and one event makes it ${value} (CIS: threshold 1, GreaterThanOrEqualToThreshold, the filter adding 1)`,
  );
}
