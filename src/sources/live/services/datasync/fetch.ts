import { DataSyncClient, DescribeTaskCommand, paginateListTasks } from '@aws-sdk/client-datasync';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_TASK, LIST_TASKS } from './calls.js';

export async function fetchDataSync({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(DataSyncClient, region);
  const listed = await sendPages(rec, LIST_TASKS, region, undefined, () =>
    paginateListTasks({ client, pageSize: 100 }, {}),
  );
  await Promise.all(
    listed.pages
      .flatMap((page) => page.Tasks ?? [])
      .map((task) => task.TaskArn)
      .filter(present)
      .map((TaskArn) =>
        send(rec, DESCRIBE_TASK, region, TaskArn, () => client.send(new DescribeTaskCommand({ TaskArn }))),
      ),
  );
}
