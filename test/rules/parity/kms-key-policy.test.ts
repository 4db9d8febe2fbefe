import type { FakeAccount } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const KEY_ARN = (id: string) => `arn:aws:kms:${PARITY_REGION}:${PARITY_ACCOUNT}:key/${id}`;

function addKey(account: FakeAccount, id: string, policy?: object): void {
  const region = (account.regions[PARITY_REGION] ??= {});
  const kms = (region.kms ??= { keys: [] });
  kms.keys.push({
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
    ...(policy ? { policy: JSON.stringify(policy) } : {}),
  });
}

const PUBLIC_DECRYPT = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }],
};

parityCases('kms-key-not-public', [
  {
    name: 'the default key policy (account root)',
    status: 'PASS',
    template: {
      logicalId: 'Key',
      resources: { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } },
    },
    live: { id: KEY_ARN('0000aaaa-default'), add: (account) => addKey(account, '0000aaaa-default') },
  },
  {
    name: 'decrypt allowed to everyone',
    status: 'FAIL',
    template: {
      logicalId: 'Open',
      resources: {
        Open: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true, KeyPolicy: PUBLIC_DECRYPT } },
      },
    },
    live: {
      id: KEY_ARN('0000bbbb-open'),
      add: (account) => addKey(account, '0000bbbb-open', PUBLIC_DECRYPT),
    },
  },
]);
