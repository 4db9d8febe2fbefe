import { DescribeTaskDefinitionCommand, ECSClient, paginateListTaskDefinitions } from '@aws-sdk/client-ecs';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_TASK_DEFINITION, LIST_TASK_DEFINITIONS } from './calls.js';
import { latestRevisions } from './latest.js';

export async function fetchEcs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ECSClient, region);
  const listed = await sendPages(rec, LIST_TASK_DEFINITIONS, region, undefined, () =>
    paginateListTaskDefinitions({ client, pageSize: 100 }, { status: 'ACTIVE' }),
  );
  const arns = listed.pages.flatMap((page) => page.taskDefinitionArns ?? []);
  await Promise.all(
    latestRevisions(arns).map((taskDefinition) =>
      send(rec, DESCRIBE_TASK_DEFINITION, region, taskDefinition, () =>
        client.send(new DescribeTaskDefinitionCommand({ taskDefinition })),
      ),
    ),
  );
}
