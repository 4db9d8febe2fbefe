import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import type { FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { DESCRIBE_ORGANIZATION } from './calls.js';

export async function fetchOrganizations({ rec, clients }: FetchContext, region: string): Promise<void> {
  await send(rec, DESCRIBE_ORGANIZATION, region, undefined, () =>
    clients.get(OrganizationsClient, region).send(new DescribeOrganizationCommand({})),
  );
}
