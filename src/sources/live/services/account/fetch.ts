import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import type { FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { GET_SECURITY_CONTACT } from './calls.js';

export async function fetchAccount({ rec, clients }: FetchContext, region: string): Promise<void> {
  await send(rec, GET_SECURITY_CONTACT, region, undefined, () =>
    clients
      .get(AccountClient, region)
      .send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })),
  );
}
