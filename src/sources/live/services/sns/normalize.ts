import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { EncryptionAtRest } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_TOPIC_ATTRIBUTES, LIST_TOPICS } from './calls.js';

export function normalizeSns(out: Output): void {
  const topics = out.list(LIST_TOPICS, ['sns-topic']).flatMap((page) => page.Topics ?? []);
  for (const { TopicArn } of topics) {
    if (!TopicArn) continue;
    const answer = out.one(GET_TOPIC_ATTRIBUTES, TopicArn);
    const attributes = answer.value?.Attributes as Record<string, string> | undefined;
    let encryption: Maybe<EncryptionAtRest>;
    if (attributes) {
      encryption = attributes.KmsMasterKeyId
        ? { state: 'kms', keyId: attributes.KmsMasterKeyId }
        : { state: 'unencrypted' };
    } else encryption = answer.unknown ?? unknown(`topic ${TopicArn}: no attributes returned`);
    out.add({
      type: 'sns-topic',
      id: TopicArn,
      arn: TopicArn,
      name: TopicArn.split(':').pop(),
      region: out.region,
      origin: out.origin,
      encryption,
    });
  }
}
