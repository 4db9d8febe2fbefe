import { ECRClient, GetRepositoryPolicyCommand, paginateDescribeRepositories } from '@aws-sdk/client-ecr';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_REPOSITORIES, GET_REPOSITORY_POLICY } from './calls.js';

export async function fetchEcr({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ECRClient, region);
  const repositories = await sendPages(rec, DESCRIBE_REPOSITORIES, region, undefined, () =>
    paginateDescribeRepositories({ client, pageSize: 1000 }, {}),
  );
  await Promise.all(
    repositories.pages
      .flatMap((page) => page.repositories ?? [])
      .map((repository) => repository.repositoryName)
      .filter(present)
      .map((repositoryName) =>
        send(rec, GET_REPOSITORY_POLICY, region, repositoryName, () =>
          client.send(new GetRepositoryPolicyCommand({ repositoryName })),
        ),
      ),
  );
}
