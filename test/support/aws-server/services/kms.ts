import type { FakeKmsKey } from '../account.js';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type CallContext, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

function keys(ctx: CallContext): FakeKmsKey[] {
  return regionOf(ctx).kms?.keys ?? [];
}

/** Resolves a key id, key ARN, alias name or alias ARN like KMS does. */
function findKey(ctx: CallContext): FakeKmsKey {
  const ref = required(stringField(ctx.body, 'KeyId'), 'KeyId');
  const aliasName = ref.startsWith('alias/')
    ? ref
    : /^arn:aws[\w-]*:kms:[^:]+:\d+:(alias\/.+)$/.exec(ref)?.[1];
  const keyId = aliasName
    ? regionOf(ctx).kms?.aliases?.find((a) => a.AliasName === aliasName)?.TargetKeyId
    : ref;
  const key = keys(ctx).find((k) => k.metadata.KeyId === keyId || k.metadata.Arn === keyId);
  if (!key) throw new AwsError('NotFoundException', `Key '${ref}' does not exist`, 400);
  return key;
}

function markerPage<T>(ctx: CallContext, items: readonly T[]) {
  const page = paginate(
    items,
    ctx.body.Marker,
    ctx.pageSize(ctx.body.Limit),
    ctx.action,
    'InvalidMarkerException',
  );
  return { items: page.items, NextMarker: page.next, Truncated: page.next !== undefined };
}

export const kms: ServiceDefinition = {
  signingName: 'kms',
  protocol: 'json',
  load: () => import('@aws-sdk/client-kms'),
  operations: {
    ListKeys: (ctx) => {
      const { items, ...rest } = markerPage(
        ctx,
        keys(ctx).map((k) => ({ KeyId: k.metadata.KeyId, KeyArn: k.metadata.Arn })),
      );
      return { Keys: items, ...rest };
    },
    DescribeKey: (ctx) => ({ KeyMetadata: findKey(ctx).metadata }),
    GetKeyRotationStatus: (ctx) => {
      const key = findKey(ctx);
      const { metadata } = key;
      if (metadata.KeyState === 'PendingDeletion' || metadata.KeyState === 'Disabled') {
        throw new AwsError('KMSInvalidStateException', `${metadata.Arn} is ${metadata.KeyState}`, 400);
      }
      if (metadata.KeySpec !== undefined && metadata.KeySpec !== 'SYMMETRIC_DEFAULT') {
        throw new AwsError(
          'UnsupportedOperationException',
          `${metadata.Arn} key type does not support automatic rotation`,
          400,
        );
      }
      const enabled = metadata.KeyManager === 'AWS' ? true : Boolean(key.rotationEnabled);
      return {
        KeyId: metadata.Arn,
        KeyRotationEnabled: enabled,
        RotationPeriodInDays: enabled ? (key.rotationPeriodInDays ?? 365) : undefined,
      };
    },
    ListAliases: (ctx) => {
      const keyId = stringField(ctx.body, 'KeyId');
      const targetId = keyId === undefined ? undefined : findKey(ctx).metadata.KeyId;
      const aliases = (regionOf(ctx).kms?.aliases ?? []).filter(
        (a) => targetId === undefined || a.TargetKeyId === targetId,
      );
      const { items, ...rest } = markerPage(ctx, aliases);
      return { Aliases: items, ...rest };
    },
    GetKeyPolicy: (ctx) => {
      const key = findKey(ctx);
      return {
        PolicyName: 'default',
        Policy:
          key.policy ??
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Enable IAM User Permissions',
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ctx.account.accountId}:root` },
                Action: 'kms:*',
                Resource: '*',
              },
            ],
          }),
      };
    },
  },
};
