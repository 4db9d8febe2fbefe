/**
 * A data volume an instance declares in its BlockDeviceMappings gets the verdict DescribeVolumes
 * gives the deployed volume: the template's `<stack>/<Instance>/dev/sdf` and the live vol-... .
 */
import type { FakeAccount } from '../../support/aws-server/index.js';
import { volume } from '../../support/aws-server/builders.js';
import { PARITY_REGION, parityCases } from '../../support/parity.js';

function addVolume(account: FakeAccount, id: string, encrypted: boolean): void {
  const region = (account.regions[PARITY_REGION] ??= {});
  const ec2 = (region.ec2 ??= {});
  (ec2.volumes ??= []).push(
    volume(PARITY_REGION, id, {
      encrypted,
      kmsKeyId: `arn:aws:kms:${PARITY_REGION}:111122223333:key/aws-ebs`,
      instance: 'i-0123456789abcdef0',
    }),
  );
}

function instanceWith(ebs: Record<string, unknown>): Record<string, unknown> {
  return {
    Web: {
      Type: 'AWS::EC2::Instance',
      Properties: {
        ImageId: 'ami-0123456789abcdef0',
        BlockDeviceMappings: [{ DeviceName: '/dev/sdf', Ebs: ebs }],
      },
    },
  };
}

parityCases('storage-encrypted', [
  {
    name: "an instance's data volume mapped without Encrypted is unencrypted",
    status: 'FAIL',
    template: { logicalId: 'Web/dev/sdf', resources: instanceWith({ VolumeSize: 20 }) },
    live: {
      id: 'vol-0000000000000p001',
      add: (account) => addVolume(account, 'vol-0000000000000p001', false),
    },
  },
  {
    name: "an instance's data volume mapped with Encrypted: true",
    status: 'PASS',
    template: { logicalId: 'Web/dev/sdf', resources: instanceWith({ VolumeSize: 20, Encrypted: true }) },
    live: {
      id: 'vol-0000000000000p002',
      add: (account) => addVolume(account, 'vol-0000000000000p002', true),
    },
  },
]);
