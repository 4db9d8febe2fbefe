import { GetTopicAttributesCommand, paginateListTopics, SNSClient } from '@aws-sdk/client-sns';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_TOPIC_ATTRIBUTES, LIST_TOPICS } from './calls.js';

export async function fetchSns({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(SNSClient, region);
  const topics = await sendPages(rec, LIST_TOPICS, region, undefined, () =>
    paginateListTopics({ client }, {}),
  );
  await Promise.all(
    topics.pages
      .flatMap((page) => page.Topics ?? [])
      .map((topic) => topic.TopicArn)
      .filter(present)
      .map((TopicArn) =>
        send(rec, GET_TOPIC_ATTRIBUTES, region, TopicArn, () =>
          client.send(new GetTopicAttributesCommand({ TopicArn })),
        ),
      ),
  );
}
