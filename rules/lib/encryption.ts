/**
 * How strongly a store is encrypted at rest, shared by `storage-encrypted` and
 * `storage-encrypted-with-cmk` so both rules read the facts the same way.
 */
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, type Maybe, type Unknown } from '../../src/inventory/maybe.js';
import type { EncryptionAtRest, Resource } from '../../src/inventory/model.js';

export type AtRestLevel =
  | { level: 'unencrypted' }
  | { level: 'aws-owned' }
  | { level: 'aws-managed'; keyId?: string }
  | { level: 'customer-managed'; keyId: string }
  /** KMS encryption is certain; whose key it is could not be established. */
  | { level: 'kms (manager unknown)'; keyId?: string; reason: string };

export function atRestLevel(encryption: EncryptionAtRest, inventory: Inventory): AtRestLevel {
  if (encryption.state === 'unencrypted') return { level: 'unencrypted' };
  if (encryption.state === 'aws-owned') return { level: 'aws-owned' };
  const levels = [encryption.keyId, ...(encryption.otherKeyIds ?? [])].map((keyId) =>
    keyLevel(keyId, inventory),
  );
  // Every copy of the data must reach a level for the store to reach it.
  return (
    levels.find((level) => level.level === 'aws-managed') ??
    levels.find((level) => level.level === 'kms (manager unknown)') ??
    (levels[0] as AtRestLevel)
  );
}

function keyLevel(keyId: Maybe<string | undefined>, inventory: Inventory): AtRestLevel {
  if (isUnknown(keyId)) return { level: 'kms (manager unknown)', reason: keyId.reason };
  if (keyId === undefined) return { level: 'aws-managed' };
  const keyClass = inventory.classifyKey(keyId);
  if (isUnknown(keyClass)) return { level: 'kms (manager unknown)', keyId, reason: keyClass.reason };
  return keyClass === 'aws-managed' ? { level: 'aws-managed', keyId } : { level: 'customer-managed', keyId };
}

export function describeLevel(level: AtRestLevel): string {
  switch (level.level) {
    case 'unencrypted':
      return 'not encrypted at rest';
    case 'aws-owned':
      return 'encrypted with an AWS-owned key (service default)';
    case 'aws-managed':
      return `encrypted with the AWS-managed KMS key${level.keyId ? ` ${level.keyId}` : ''}`;
    case 'customer-managed':
      return `encrypted with customer-managed KMS key ${level.keyId}`;
    case 'kms (manager unknown)':
      return `encrypted with KMS key ${level.keyId ?? '(unresolved)'}, whose manager is unknown`;
  }
}

export function levelEvidence(level: AtRestLevel): Record<string, string | undefined> {
  return {
    encryption: level.level,
    keyId: 'keyId' in level ? level.keyId : undefined,
    keyManagerUnknownBecause: level.level === 'kms (manager unknown)' ? level.reason : undefined,
  };
}

/**
 * Aurora instances keep their storage in the cluster, which carries the
 * encryption and the subnet group. `true`: a cluster member; Unknown: cannot tell.
 */
export function isAuroraMember(resource: Resource): boolean | Unknown {
  if (resource.type !== 'rds-db-instance' || resource.clusterId === undefined) return false;
  if (isUnknown(resource.clusterId)) return resource.clusterId;
  return true;
}
