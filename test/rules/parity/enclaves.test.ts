/** The Nitro Enclaves rules give the same verdict on a template and on the account it deploys. */
import type { FakeAccount } from '../../support/aws-server/index.js';
import { instance } from '../../support/aws-server/ec2-objects.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const PCR0 = 'a'.repeat(96);
const KEY_ARN = (id: string) => `arn:aws:kms:${PARITY_REGION}:${PARITY_ACCOUNT}:key/${id}`;

function regionOf(account: FakeAccount) {
  return (account.regions[PARITY_REGION] ??= {});
}

parityCases('ec2-enclave-host-hardened', [
  {
    name: 'an enclave parent that allows IMDSv1',
    status: 'FAIL',
    message: 'allows IMDSv1',
    template: {
      logicalId: 'Parent',
      resources: {
        Lt: {
          Type: 'AWS::EC2::LaunchTemplate',
          Properties: {
            LaunchTemplateData: {
              EnclaveOptions: { Enabled: true },
              MetadataOptions: { HttpTokens: 'optional' },
            },
          },
        },
        Parent: {
          Type: 'AWS::EC2::Instance',
          Properties: {
            ImageId: 'ami-0123456789abcdef0',
            LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' },
          },
        },
      },
    },
    live: {
      id: 'i-00000000000000e01',
      add: (account) =>
        ((regionOf(account).ec2 ??= {}).instances ??= []).push(
          instance('i-00000000000000e01', { httpTokens: 'optional', enclaves: true }),
        ),
    },
  },
  {
    name: 'an instance without enclaves',
    status: 'NOT_APPLICABLE',
    template: {
      logicalId: 'Plain',
      resources: { Plain: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-0123456789abcdef0' } } },
    },
    live: {
      id: 'i-00000000000000e02',
      add: (account) =>
        ((regionOf(account).ec2 ??= {}).instances ??= []).push(instance('i-00000000000000e02')),
    },
  },
]);

/** The same policy on both sides: the template's root principal resolves to the parity account's. */
const policy = (withRootData: boolean) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PARITY_ACCOUNT}:root` },
      Action: withRootData ? 'kms:*' : ['kms:Describe*', 'kms:List*', 'kms:Get*', 'kms:Put*'],
      Resource: '*',
    },
    {
      Sid: 'Enclave',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PARITY_ACCOUNT}:role/enclave-parent` },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: '*',
      Condition: { StringEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': PCR0 } },
    },
  ],
});

function addKey(account: FakeAccount, id: string, keyPolicy: object): void {
  (regionOf(account).kms ??= { keys: [] }).keys.push({
    metadata: {
      KeyId: id,
      Arn: KEY_ARN(id),
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      Enabled: true,
    },
    rotationEnabled: true,
    policy: JSON.stringify(keyPolicy),
  });
}

parityCases('kms-key-enclave-attestation-required', [
  {
    name: 'the root keeps kms:* beside the attested statement',
    status: 'FAIL',
    message: 'statement 1 allows kms:Decrypt without requiring an attestation',
    template: {
      logicalId: 'Bypassed',
      resources: { Bypassed: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: policy(true) } } },
    },
    live: {
      id: KEY_ARN('0000eeee-bypassed'),
      add: (account) => addKey(account, '0000eeee-bypassed', policy(true)),
    },
  },
  {
    name: 'only the attested statement can decrypt',
    status: 'PASS',
    template: {
      logicalId: 'Gated',
      resources: { Gated: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: policy(false) } } },
    },
    live: {
      id: KEY_ARN('0000eeee-gated'),
      add: (account) => addKey(account, '0000eeee-gated', policy(false)),
    },
  },
]);
