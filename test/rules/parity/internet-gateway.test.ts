import type { FakeAccount } from '../../support/aws-server/index.js';
import { IGW_ATTACHED } from '../../support/aws-server/builders.js';
import { PARITY_REGION, parityCases } from '../../support/parity.js';

const AUTHORIZED = 'vpc-0a1b2c3d4e5f60718';
const OTHER = 'vpc-0fedcba9876543210';

function addGateway(account: FakeAccount, id: string, vpcIds: string[]): void {
  const ec2 = ((account.regions[PARITY_REGION] ??= {}).ec2 ??= {});
  (ec2.internetGateways ??= []).push({
    InternetGatewayId: id,
    OwnerId: '111122223333',
    Attachments: vpcIds.map(IGW_ATTACHED),
  });
}

const attached = (vpcId: string) => ({
  Gateway: { Type: 'AWS::EC2::InternetGateway' },
  Attachment: {
    Type: 'AWS::EC2::VPCGatewayAttachment',
    Properties: { InternetGatewayId: { Ref: 'Gateway' }, VpcId: vpcId },
  },
});

parityCases(
  'internet-gateway-authorized-vpcs',
  [
    {
      name: 'attached to an authorized VPC',
      status: 'PASS',
      template: { logicalId: 'Gateway', resources: attached(AUTHORIZED) },
      live: {
        id: 'igw-0000000000000a001',
        add: (account) => addGateway(account, 'igw-0000000000000a001', [AUTHORIZED]),
      },
    },
    {
      name: 'attached to another VPC',
      status: 'FAIL',
      message: `attached to VPC ${OTHER}, which is not authorized`,
      template: { logicalId: 'Gateway', resources: attached(OTHER) },
      live: {
        id: 'igw-0000000000000a002',
        add: (account) => addGateway(account, 'igw-0000000000000a002', [OTHER]),
      },
    },
    {
      name: 'attached to no VPC',
      status: 'PASS',
      template: { logicalId: 'Gateway', resources: { Gateway: { Type: 'AWS::EC2::InternetGateway' } } },
      live: {
        id: 'igw-0000000000000a003',
        add: (account) => addGateway(account, 'igw-0000000000000a003', []),
      },
    },
  ],
  { authorizedVpcIds: [AUTHORIZED] },
);
