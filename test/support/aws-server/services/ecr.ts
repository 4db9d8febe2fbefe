import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export const ecr: ServiceDefinition = {
  signingName: 'ecr',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-ecr'),
  operations: {
    DescribeRepositories: (ctx) => {
      const page = paginate(
        (regionOf(ctx).ecr?.repositories ?? []).map((entry) => entry.repository),
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.maxResults),
        ctx.action,
        'InvalidParameterException',
      );
      return { repositories: page.items, nextToken: page.next };
    },
    GetRepositoryPolicy: (ctx) => {
      const name = required(stringField(ctx.body, 'repositoryName'), 'repositoryName');
      const entry = regionOf(ctx).ecr?.repositories.find(
        (candidate) => candidate.repository.repositoryName === name,
      );
      if (!entry)
        throw new AwsError('RepositoryNotFoundException', `The repository '${name}' does not exist`, 400);
      if (entry.policy === undefined) {
        throw new AwsError(
          'RepositoryPolicyNotFoundException',
          `Repository policy does not exist for the repository with name '${name}'`,
          400,
        );
      }
      return { registryId: ctx.account.accountId, repositoryName: name, policyText: entry.policy };
    },
  },
};
