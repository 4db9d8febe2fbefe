import { isUnknown, unknown, type Maybe } from '../../../../inventory/maybe.js';
import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import type { EncryptionAtRest, PolicyStatement, SnsSubscriptionCount } from '../../../../inventory/model.js';
import { allPages, type Output } from '../../normalize/raw.js';
import { GET_TOPIC_ATTRIBUTES, LIST_SUBSCRIPTIONS, LIST_TOPICS } from './calls.js';

/**
 * Confirmed and pending subscriptions per topic ARN, or Unknown when any page
 * of ListSubscriptions failed: a partial list could show a subscribed topic as
 * having none.
 */
function subscriptionsByTopic(out: Output): Maybe<Map<string, SnsSubscriptionCount>> {
  const answer = allPages(out, LIST_SUBSCRIPTIONS, undefined);
  if (answer.unknown) return answer.unknown;
  const byTopic = new Map<string, SnsSubscriptionCount>();
  for (const subscription of (answer.value ?? []).flatMap((page) => page.Subscriptions ?? [])) {
    if (!subscription.TopicArn) continue;
    const count = byTopic.get(subscription.TopicArn) ?? { confirmed: 0, pending: 0 };
    // A confirmed subscription has its own ARN; one awaiting its endpoint's confirmation reads `PendingConfirmation`.
    if (subscription.SubscriptionArn?.startsWith('arn:')) count.confirmed += 1;
    else if (subscription.SubscriptionArn === 'PendingConfirmation') count.pending += 1;
    byTopic.set(subscription.TopicArn, count);
  }
  return byTopic;
}

export function normalizeSns(out: Output): void {
  const topics = out.list(LIST_TOPICS, ['sns-topic']).flatMap((page) => page.Topics ?? []);
  const subscriptions =
    topics.length > 0 ? subscriptionsByTopic(out) : new Map<string, SnsSubscriptionCount>();
  for (const { TopicArn } of topics) {
    if (!TopicArn) continue;
    const answer = out.one(GET_TOPIC_ATTRIBUTES, TopicArn);
    const attributes = answer.value?.Attributes as Record<string, string> | undefined;
    let encryption: Maybe<EncryptionAtRest>;
    let statements: Maybe<PolicyStatement[]>;
    if (attributes) {
      encryption = attributes.KmsMasterKeyId
        ? { state: 'kms', keyId: attributes.KmsMasterKeyId }
        : { state: 'unencrypted' };
      // SNS always returns a topic's Policy (its default one confines it to the owner): one missing was not read.
      statements =
        attributes.Policy === undefined
          ? unknown(`topic ${TopicArn}: GetTopicAttributes returned no Policy`)
          : policyStatements(attributes.Policy, `topic ${TopicArn}: policy`);
    } else {
      encryption = answer.unknown ?? unknown(`topic ${TopicArn}: no attributes returned`);
      statements = encryption;
    }
    out.add({
      type: 'sns-topic',
      id: TopicArn,
      arn: TopicArn,
      name: TopicArn.split(':').pop(),
      region: out.region,
      origin: out.origin,
      encryption,
      policyStatements: statements,
      subscriptions: isUnknown(subscriptions)
        ? subscriptions
        : (subscriptions.get(TopicArn) ?? { confirmed: 0, pending: 0 }),
    });
  }
}
