import type {
  GetTopicAttributesCommandOutput,
  ListSubscriptionsCommandOutput,
  ListTopicsCommandOutput,
} from '@aws-sdk/client-sns';
import { serviceCalls } from '../../service.js';

const sns = serviceCalls('sns', '@aws-sdk/client-sns', 'sns');

export const LIST_TOPICS = sns.call<ListTopicsCommandOutput>('ListTopics');

export const GET_TOPIC_ATTRIBUTES = sns.call<GetTopicAttributesCommandOutput, string>('GetTopicAttributes', {
  params: (TopicArn) => ({ TopicArn }),
  after: [LIST_TOPICS],
});

/** Every subscription of the region in one paginated chain (100 a page, AWS's fixed size), not one call per topic. */
export const LIST_SUBSCRIPTIONS = sns.call<ListSubscriptionsCommandOutput>('ListSubscriptions');
