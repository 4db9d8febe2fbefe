import { BatchGetProjectsCommand, CodeBuildClient, paginateListProjects } from '@aws-sdk/client-codebuild';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { BATCH_GET_PROJECTS, LIST_PROJECTS, batchesOf } from './calls.js';

export async function fetchCodeBuild({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CodeBuildClient, region);
  const listed = await sendPages(rec, LIST_PROJECTS, region, undefined, () =>
    paginateListProjects({ client }, {}),
  );
  const names = listed.pages.flatMap((page) => page.projects ?? []);
  await Promise.all(
    batchesOf(names).map((batch) =>
      send(rec, BATCH_GET_PROJECTS, region, batch, () =>
        client.send(new BatchGetProjectsCommand({ names: batch })),
      ),
    ),
  );
}
