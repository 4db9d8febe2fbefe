import type { DescribeKeyCommandOutput } from '@aws-sdk/client-kms';
import type { Maybe } from '../../../../inventory/maybe.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { KmsKey } from '../../../../inventory/model.js';
import type { Json, Output } from '../../normalize/raw.js';
import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import type { PolicyStatement } from '../../../../inventory/model.js';
import { DESCRIBE_KEY, GET_KEY_POLICY, GET_KEY_ROTATION_STATUS, LIST_ALIASES, LIST_KEYS } from './calls.js';

/** Read for customer-managed keys only; undefined for AWS-managed ones (AWS writes their policies). */
function keyPolicy(
  out: Output,
  keyId: string,
  metadata: Metadata | undefined,
): Maybe<PolicyStatement[]> | undefined {
  if (!metadata) return unknown(`KMS key ${keyId}: metadata could not be read`);
  if (metadata.KeyManager !== 'CUSTOMER') return undefined;
  const answer = out.one(GET_KEY_POLICY, keyId);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound || typeof answer.value.Policy !== 'string')
    return unknown(`KMS key ${keyId}: GetKeyPolicy returned no policy`);
  return policyStatements(answer.value.Policy, `KMS key ${keyId} key policy`);
}

type Metadata = NonNullable<Json<DescribeKeyCommandOutput>['KeyMetadata']>;

function rotation(out: Output, keyId: string, metadata: Metadata | undefined): Maybe<boolean> {
  if (!metadata) return unknown(`KMS key ${keyId}: metadata could not be read`);
  // AWS rotates its managed keys every year; other non-rotatable keys are judged on their spec.
  if (metadata.KeyManager === 'AWS') return true;
  if (metadata.KeySpec !== 'SYMMETRIC_DEFAULT' || metadata.Origin !== 'AWS_KMS') return false;
  const status = out.one(GET_KEY_ROTATION_STATUS, keyId);
  if (status.unknown) return status.unknown;
  if (status.notFound) return unknown(`KMS key ${keyId}: rotation status not found`);
  if (typeof status.value.KeyRotationEnabled !== 'boolean') {
    return unknown(`KMS key ${keyId}: GetKeyRotationStatus did not say whether rotation is enabled`);
  }
  return status.value.KeyRotationEnabled;
}

export function normalizeKms(out: Output): void {
  const keyPages = out.list(LIST_KEYS, ['kms-key']);
  // Unread aliases leave `aliases` empty: a reference by alias then resolves to no key, which is Unknown.
  const aliasPages = out.list(LIST_ALIASES, []);
  const aliasesByKey = new Map<string, string[]>();
  for (const alias of aliasPages.flatMap((page) => page.Aliases ?? [])) {
    if (!alias.TargetKeyId || !alias.AliasName) continue;
    aliasesByKey.set(alias.TargetKeyId, [...(aliasesByKey.get(alias.TargetKeyId) ?? []), alias.AliasName]);
  }

  for (const entry of keyPages.flatMap((page) => page.Keys ?? [])) {
    const keyId = entry.KeyId;
    if (!keyId) continue;
    const described = out.one(DESCRIBE_KEY, keyId);
    const metadata = described.value?.KeyMetadata;
    const missing = described.unknown ?? unknown(`KMS key ${keyId}: DescribeKey returned no metadata`);
    const aliases = aliasesByKey.get(keyId) ?? [];
    const key: KmsKey = {
      type: 'kms-key',
      id: entry.KeyArn ?? metadata?.Arn ?? keyId,
      arn: entry.KeyArn ?? metadata?.Arn,
      name: aliases[0] ?? keyId,
      region: out.region,
      origin: out.origin,
      keyManager:
        metadata?.KeyManager === 'AWS' || metadata?.KeyManager === 'CUSTOMER' ? metadata.KeyManager : missing,
      keySpec: metadata?.KeySpec ?? metadata?.CustomerMasterKeySpec ?? missing,
      keyState: metadata?.KeyState ?? missing,
      keyMaterialOrigin: metadata?.Origin ?? missing,
      rotationEnabled: rotation(out, keyId, metadata),
      aliases,
      policyStatements: keyPolicy(out, keyId, metadata),
    };
    out.add(key);
  }
}
