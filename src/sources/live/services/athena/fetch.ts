import { AthenaClient, GetWorkGroupCommand, paginateListWorkGroups } from '@aws-sdk/client-athena';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_WORK_GROUP, LIST_WORK_GROUPS } from './calls.js';

export async function fetchAthena({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(AthenaClient, region);
  const listed = await sendPages(rec, LIST_WORK_GROUPS, region, undefined, () =>
    paginateListWorkGroups({ client, pageSize: 50 }, {}),
  );
  await Promise.all(
    listed.pages
      .flatMap((page) => page.WorkGroups ?? [])
      .map((group) => group.Name)
      .filter(present)
      .map((WorkGroup) =>
        send(rec, GET_WORK_GROUP, region, WorkGroup, () =>
          client.send(new GetWorkGroupCommand({ WorkGroup })),
        ),
      ),
  );
}
