import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

/** CloudWatch speaks JSON 1.0 (query-compatible errors); its signing name is `monitoring`. */
export const cloudwatch: ServiceDefinition = {
  signingName: 'monitoring',
  protocol: 'json',
  jsonVersion: '1.0',
  load: () => import('@aws-sdk/client-cloudwatch'),
  operations: {
    DescribeAlarms: (ctx) => {
      const types = ctx.body.AlarmTypes as string[] | undefined;
      // Without AlarmTypes AWS returns metric alarms only; the fake keeps no composite alarms.
      const alarms = types && !types.includes('MetricAlarm') ? [] : (regionOf(ctx).cloudwatch?.alarms ?? []);
      const page = paginate(
        alarms,
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxRecords ?? 50),
        ctx.action,
        'InvalidNextToken',
      );
      return { MetricAlarms: page.items, CompositeAlarms: [], NextToken: page.next };
    },
  },
};
