/**
 * Who a template's SNS topic delivers to: the topic's own `Subscription` list
 * and the AWS::SNS::Subscription resources that name it. A template cannot
 * show that an email or HTTP endpoint confirmed, so declared subscriptions
 * count as confirmed; a topic with none is Unknown, not unsubscribed, because
 * a subscription is often made outside the stack.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { SnsSubscriptionCount } from '../../../inventory/model.js';
import { linkFact, resourcesOfType, valueAt, type TemplateIndex, type TemplateResource } from './context.js';

/** Whether a subscription's TopicArn names the topic: its inventory id (a Ref), or an ARN ending in its name. */
function namesTopic(target: string, topic: TemplateResource): boolean {
  if (target === topic.id) return true;
  const name = topic.properties.TopicName;
  return typeof name === 'string' && target.endsWith(`:${name}`);
}

export function topicSubscriptions(
  topic: TemplateResource,
  index: TemplateIndex,
): Maybe<SnsSubscriptionCount> {
  let confirmed = 0;
  const doubts: string[] = [];
  const inline = valueAt(topic, 'Subscription');
  if (inline instanceof Unknown) doubts.push(`${topic.logicalId}.Subscription: ${inline.reason}`);
  else if (Array.isArray(inline)) {
    for (const entry of inline) {
      if (entry instanceof Unknown)
        doubts.push(`${topic.logicalId}.Subscription has an entry that may not exist`);
      else if (entry !== null && typeof entry === 'object') confirmed += 1;
    }
  }
  for (const subscription of resourcesOfType(index, 'AWS::SNS::Subscription')) {
    const target = linkFact(subscription, 'TopicArn');
    if (target instanceof Unknown) {
      doubts.push(`${subscription.logicalId}.TopicArn is unresolved: ${target.reason}`);
      continue;
    }
    if (target === undefined || !namesTopic(target, topic)) continue;
    if (subscription.conditional !== undefined)
      doubts.push(`${subscription.logicalId} exists only if condition ${subscription.conditional} holds`);
    else confirmed += 1;
  }
  if (confirmed > 0) return { confirmed, pending: 0 };
  return unknown(
    `topic ${topic.logicalId} has no subscription in the template (one may be made outside it)` +
      (doubts.length > 0 ? `; ${doubts[0]}` : ''),
  );
}
