import type { GetQueueAttributesCommandOutput, ListQueuesCommandOutput } from '@aws-sdk/client-sqs';
import { serviceCalls } from '../../service.js';

const sqs = serviceCalls('sqs', '@aws-sdk/client-sqs', 'sqs');

/** The queue attributes the normalizer reads: the fetcher asks for exactly these. */
export const QUEUE_ATTRIBUTES = ['QueueArn', 'KmsMasterKeyId', 'SqsManagedSseEnabled'] as const;

export const LIST_QUEUES = sqs.call<ListQueuesCommandOutput>('ListQueues');

export const GET_QUEUE_ATTRIBUTES = sqs.call<GetQueueAttributesCommandOutput, string>('GetQueueAttributes', {
  params: (QueueUrl) => ({ QueueUrl }),
  after: [LIST_QUEUES],
});
