import type { GetWorkGroupCommandOutput, ListWorkGroupsCommandOutput } from '@aws-sdk/client-athena';
import { serviceCalls } from '../../service.js';

const athena = serviceCalls('athena', '@aws-sdk/client-athena', 'athena');

export const LIST_WORK_GROUPS = athena.call<ListWorkGroupsCommandOutput>('ListWorkGroups');

/** Per workgroup: the listing has no configuration. */
export const GET_WORK_GROUP = athena.call<GetWorkGroupCommandOutput, string>('GetWorkGroup', {
  params: (WorkGroup) => ({ WorkGroup }),
  after: [LIST_WORK_GROUPS],
});
