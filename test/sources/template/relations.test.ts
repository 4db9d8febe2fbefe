import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../../src/inventory/inventory.js';
import { isUnknown } from '../../../src/inventory/maybe.js';
import type { ResourceOf, ResourceType } from '../../../src/inventory/model.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { inventoryFromTemplate } from '../../support/template.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/templates');

function byId<T extends ResourceType>(inventory: Inventory, type: T, id: string): ResourceOf<T> {
  const found = inventory.ofType(type).find((resource) => resource.id === id);
  if (!found) throw new Error(`${type} ${id} not in inventory`);
  return found;
}

describe('DB -> subnet group -> subnets -> route table -> internet gateway', async () => {
  const { inventory } = await loadTemplateSource(['network-db.yaml'], {
    parameters: {},
    parameterFiles: [],
    cwd: FIXTURES,
  });

  it('follows the public database to a route 0.0.0.0/0 via the attached internet gateway', () => {
    const db = byId(inventory, 'rds-db-instance', 'network-db/PublicDb');
    expect(db.subnetGroupId).toBe('network-db/PublicGroup');
    const subnets = inventory.subnetsOf(db);
    if (isUnknown(subnets)) throw new Error(subnets.reason);
    expect(subnets.map((subnet) => subnet.id)).toEqual(['network-db/PublicSubnet']);
    const table = inventory.routeTableOf(subnets[0]!);
    if (isUnknown(table)) throw new Error(table.reason);
    expect(table.id).toBe('network-db/PublicRoutes');
    expect(table.routes).toContainEqual({
      destination: '0.0.0.0/0',
      target: { kind: 'internet-gateway', id: 'network-db/Gateway' },
    });
    const gateway = byId(inventory, 'ec2-internet-gateway', 'network-db/Gateway');
    expect(gateway.vpcIds).toEqual(['network-db/Vpc']);
  });

  it('resolves a subnet without an association to the VPC main route table (local route only)', () => {
    const db = byId(inventory, 'rds-db-instance', 'network-db/PrivateDb');
    const subnets = inventory.subnetsOf(db);
    if (isUnknown(subnets)) throw new Error(subnets.reason);
    const table = inventory.routeTableOf(subnets[0]!);
    if (isUnknown(table)) throw new Error(table.reason);
    expect(table.isMain).toBe(true);
    expect(table.vpcId).toBe('network-db/Vpc');
    expect(table.routes).toEqual([{ destination: 'local', target: { kind: 'local' } }]);
  });

  it('records the origin of each resource', () => {
    const db = byId(inventory, 'rds-db-instance', 'network-db/PrivateDb');
    expect(db.origin).toMatchObject({
      kind: 'template',
      file: 'network-db.yaml',
      logicalId: 'PrivateDb',
      stack: 'network-db',
      cfnType: 'AWS::RDS::DBInstance',
    });
    expect(db.origin.kind === 'template' && db.origin.line).toBe(61);
  });
});

describe('RDS default for an unset PubliclyAccessible', () => {
  it('is public when the VPC of its subnets has an internet gateway attached', async () => {
    const { inventory } = await loadTemplateSource(['network-db.yaml'], {
      parameters: {},
      parameterFiles: [],
      cwd: FIXTURES,
    });
    expect(byId(inventory, 'rds-db-instance', 'network-db/UnsetDb').publiclyAccessible).toBe(true);
  });

  it('is private when the VPC has no internet gateway, Unknown when the VPC is outside the templates', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Subnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 } }
  ForeignSubnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-123, CidrBlock: 10.0.0.0/24 } }
  Group: { Type: AWS::RDS::DBSubnetGroup, Properties: { DBSubnetGroupDescription: g, SubnetIds: [!Ref Subnet] } }
  ForeignGroup:
    Type: AWS::RDS::DBSubnetGroup
    Properties: { DBSubnetGroupDescription: g, SubnetIds: [!Ref ForeignSubnet] }
  Db: { Type: AWS::RDS::DBInstance, Properties: { Engine: mysql, DBSubnetGroupName: !Ref Group } }
  ForeignDb: { Type: AWS::RDS::DBInstance, Properties: { Engine: mysql, DBSubnetGroupName: !Ref ForeignGroup } }
`);
    expect(byId(inventory, 'rds-db-instance', 'template/Db').publiclyAccessible).toBe(false);
    const foreign = byId(inventory, 'rds-db-instance', 'template/ForeignDb').publiclyAccessible;
    expect(isUnknown(foreign) && foreign.reason).toContain('VPC vpc-123 is not in the templates');
  });
});

describe('unresolvable relations are Unknown, never a guess', () => {
  it('subnet ids from a parameter without a value make the subnets Unknown', async () => {
    const inventory = await inventoryFromTemplate(`
Parameters:
  DbSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
Resources:
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: db
      SubnetIds: !Ref DbSubnetIds
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBSubnetGroupName: !Ref Group
`);
    const subnets = inventory.subnetsOf(byId(inventory, 'rds-db-instance', 'template/Db'));
    expect(isUnknown(subnets) && subnets.reason).toContain(
      'parameter DbSubnetIds has no value; pass --parameters DbSubnetIds=...',
    );
  });

  it('subnet ids given as a parameter are split into a list and point outside the inventory', async () => {
    const inventory = await inventoryFromTemplate(
      `
Parameters:
  DbSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
Resources:
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: db
      SubnetIds: !Ref DbSubnetIds
`,
      { parameters: { DbSubnetIds: 'subnet-1,subnet-2' } },
    );
    expect(byId(inventory, 'rds-db-subnet-group', 'template/Group').subnetIds).toEqual([
      'subnet-1',
      'subnet-2',
    ]);
  });

  it('a route whose RouteTableId cannot be resolved makes every route table Unknown', async () => {
    const inventory = await inventoryFromTemplate(`
Parameters:
  TableId:
    Type: String
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Table:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Route:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref TableId
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: igw-123
`);
    for (const table of inventory.ofType('ec2-route-table')) {
      expect(isUnknown(table.routes) && table.routes.reason).toContain('TableId has no value');
    }
  });

  it('an association with a route table outside the templates gives that subnet Unknown routes', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 }
  Association:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref Subnet, RouteTableId: rtb-0abc }
`);
    const table = inventory.routeTableOf(byId(inventory, 'ec2-subnet', 'template/Subnet'));
    if (isUnknown(table)) throw new Error(table.reason);
    expect(table.id).toBe('rtb-0abc');
    expect(isUnknown(table.routes)).toBe(true);
  });

  it("a literal 'igw-' gateway is an internet gateway; a NAT gateway is another target", async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Table:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-1 }
  ToIgw:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-9 }
  ToNat:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Table, DestinationIpv6CidrBlock: ::/0, NatGatewayId: nat-1 }
`);
    expect(byId(inventory, 'ec2-route-table', 'template/Table').routes).toEqual([
      { destination: 'local', target: { kind: 'local' } },
      { destination: '0.0.0.0/0', target: { kind: 'internet-gateway', id: 'igw-9' } },
      { destination: '::/0', target: { kind: 'other', id: 'nat-1', description: 'NAT gateway' } },
    ]);
  });
});

describe('Ref and GetAtt link resources by inventory id', () => {
  it('links storage to its KMS key through GetAtt Arn, Ref and an alias', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Key:
    Type: AWS::KMS::Key
  Alias:
    Type: AWS::KMS::Alias
    Properties: { AliasName: alias/app, TargetKeyId: !Ref Key }
  Queue:
    Type: AWS::SQS::Queue
    Properties: { KmsMasterKeyId: !GetAtt Key.Arn }
  Topic:
    Type: AWS::SNS::Topic
    Properties: { KmsMasterKeyId: !Ref Alias }
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { KmsKeyId: !Ref Key }
`);
    const key = byId(inventory, 'kms-key', 'template/Key');
    expect(key.aliases).toEqual(['alias/app']);
    for (const [type, id] of [
      ['sqs-queue', 'template/Queue'],
      ['sns-topic', 'template/Topic'],
      ['log-group', 'template/Logs'],
    ] as const) {
      expect(byId(inventory, type, id).encryption).toEqual({ state: 'kms', keyId: 'template/Key' });
    }
    expect(inventory.classifyKey('template/Key')).toBe('customer-managed');
  });

  it('links listeners to their load balancer and adds listener rule actions', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [subnet-1, subnet-2] }
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: HTTP
      Port: 80
      DefaultActions:
        - Type: redirect
          RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 }
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Http
      Priority: 1
      Conditions: []
      Actions:
        - Type: forward
          TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/x/1
`);
    const listener = byId(inventory, 'elbv2-listener', 'template/Http');
    const lb = inventory.loadBalancerOf(listener);
    expect(!isUnknown(lb) && lb.id).toBe('template/Lb');
    expect(!isUnknown(lb) && [lb.scheme, lb.lbType]).toEqual(['internet-facing', 'application']);
    expect(listener.port).toBe(80);
    expect(listener.sslPolicy).toBeUndefined();
    expect(listener.actions).toEqual([
      { type: 'redirect', redirectProtocol: 'HTTPS' },
      { type: 'forward', redirectProtocol: undefined },
    ]);
  });

  it('resolves a web ACL association to a load balancer and to an API stage built with Fn::Sub or Fn::Join', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties: { Scope: REGIONAL, DefaultAction: { Allow: {} }, VisibilityConfig: {} }
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api, EndpointConfiguration: { Types: [REGIONAL] } }
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: v1 }
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: !Ref Deployment }
  LbAcl:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: { ResourceArn: !Ref Lb, WebACLArn: !GetAtt Acl.Arn }
  SubAcl:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/v1
      WebACLArn: !GetAtt Acl.Arn
  JoinAcl:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Join ['', ['arn:aws:apigateway:', !Ref 'AWS::Region', '::/restapis/', !Ref Api, '/stages/', !Ref Stage]]
      WebACLArn: !GetAtt Acl.Arn
`);
    const lb = byId(inventory, 'elbv2-load-balancer', 'template/Lb');
    expect(inventory.webAclsFor(lb)).toEqual(['template/Acl']);
    const prod = byId(inventory, 'apigateway-stage', 'template/Stage');
    expect(prod.endpointTypes).toEqual(['REGIONAL']);
    expect(inventory.webAclsFor(prod)).toEqual(['template/Acl']);
    const v1 = byId(inventory, 'apigateway-stage', 'template/Deployment');
    expect(v1.stageName).toBe('v1');
    expect(inventory.webAclsFor(v1)).toEqual(['template/Acl']);
  });
});

describe('a route under a Condition that cannot be decided', () => {
  it('makes an internet-gateway route Unknown, so db-subnets-private is UNKNOWN rather than a guess', async () => {
    const { runRules } = await import('../../../src/engine/run.js');
    const { allRules } = await import('../../../rules/index.js');
    const inventory = await inventoryFromTemplate(`
Parameters:
  Exposed: { Type: String }
Conditions:
  IsExposed: !Equals [!Ref Exposed, 'yes']
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Gateway: { Type: AWS::EC2::InternetGateway }
  Attach: { Type: AWS::EC2::VPCGatewayAttachment, Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Gateway } }
  Subnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 } }
  Routes: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Routes } }
  Default:
    Type: AWS::EC2::Route
    Condition: IsExposed
    Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway }
  Group: { Type: AWS::RDS::DBSubnetGroup, Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref Subnet] } }
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, DBSubnetGroupName: !Ref Group, PubliclyAccessible: false, StorageEncrypted: true }
`);
    const [finding] = runRules(inventory, allRules, { only: ['db-subnets-private'] });
    expect(finding?.status).toBe('UNKNOWN');
    expect(finding?.message).toContain('condition IsExposed');
  });
});
