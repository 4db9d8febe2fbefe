/**
 * Stores whose encryption at rest is a flag plus an optional KMS key: EBS
 * volumes and EFS file systems (`Encrypted`, `KmsKeyId`), RDS instances and
 * clusters (`StorageEncrypted`, `KmsKeyId`).
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { EncryptionAtRest } from '../model.js';
import { absent, MaybeAbsent, type Place, type Raw } from './place.js';

/**
 * An unset flag creates an unencrypted store: EC2 CreateVolume `Encrypted`, EFS
 * CreateFileSystem `Encrypted` (default false), RDS CreateDBInstance and
 * CreateDBCluster `StorageEncrypted` (default: not encrypted), and the
 * CloudFormation properties passed to them. (An account's EBS encryption by
 * default is not in a template; it is checked by `ebs-encryption-by-default`.)
 */
export const ENCRYPTED_FLAG_CREATE_DEFAULT = false;

/**
 * Naming a key implies encryption in a template: RDS ("If you specify KmsKeyId,
 * you must set StorageEncrypted to true"), EFS and EBS reject a key on an
 * unencrypted store, so a stack that deploys with a key has an encrypted one.
 * An encrypted store without a key uses the service's AWS-managed key
 * (aws/ebs, aws/elasticfilesystem, aws/rds): `keyId` undefined.
 */
export interface FlagEncryptionFields {
  encrypted: Raw<boolean>;
  keyId: Raw<string>;
}

export function flagEncryption(
  fields: FlagEncryptionFields,
  place: Place,
  names: { flag: string; key: string },
): Maybe<EncryptionAtRest> {
  const { keyId } = fields;
  let encrypted = fields.encrypted;
  if (isUnknown(encrypted)) return encrypted;
  if (encrypted === undefined) {
    if (place.from === 'describe') return absent(place, names.flag);
    encrypted = ENCRYPTED_FLAG_CREATE_DEFAULT;
  }
  if (!encrypted) {
    if (place.from === 'describe' || keyId === undefined) return { state: 'unencrypted' };
    if (keyId instanceof MaybeAbsent) {
      return unknown(
        `${place.field(names.key)} may be absent (${keyId.reason}), and without it ${names.flag} is not true, so the store may be unencrypted`,
      );
    }
  }
  // Described encrypted stores always name their key; one that does not was not read.
  if (keyId === undefined && place.from === 'describe')
    return { state: 'kms', keyId: absent(place, names.key, 'an encrypted store reports its key') };
  return { state: 'kms', keyId };
}
