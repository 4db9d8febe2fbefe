import { DescribeStateMachineCommand, SFNClient, paginateListStateMachines } from '@aws-sdk/client-sfn';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_STATE_MACHINE, LIST_STATE_MACHINES } from './calls.js';

export async function fetchSfn({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SFNClient, region);
  const listed = await sendPages(rec, LIST_STATE_MACHINES, region, undefined, () =>
    paginateListStateMachines({ client, pageSize: 1000 }, {}),
  );
  await Promise.all(
    listed.pages
      .flatMap((page) => page.stateMachines ?? [])
      .map((machine) => machine.stateMachineArn)
      .filter(present)
      .map((stateMachineArn) =>
        send(rec, DESCRIBE_STATE_MACHINE, region, stateMachineArn, () =>
          client.send(new DescribeStateMachineCommand({ stateMachineArn })),
        ),
      ),
  );
}
