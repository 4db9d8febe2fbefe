/** Metric filters (fetched in fetch.ts), read by the CIS metric-filter-and-alarm rules. */
import { unknown } from '../../../../inventory/maybe.js';
import type { PublishedMetric } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_METRIC_FILTERS } from './calls.js';

export function normalizeMetricFilters(out: Output): void {
  const filters = out
    .list(DESCRIBE_METRIC_FILTERS, ['log-metric-filter'])
    .flatMap((page) => page.metricFilters ?? []);
  for (const filter of filters) {
    if (!filter.filterName || !filter.logGroupName) continue;
    const where = `metric filter ${filter.filterName} of ${filter.logGroupName}`;
    const transformations = filter.metricTransformations;
    const metrics: PublishedMetric[] = [];
    for (const transformation of transformations ?? []) {
      if (transformation.metricName && transformation.metricNamespace)
        metrics.push({
          name: transformation.metricName,
          namespace: transformation.metricNamespace,
          value:
            transformation.metricValue ??
            unknown(`${where}: metricValue of ${transformation.metricName} was not returned`),
          // Returned only when set; unset, nothing is published for a log event the pattern does not match.
          defaultValue: transformation.defaultValue,
        });
    }
    out.add({
      type: 'log-metric-filter',
      // Filter names are unique per log group, log groups per account and region.
      id: `arn:${out.partition}:logs:${out.region}:${out.account}:log-group:${filter.logGroupName}:metric-filter:${filter.filterName}`,
      name: filter.filterName,
      region: out.region,
      origin: out.origin,
      logGroup: filter.logGroupName,
      filterPattern: filter.filterPattern ?? unknown(`${where}: filterPattern missing`),
      metrics:
        transformations && metrics.length === transformations.length
          ? metrics
          : unknown(`${where}: metricTransformations missing or incomplete`),
    });
  }
}
