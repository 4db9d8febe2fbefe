import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import { queueEncryption } from '../../../../inventory/facts/queue-encryption.js';
import type { EncryptionAtRest, PolicyStatement } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_QUEUE_ATTRIBUTES, LIST_QUEUES, olderQueueAttributesInput } from './calls.js';

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

/** The attributes a snapshot recorded before Policy was asked for holds (keyed by queue URL alone). */
function olderAttributes(out: Output, QueueUrl: string): Record<string, string> | undefined {
  const { service, action } = GET_QUEUE_ATTRIBUTES;
  const record = out.raw.get(service, action, out.region, olderQueueAttributesInput(QueueUrl));
  const response = record?.error ? undefined : record?.responses[0];
  if (typeof response !== 'object' || response === null || !('Attributes' in response)) return undefined;
  return response.Attributes as Record<string, string>;
}

export function normalizeSqs(out: Output): void {
  const urls = out.list(LIST_QUEUES, ['sqs-queue']).flatMap((page) => page.QueueUrls ?? []);
  for (const QueueUrl of urls) {
    const name = QueueUrl.split('/').pop() ?? QueueUrl;
    const answer = out.one(GET_QUEUE_ATTRIBUTES, QueueUrl);
    const older = out.fetched(GET_QUEUE_ATTRIBUTES, QueueUrl) ? undefined : olderAttributes(out, QueueUrl);
    const attributes = (answer.value?.Attributes ?? older) as Record<string, string> | undefined;
    const arn = attributes?.QueueArn ?? `arn:${out.partition}:sqs:${out.region}:${out.account}:${name}`;
    let queueEncryption: Maybe<EncryptionAtRest>;
    let statements: Maybe<PolicyStatement[]>;
    if (attributes) {
      queueEncryption = encryption(attributes, name);
      // SQS leaves the Policy attribute out for a queue without a policy.
      statements = older
        ? unknown(
            `queue ${name}: the scan data predates reading queue policies (GetQueueAttributes without Policy)`,
          )
        : attributes.Policy === undefined
          ? []
          : policyStatements(attributes.Policy, `queue ${name}: policy`);
    } else {
      queueEncryption = answer.unknown ?? unknown(`queue ${name}: no attributes returned`);
      statements = queueEncryption;
    }
    out.add({
      type: 'sqs-queue',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      encryption: queueEncryption,
      policyStatements: statements,
    });
  }
}
