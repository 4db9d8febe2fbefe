import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { queueEncryption } from '../../../../inventory/facts/queue-encryption.js';
import type { EncryptionAtRest } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_QUEUE_ATTRIBUTES, LIST_QUEUES } from './calls.js';

function encryption(attributes: Record<string, string>, name: string): Maybe<EncryptionAtRest> {
  const managed = attributes.SqsManagedSseEnabled;
  return queueEncryption(
    {
      kmsMasterKeyId: attributes.KmsMasterKeyId,
      sqsManagedSseEnabled: managed === undefined ? undefined : managed === 'true',
    },
    describePlace(`queue ${name}`),
  );
}

export function normalizeSqs(out: Output): void {
  const urls = out.list(LIST_QUEUES, ['sqs-queue']).flatMap((page) => page.QueueUrls ?? []);
  for (const QueueUrl of urls) {
    const answer = out.one(GET_QUEUE_ATTRIBUTES, QueueUrl);
    const attributes = answer.value?.Attributes as Record<string, string> | undefined;
    const name = QueueUrl.split('/').pop() ?? QueueUrl;
    const arn = attributes?.QueueArn ?? `arn:${out.partition}:sqs:${out.region}:${out.account}:${name}`;
    let queueEncryption: Maybe<EncryptionAtRest>;
    if (attributes) queueEncryption = encryption(attributes, name);
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
