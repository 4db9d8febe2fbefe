import type {
  DescribeRepositoriesCommandOutput,
  GetRepositoryPolicyCommandOutput,
} from '@aws-sdk/client-ecr';
import { serviceCalls } from '../../service.js';

const ecr = serviceCalls('ecr', '@aws-sdk/client-ecr', 'ecr');

export const DESCRIBE_REPOSITORIES = ecr.call<DescribeRepositoriesCommandOutput>('DescribeRepositories');

/** No listing carries repository policies: one per repository. */
export const GET_REPOSITORY_POLICY = ecr.call<GetRepositoryPolicyCommandOutput, string>(
  'GetRepositoryPolicy',
  {
    params: (repositoryName) => ({ repositoryName }),
    after: [DESCRIBE_REPOSITORIES],
  },
);
