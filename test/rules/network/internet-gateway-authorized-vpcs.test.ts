import { describe, expect, it } from 'vitest';
import { findingsOf, ruleCases } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const AUTHORIZED = 'vpc-0a1b2c3d4e5f60718';
const OTHER = 'vpc-0fedcba9876543210';

/** A gateway attached to `vpcId` (a literal id or a !Ref to a template VPC), plus `extra` resources. */
const gateway = (vpcId: string, extra = '') => `
Parameters:
  GatewayId: { Type: String }
  VpcParam: { Type: String }
Resources:
  EdgeVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Gateway:
    Type: AWS::EC2::InternetGateway
  Attachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { InternetGatewayId: !Ref Gateway, VpcId: ${vpcId} }${extra}`;

ruleCases('internet-gateway-authorized-vpcs', {
  pass: [
    {
      name: 'attached to a VPC on the list, by id',
      resource: 'Gateway',
      settings: { authorizedVpcIds: [AUTHORIZED] },
      template: gateway(AUTHORIZED),
      says: `attached only to authorized VPC ${AUTHORIZED}`,
    },
    {
      name: 'attached to a template VPC the list names by logical id',
      resource: 'Gateway',
      settings: { authorizedVpcIds: ['EdgeVpc'] },
      template: gateway('!Ref EdgeVpc'),
    },
    {
      name: 'attached to no VPC',
      resource: 'Lonely',
      settings: { authorizedVpcIds: [AUTHORIZED] },
      template: `
Resources:
  Lonely:
    Type: AWS::EC2::InternetGateway`,
      says: 'attached to no VPC',
    },
  ],
  fail: [
    {
      name: 'attached to a VPC not on the list',
      resource: 'Gateway',
      settings: { authorizedVpcIds: [AUTHORIZED] },
      template: gateway(OTHER),
      says: `attached to VPC ${OTHER}, which is not authorized`,
      evidence: { attachedVpcIds: [OTHER], authorizedVpcIds: [AUTHORIZED] },
    },
    {
      name: 'attached to a template VPC the list does not name',
      resource: 'Gateway',
      settings: { authorizedVpcIds: ['SharedVpc', AUTHORIZED] },
      template: gateway('!Ref EdgeVpc'),
    },
    {
      // The unresolved attachment cannot make an unauthorized attachment authorized.
      name: 'attached to a VPC not on the list while another attachment names an unresolved gateway',
      resource: 'Gateway',
      settings: { authorizedVpcIds: [AUTHORIZED] },
      template: gateway(
        OTHER,
        `
  Unattributed:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { InternetGatewayId: !Ref GatewayId, VpcId: ${AUTHORIZED} }`,
      ),
    },
  ],
  unknown: [
    {
      name: 'the VPC comes from a parameter without a value',
      resource: 'Gateway',
      settings: { authorizedVpcIds: [AUTHORIZED] },
      template: gateway('!Ref VpcParam'),
      message: 'VpcParam',
    },
    {
      name: 'another attachment names its gateway by a parameter without a value',
      resource: 'Gateway',
      settings: { authorizedVpcIds: [AUTHORIZED] },
      template: gateway(
        AUTHORIZED,
        `
  Unattributed:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { InternetGatewayId: !Ref GatewayId, VpcId: ${OTHER} }`,
      ),
      message: 'gateway attachment Unattributed names its gateway by a value the template leaves unresolved',
    },
  ],
});

describe('internet-gateway-authorized-vpcs without its setting', () => {
  it('is not evaluated: no finding claims a verdict the allow-list would decide', async () => {
    const inventory = await inventoryFromTemplate(gateway(OTHER));
    expect(findingsOf('internet-gateway-authorized-vpcs', inventory)).toEqual([]);
  });
});
