import type { ListGraphqlApisCommandOutput } from '@aws-sdk/client-appsync';
import { serviceCalls } from '../../service.js';

const appsync = serviceCalls('appsync', '@aws-sdk/client-appsync', 'appsync', {
  availability: { ssm: 'appsync', title: 'AppSync' },
});

/** The listing carries each API's log configuration: no call per API. */
export const LIST_GRAPHQL_APIS = appsync.call<ListGraphqlApisCommandOutput>('ListGraphqlApis');
