import {
  GetTopicAttributesCommand,
  paginateListSubscriptions,
  paginateListTopics,
  SNSClient,
} from '@aws-sdk/client-sns';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_TOPIC_ATTRIBUTES, LIST_SUBSCRIPTIONS, LIST_TOPICS } from './calls.js';

export async function fetchSns({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SNSClient, region);
  const topics = await sendPages(rec, LIST_TOPICS, region, undefined, () =>
    paginateListTopics({ client }, {}),
  );
  const arns = topics.pages
    .flatMap((page) => page.Topics ?? [])
    .map((topic) => topic.TopicArn)
    .filter(present);
  if (arns.length === 0) return;
  await Promise.all([
    // Who each topic reaches (alarm notifications): one chain for the region, not one call per topic.
    sendPages(rec, LIST_SUBSCRIPTIONS, region, undefined, () => paginateListSubscriptions({ client }, {})),
    ...arns.map((TopicArn) =>
      send(rec, GET_TOPIC_ATTRIBUTES, region, TopicArn, () =>
        client.send(new GetTopicAttributesCommand({ TopicArn })),
      ),
    ),
  ]);
}
