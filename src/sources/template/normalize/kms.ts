/** Customer-managed KMS keys; aliases are separate resources attached to their key afterwards. */
import { Unknown } from '../../../inventory/maybe.js';
import type { KmsKey } from '../../../inventory/model.js';
import {
  baseOf,
  boolFact,
  linkFact,
  stringFact,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { keyPolicyStatements } from './kms-policy.js';

export function kmsKey(resource: TemplateResource, index: TemplateIndex): KmsKey {
  const enabled = boolFact(resource, 'Enabled', true);
  const keySpec = stringFact(resource, 'KeySpec');
  const origin = stringFact(resource, 'Origin');
  return {
    type: 'kms-key',
    ...baseOf(resource),
    keyManager: 'CUSTOMER',
    keySpec: keySpec ?? 'SYMMETRIC_DEFAULT',
    keyState: enabled instanceof Unknown ? enabled : enabled ? 'Enabled' : 'Disabled',
    keyMaterialOrigin: origin ?? 'AWS_KMS',
    rotationEnabled: boolFact(resource, 'EnableKeyRotation', false),
    aliases: [],
    policyStatements: keyPolicyStatements(resource, index),
  };
}

/** An alias's name and the inventory id of the key it targets, when both are known. */
export function aliasTarget(resource: TemplateResource): { aliasName: string; keyId: string } | undefined {
  const aliasName = stringFact(resource, 'AliasName');
  const keyId = linkFact(resource, 'TargetKeyId');
  if (typeof aliasName !== 'string' || typeof keyId !== 'string') return undefined;
  return { aliasName, keyId };
}
