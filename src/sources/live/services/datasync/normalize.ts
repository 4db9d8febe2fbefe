import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_TASK, LIST_TASKS } from './calls.js';

export function normalizeDataSync(out: Output): void {
  const tasks = out.list(LIST_TASKS, ['datasync-task']).flatMap((page) => page.Tasks ?? []);
  for (const task of tasks) {
    const arn = task.TaskArn;
    if (!arn) continue;
    const described = out.one(DESCRIBE_TASK, arn);
    const missing = described.unknown ?? unknown(`DataSync task ${arn} was not found when described`);
    const value = described.value;
    const place = describePlace(`DataSync task ${task.Name ?? arn}`);
    out.add({
      type: 'datasync-task',
      id: arn,
      arn,
      name: task.Name ?? arn.split('/').at(-1),
      region: out.region,
      origin: out.origin,
      // DescribeTask leaves CloudWatchLogGroupArn out of a task that has no log group.
      cloudWatchLogGroupArn: value
        ? setting(value.CloudWatchLogGroupArn, place, 'CloudWatchLogGroupArn', { describeOmitted: undefined })
        : missing,
      logLevel: value ? value.Options?.LogLevel : missing,
      taskMode: value ? setting(value.TaskMode, place, 'TaskMode', { describeOmitted: 'BASIC' }) : missing,
    });
  }
}
