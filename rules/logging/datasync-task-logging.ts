import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'datasync-task-logging',
  title: 'DataSync tasks log to CloudWatch',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['datasync-task'],
  rationale:
    'A DataSync task copies data between storage systems, often out of the account; its logs show which files moved ' +
    'and which transfers failed. Prowler passes any task with a log group; this rule also fails a log group with ' +
    'LogLevel OFF (nothing is published) and passes Enhanced mode tasks, which always log to /aws/datasync.',
  remediation: {
    summary: 'Give the task a CloudWatch log group and a log level of BASIC or TRANSFER.',
    cloudformation: 'AWS::DataSync::Task: `CloudWatchLogGroupArn: ...`, `Options: { LogLevel: BASIC }`',
    cli: 'aws datasync update-task --task-arn <arn> --cloud-watch-log-group-arn <arn> --options LogLevel=BASIC',
  },
  equivalents: {
    prowler: ['datasync_task_logging_enabled'],
    fsbp: ['DataSync.1'],
  },
  evaluate(task) {
    if (task.taskMode === 'ENHANCED') {
      return pass('an Enhanced mode task always logs to /aws/datasync', { taskMode: 'ENHANCED' });
    }
    if (isUnknown(task.cloudWatchLogGroupArn)) return undetermined(task.cloudWatchLogGroupArn);
    if (task.cloudWatchLogGroupArn === undefined) {
      if (isUnknown(task.taskMode)) return undetermined(task.taskMode);
      return fail('the task has no CloudWatch log group', { cloudWatchLogGroupArn: null });
    }
    if (isUnknown(task.logLevel)) return undetermined(task.logLevel);
    if (task.logLevel === undefined) {
      return undetermined(
        `the task logs to ${task.cloudWatchLogGroupArn} but its log level is not set (AWS documents no default; OFF publishes nothing)`,
      );
    }
    const evidence = { cloudWatchLogGroupArn: task.cloudWatchLogGroupArn, logLevel: task.logLevel };
    return task.logLevel === 'OFF'
      ? fail('the task has a log group but its log level is OFF', evidence)
      : pass(`the task logs (${task.logLevel}) to ${task.cloudWatchLogGroupArn}`, evidence);
  },
});
