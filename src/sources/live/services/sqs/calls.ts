import type { GetQueueAttributesCommandOutput, ListQueuesCommandOutput } from '@aws-sdk/client-sqs';
import { serviceCalls } from '../../service.js';

const sqs = serviceCalls('sqs', '@aws-sdk/client-sqs', 'sqs');

/** The queue attributes the normalizer reads: the fetcher asks for exactly these. */
export const QUEUE_ATTRIBUTES = ['QueueArn', 'KmsMasterKeyId', 'SqsManagedSseEnabled', 'Policy'] as const;

export const LIST_QUEUES = sqs.call<ListQueuesCommandOutput>('ListQueues');

/**
 * The attribute names asked for are part of the recorded input: SQS leaves out
 * Policy both when the queue has none and when it was not asked for, so a
 * snapshot recorded before Policy was asked for must be told apart.
 */
export const GET_QUEUE_ATTRIBUTES = sqs.call<GetQueueAttributesCommandOutput, string>('GetQueueAttributes', {
  params: (QueueUrl) => ({ QueueUrl, AttributeNames: [...QUEUE_ATTRIBUTES] }),
  after: [LIST_QUEUES],
});

/** How snapshots recorded before Policy was asked for key the call: by queue URL alone. */
export const olderQueueAttributesInput = (QueueUrl: string) => ({ QueueUrl });
