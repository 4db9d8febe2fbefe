import { GetQueueAttributesCommand, paginateListQueues, SQSClient } from '@aws-sdk/client-sqs';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_QUEUE_ATTRIBUTES, LIST_QUEUES, QUEUE_ATTRIBUTES } from './calls.js';

export async function fetchSqs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SQSClient, region, {
    useQueueUrlAsEndpoint: !clients.settings.customEndpoint,
  });
  const queues = await sendPages(rec, LIST_QUEUES, region, undefined, () =>
    paginateListQueues({ client }, { MaxResults: 1000 }),
  );
  await Promise.all(
    queues.pages
      .flatMap((page) => page.QueueUrls ?? [])
      .map((QueueUrl) =>
        send(rec, GET_QUEUE_ATTRIBUTES, region, QueueUrl, () =>
          client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: [...QUEUE_ATTRIBUTES] })),
        ),
      ),
  );
}
