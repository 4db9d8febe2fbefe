import type { DescribeTaskCommandOutput, ListTasksCommandOutput } from '@aws-sdk/client-datasync';
import { serviceCalls } from '../../service.js';

const datasync = serviceCalls('datasync', '@aws-sdk/client-datasync', 'datasync');

export const LIST_TASKS = datasync.call<ListTasksCommandOutput>('ListTasks');

/** Per task: the listing has no log group or options. */
export const DESCRIBE_TASK = datasync.call<DescribeTaskCommandOutput, string>('DescribeTask', {
  params: (TaskArn) => ({ TaskArn }),
  after: [LIST_TASKS],
});
