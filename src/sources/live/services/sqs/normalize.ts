import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { EncryptionAtRest } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_QUEUE_ATTRIBUTES, LIST_QUEUES } from './calls.js';

function encryption(attributes: Record<string, string>): EncryptionAtRest {
  if (attributes.KmsMasterKeyId) return { state: 'kms', keyId: attributes.KmsMasterKeyId };
  if (attributes.SqsManagedSseEnabled === 'true') return { state: 'aws-owned' };
  return { state: 'unencrypted' };
}

export function normalizeSqs(out: Output): void {
  const urls = out.list(LIST_QUEUES, ['sqs-queue']).flatMap((page) => page.QueueUrls ?? []);
  for (const QueueUrl of urls) {
    const answer = out.one(GET_QUEUE_ATTRIBUTES, QueueUrl);
    const attributes = answer.value?.Attributes as Record<string, string> | undefined;
    const name = QueueUrl.split('/').pop() ?? QueueUrl;
    const arn = attributes?.QueueArn ?? `arn:${out.partition}:sqs:${out.region}:${out.account}:${name}`;
    let queueEncryption: Maybe<EncryptionAtRest>;
    if (attributes) queueEncryption = encryption(attributes);
    else queueEncryption = answer.unknown ?? unknown(`queue ${name}: no attributes returned`);
    out.add({
      type: 'sqs-queue',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      encryption: queueEncryption,
    });
  }
}
