import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_TASK, LIST_TASKS } from './calls.js';

/** Options.LogLevel values; the rule passes anything but OFF, so a level it does not know is not read as logging. */
const LOG_LEVELS = new Set(['OFF', 'BASIC', 'TRANSFER']);

function knownLogLevel(level: string | undefined, where: string): Maybe<string | undefined> {
  if (level === undefined || LOG_LEVELS.has(level)) return level;
  return unknown(`${where}: Options.LogLevel is ${level}, not OFF, BASIC or TRANSFER`);
}

export function normalizeDataSync(out: Output): void {
  const tasks = out.list(LIST_TASKS, ['datasync-task']).flatMap((page) => page.Tasks ?? []);
  for (const task of tasks) {
    const arn = task.TaskArn;
    if (!arn) continue;
    const described = out.one(DESCRIBE_TASK, arn);
    const missing = described.unknown ?? unknown(`DataSync task ${arn} was not found when described`);
    const value = described.value;
    const where = `DataSync task ${task.Name ?? arn}`;
    const place = describePlace(where);
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
      logLevel: value ? knownLogLevel(value.Options?.LogLevel, where) : missing,
      taskMode: value ? setting(value.TaskMode, place, 'TaskMode', { describeOmitted: 'BASIC' }) : missing,
    });
  }
}
