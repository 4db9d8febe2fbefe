/** An SQS queue's encryption at rest: SSE-KMS with a key, else SSE-SQS, else none. */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { EncryptionAtRest } from '../model.js';
import { MaybeAbsent, type Place, type Raw } from './place.js';

/**
 * A queue created without SqsManagedSseEnabled has SSE-SQS: "When
 * SqsManagedSseEnabled is not defined, SSE-SQS encryption is enabled by
 * default" (AWS::SQS::Queue SqsManagedSseEnabled; SQS CreateQueue attributes).
 */
export const SSE_SQS_CREATE_DEFAULT = true;

/**
 * A described queue without the attribute is read as SSE-SQS off: GetQueueAttributes
 * reports `SqsManagedSseEnabled` "true" when it is on, and "off" is the reading
 * that cannot hide an unencrypted queue.
 */
export const SSE_SQS_DESCRIBE_ABSENT = false;

export function queueEncryption(
  fields: { kmsMasterKeyId: Raw<string>; sqsManagedSseEnabled: Raw<boolean> },
  place: Place,
): Maybe<EncryptionAtRest> {
  const { kmsMasterKeyId: keyId } = fields;
  const managed =
    fields.sqsManagedSseEnabled ??
    (place.from === 'create' ? SSE_SQS_CREATE_DEFAULT : SSE_SQS_DESCRIBE_ABSENT);
  if (keyId instanceof MaybeAbsent) {
    // With the key: SSE-KMS; without it: SSE-SQS, unless that is off.
    if (managed === true) return { state: 'kms', keyId };
    return unknown(`${place.field('KmsMasterKeyId')} may be absent (${keyId.reason}), and SSE-SQS is off`);
  }
  if (keyId !== undefined && keyId !== '') return { state: 'kms', keyId };
  if (isUnknown(managed)) return managed;
  return managed ? { state: 'aws-owned' } : { state: 'unencrypted' };
}
