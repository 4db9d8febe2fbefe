import { GetQueueAttributesCommand, paginateListQueues, SQSClient } from '@aws-sdk/client-sqs';
import { QUEUE_ATTRIBUTES } from './normalize.js';
import type { Fetcher } from '../../fetch/types.js';

export const sqsFetcher: Fetcher = {
  service: 'sqs',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(SQSClient, region, {
      useQueueUrlAsEndpoint: !clients.settings.customEndpoint,
    });
    const queues = await rec.paginate('sqs', 'ListQueues', region, undefined, () =>
      paginateListQueues({ client }, { MaxResults: 1000 }),
    );
    await Promise.all(
      queues.pages
        .flatMap((page) => page.QueueUrls ?? [])
        .map((QueueUrl) =>
          rec.call('sqs', 'GetQueueAttributes', region, { QueueUrl }, () =>
            client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: [...QUEUE_ATTRIBUTES] })),
          ),
        ),
    );
  },
};
