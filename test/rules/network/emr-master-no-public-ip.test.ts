import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER = 'JobFlowRole: EMR_EC2_DefaultRole, ServiceRole: EMR_DefaultRole, ReleaseLabel: emr-7.1.0';
const VPC = `
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }`;

function subnet(logicalId: string, mapPublicIp: string): string {
  return `
  ${logicalId}:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, MapPublicIpOnLaunch: ${mapPublicIp} }`;
}

ruleCases('emr-master-no-public-ip', {
  pass: [
    {
      name: 'in a subnet that maps no public IPs',
      resource: 'Cluster',
      template: `
Resources:${VPC}${subnet('Private', 'false')}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, Instances: { Ec2SubnetId: !Ref Private } }`,
    },
  ],
  fail: [
    {
      name: 'in a subnet that maps public IPs on launch',
      resource: 'Cluster',
      message: 'maps public IPv4 addresses on launch',
      template: `
Resources:${VPC}${subnet('Public', 'true')}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, Instances: { Ec2SubnetId: !Ref Public } }`,
    },
    {
      name: 'an instance fleet whose candidate subnets include a public one',
      resource: 'Cluster',
      template: `
Resources:${VPC}${subnet('Private', 'false')}${subnet('Public', 'true')}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, Instances: { Ec2SubnetIds: [!Ref Private, !Ref Public] } }`,
    },
    {
      name: 'no subnet: the default VPC',
      resource: 'Cluster',
      message: 'default VPC',
      template: `
Resources:
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, Instances: {} }`,
    },
  ],
  unknown: [
    {
      name: 'a subnet from outside the template',
      resource: 'Cluster',
      message: 'not in the scanned inventory',
      template: `
Resources:
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, Instances: { Ec2SubnetId: subnet-0abc } }`,
    },
    {
      name: 'the subnet from a parameter without default',
      resource: 'Cluster',
      template: `
Parameters:
  Subnet: { Type: String }
Resources:
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, Instances: { Ec2SubnetId: !Ref Subnet } }`,
    },
  ],
});
