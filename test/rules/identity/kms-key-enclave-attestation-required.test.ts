/**
 * kms-key-enclave-attestation-required: a key whose policy gates anything on kms:RecipientAttestation:* must
 * leave no sensitive operation open without it (unless a Deny closes it) and must bind the enclave image.
 */
import { kmsKey, liveInventory } from '../../support/inventory-builder.js';
import { inventoryCases, ruleCases } from '../../support/rule-cases.js';

const PCR0 = 'a'.repeat(96);
const PCR8 = 'b'.repeat(96);
const ZERO = '0'.repeat(96);

/** A template with one key whose policy holds these statements (YAML flow mappings, one a line). */
const key = (...statements: string[]) => `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
${statements.map((statement) => `          - ${statement}`).join('\n')}`;

const ROOT = `Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }`;
const ROLE = `Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/enclave-parent' }`;
const ADMIN = `{ Sid: Admin, Effect: Allow, ${ROOT}, Action: ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'], Resource: '*' }`;
const ENCLAVE = (condition: string) =>
  `{ Sid: Enclave, Effect: Allow, ${ROLE}, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*', Condition: ${condition} }`;
const IMAGE_BOUND = ENCLAVE(
  `{ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': '${PCR0}' } }`,
);
const ROOT_ALL = `{ Sid: Root, Effect: Allow, ${ROOT}, Action: 'kms:*', Resource: '*' }`;
const DENY = (
  condition: string,
  actions = "['kms:Decrypt', 'kms:GenerateDataKey*', 'kms:GenerateRandom', 'kms:DeriveSharedSecret', 'kms:ReEncryptFrom']",
) =>
  `{ Sid: Gate, Effect: Deny, Principal: '*', Action: ${actions}, Resource: '*', Condition: ${condition} }`;

ruleCases('kms-key-enclave-attestation-required', {
  pass: [
    {
      name: 'administrators keep only non-data actions; the parent role decrypts with the image hash',
      resource: 'Key',
      template: key(ADMIN, IMAGE_BOUND),
    },
    {
      name: 'the root keeps kms:*, but a Deny to everyone fires on any other image or none',
      resource: 'Key',
      template: key(
        ROOT_ALL,
        IMAGE_BOUND,
        DENY(
          `{ StringNotEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': '${PCR0}' } }`,
          "'kms:*'",
        ),
      ),
    },
    {
      name: 'PCR0 beside PCR8 (both required) binds the image',
      resource: 'Key',
      template: key(
        ADMIN,
        ENCLAVE(
          `{ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:PCR0': '${PCR0}', 'kms:RecipientAttestation:PCR8': '${PCR8}' } }`,
        ),
      ),
    },
  ],
  fail: [
    {
      name: 'the default root statement with kms:* is a path around the attestation',
      resource: 'Key',
      message: 'statement 1 allows kms:Decrypt without requiring an attestation',
      template: key(ROOT_ALL, IMAGE_BOUND),
    },
    {
      name: 'a key-user statement allows ReEncryptFrom',
      resource: 'Key',
      message: 'allows kms:ReEncryptFrom without requiring an attestation',
      template: key(
        ADMIN,
        IMAGE_BOUND,
        `{ Sid: Users, Effect: Allow, ${ROLE}, Action: 'kms:ReEncrypt*', Resource: '*' }`,
      ),
    },
    {
      name: 'only the signing certificate (PCR8) is bound',
      resource: 'Key',
      message: 'binds only PCR8, not the enclave image',
      template: key(
        ADMIN,
        ENCLAVE(`{ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:PCR8': '${PCR8}' } }`),
      ),
    },
    {
      name: 'the all-zero PCR0 of a debug-mode enclave',
      resource: 'Key',
      message: 'debug-mode',
      template: key(
        ADMIN,
        ENCLAVE(`{ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:PCR0': '${ZERO}' } }`),
      ),
    },
    {
      name: 'StringEqualsIfExists holds when no attestation is sent',
      resource: 'Key',
      message: 'without requiring an attestation',
      template: key(
        ADMIN,
        ENCLAVE(`{ StringEqualsIfExists: { 'kms:RecipientAttestation:ImageSha384': '${PCR0}' } }`),
      ),
    },
    {
      name: 'a Deny on a missing attestation closes the root path, but accepts any image',
      resource: 'Key',
      message: 'only that an attestation document is present',
      template: key(
        ROOT_ALL,
        IMAGE_BOUND,
        DENY(`{ 'Null': { 'kms:RecipientAttestation:ImageSha384': 'true' } }`, "'kms:*'"),
      ),
    },
    {
      name: 'a Deny that names only Decrypt leaves GenerateDataKey open',
      resource: 'Key',
      message: 'allows kms:GenerateDataKey without requiring an attestation',
      template: key(
        ROOT_ALL,
        IMAGE_BOUND,
        DENY(
          `{ StringNotEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': '${PCR0}' } }`,
          "'kms:Decrypt'",
        ),
      ),
    },
  ],
  unknown: [
    {
      name: 'a Deny with a further condition may or may not close the root path',
      resource: 'Key',
      message: 'a Deny with further conditions may close it',
      template: key(
        ROOT_ALL,
        IMAGE_BOUND,
        `{ Sid: Gate, Effect: Deny, Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': '${PCR0}' }, StringEquals: { 'aws:PrincipalType': AssumedRole } } }`,
      ),
    },
    {
      name: 'the attestation value comes from a parameter without a value',
      resource: 'Key',
      template: `
Parameters:
  ImageHash: { Type: String }
${key(ADMIN, ENCLAVE(`{ StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': !Ref ImageHash } }`)).trimStart()}`,
    },
  ],
  notApplicable: [
    {
      name: 'no KeyPolicy: the default policy gates nothing on attestation',
      resource: 'Key',
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true }`,
    },
    { name: 'a policy without attestation conditions', resource: 'Key', template: key(ROOT_ALL) },
  ],
});

inventoryCases('kms-key-enclave-attestation-required', {
  unknown: [
    {
      name: 'a source that reads condition keys but not their values',
      message: 'only its condition keys were read',
      inventory: () =>
        liveInventory([
          kmsKey({
            policyStatements: [
              {
                effect: 'Allow',
                principals: ['arn:aws:iam::123456789012:role/enclave-parent'],
                actions: ['kms:Decrypt'],
                conditionKeys: ['kms:recipientattestation:imagesha384'],
              },
            ],
          }),
        ]),
    },
  ],
  notApplicable: [
    { name: 'an AWS-managed key', inventory: () => liveInventory([kmsKey({ keyManager: 'AWS' })]) },
  ],
});
