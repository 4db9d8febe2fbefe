import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { DESCRIBE_HUB } from './calls.js';

export async function fetchSecurityHub({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SecurityHubClient, region);
  await send(rec, DESCRIBE_HUB, region, undefined, () => client.send(new DescribeHubCommand({})));
}
