import { GetTopicAttributesCommand, paginateListTopics, SNSClient } from '@aws-sdk/client-sns';
import type { Fetcher } from '../../fetch/types.js';
import { present } from '../../fetch/types.js';

export const snsFetcher: Fetcher = {
  service: 'sns',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(SNSClient, region);
    const topics = await rec.paginate('sns', 'ListTopics', region, undefined, () =>
      paginateListTopics({ client }, {}),
    );
    await Promise.all(
      topics.pages
        .flatMap((page) => page.Topics ?? [])
        .map((topic) => topic.TopicArn)
        .filter(present)
        .map((TopicArn) =>
          rec.call('sns', 'GetTopicAttributes', region, { TopicArn }, () =>
            client.send(new GetTopicAttributesCommand({ TopicArn })),
          ),
        ),
    );
  },
};
