/**
 * An SNS topic someone confirmed a subscription to, the same in a template and
 * in the loopback account: what the CIS metric-filter-and-alarm rules need an
 * alarm to notify before it counts.
 */
import type { FakeAccount } from './aws-server/index.js';

/** Adds the topic (once) with one confirmed email subscription to `region` of the fake account. */
export function addSubscribedTopic(account: FakeAccount, region: string, topicArn: string): void {
  const sns = ((account.regions[region] ??= {}).sns ??= { topics: [] });
  if (sns.topics.some((topic) => topic.arn === topicArn)) return;
  sns.topics.push({ arn: topicArn, attributes: {} });
  (sns.subscriptions ??= []).push({
    TopicArn: topicArn,
    SubscriptionArn: `${topicArn}:0f6e5d4c-1111-2222-3333-444455556666`,
    Protocol: 'email',
    Endpoint: 'security@example.com',
    Owner: topicArn.split(':')[4],
  });
}

/** The template twin: a topic named after the ARN's last part, with an email subscription. */
export function subscribedTopicTemplate(topicArn: string): Record<string, unknown> {
  return {
    Type: 'AWS::SNS::Topic',
    Properties: {
      TopicName: topicArn.split(':').pop(),
      Subscription: [{ Protocol: 'email', Endpoint: 'security@example.com' }],
    },
  };
}
