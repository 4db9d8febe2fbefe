import type { FakeAccount } from '../../support/aws-server/index.js';
import {
  clientVpnEndpoint,
  instance,
  launchTemplateVersion,
  transitGateway,
} from '../../support/aws-server/ec2-objects.js';
import { PARITY_REGION, parityCases } from '../../support/parity.js';

function ec2Of(account: FakeAccount) {
  const region = (account.regions[PARITY_REGION] ??= {});
  return (region.ec2 ??= {});
}

parityCases('launch-template-no-public-ip', [
  {
    name: 'a template whose interface asks for a public IP',
    status: 'FAIL',
    template: {
      logicalId: 'Public',
      resources: {
        Public: {
          Type: 'AWS::EC2::LaunchTemplate',
          Properties: {
            LaunchTemplateData: { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }] },
          },
        },
      },
    },
    live: {
      id: 'lt-00000000000000p01',
      add: (account) =>
        (ec2Of(account).launchTemplateVersions ??= []).push(
          launchTemplateVersion('lt-00000000000000p01', 'public', { publicIp: true }),
        ),
    },
  },
]);

parityCases('ec2-imdsv2-required', [
  {
    name: 'a launch template without MetadataOptions',
    status: 'FAIL',
    template: {
      logicalId: 'Plain',
      resources: {
        Plain: {
          Type: 'AWS::EC2::LaunchTemplate',
          Properties: { LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0' } },
        },
      },
    },
    live: {
      id: 'lt-00000000000000p02',
      add: (account) =>
        (ec2Of(account).launchTemplateVersions ??= []).push(
          launchTemplateVersion('lt-00000000000000p02', 'plain', {}),
        ),
    },
  },
  {
    name: 'a launch template requiring tokens',
    status: 'PASS',
    template: {
      logicalId: 'Hardened',
      resources: {
        Hardened: {
          Type: 'AWS::EC2::LaunchTemplate',
          Properties: { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } },
        },
      },
    },
    live: {
      id: 'lt-00000000000000p03',
      add: (account) =>
        (ec2Of(account).launchTemplateVersions ??= []).push(
          launchTemplateVersion('lt-00000000000000p03', 'hardened', { httpTokens: 'required' }),
        ),
    },
  },
]);

parityCases('ec2-detailed-monitoring', [
  {
    name: 'an instance with basic monitoring',
    status: 'FAIL',
    template: {
      logicalId: 'Box',
      resources: { Box: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-0123456789abcdef0' } } },
    },
    live: {
      id: 'i-00000000000000p01',
      add: (account) =>
        (ec2Of(account).instances ??= []).push(instance('i-00000000000000p01', { monitoring: 'disabled' })),
    },
  },
]);

parityCases('transit-gateway-no-auto-accept', [
  {
    name: 'a transit gateway accepting shared attachments',
    status: 'FAIL',
    template: {
      logicalId: 'Hub',
      resources: {
        Hub: { Type: 'AWS::EC2::TransitGateway', Properties: { AutoAcceptSharedAttachments: 'enable' } },
      },
    },
    live: {
      id: 'tgw-00000000000000p01',
      add: (account) =>
        (ec2Of(account).transitGateways ??= []).push(transitGateway('tgw-00000000000000p01', true)),
    },
  },
]);

parityCases('client-vpn-connection-logging', [
  {
    name: 'a Client VPN endpoint logging connections',
    status: 'PASS',
    template: {
      logicalId: 'Vpn',
      resources: {
        Vpn: {
          Type: 'AWS::EC2::ClientVpnEndpoint',
          Properties: {
            ClientCidrBlock: '10.100.0.0/22',
            ServerCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
            AuthenticationOptions: [],
            ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: '/vpn' },
          },
        },
      },
    },
    live: {
      id: 'cvpn-endpoint-000000000000p01',
      add: (account) =>
        (ec2Of(account).clientVpnEndpoints ??= []).push(
          clientVpnEndpoint('cvpn-endpoint-000000000000p01', true),
        ),
    },
  },
]);
