import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER =
  'JobFlowRole: EMR_EC2_DefaultRole, ServiceRole: EMR_DefaultRole, ReleaseLabel: emr-7.1.0, Instances: {}';
const KERBEROS = `
  Kerberos:
    Type: AWS::EMR::SecurityConfiguration
    Properties:
      Name: kerberos
      SecurityConfiguration:
        AuthenticationConfiguration:
          KerberosConfiguration:
            Provider: ClusterDedicatedKdc
            ClusterDedicatedKdcConfiguration: { TicketLifetimeInHours: 24 }`;
const ENCRYPTION_ONLY = `
  EncryptionOnly:
    Type: AWS::EMR::SecurityConfiguration
    Properties:
      SecurityConfiguration:
        EncryptionConfiguration: { EnableInTransitEncryption: false, EnableAtRestEncryption: false }`;

ruleCases('emr-kerberos-enabled', {
  pass: [
    {
      name: 'a security configuration with Kerberos, by Ref',
      template: `
Resources:${KERBEROS}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, SecurityConfiguration: !Ref Kerberos }`,
    },
    {
      name: 'a security configuration with Kerberos, by name',
      template: `
Resources:${KERBEROS}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, SecurityConfiguration: kerberos }`,
    },
  ],
  fail: [
    {
      name: 'no security configuration',
      message: 'no security configuration with Kerberos',
      template: `
Resources:
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER} }`,
    },
    {
      name: 'a security configuration without authentication',
      template: `
Resources:${ENCRYPTION_ONLY}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, SecurityConfiguration: !Ref EncryptionOnly }`,
    },
  ],
  unknown: [
    {
      name: 'a security configuration defined outside the template',
      message: 'is not defined in the template',
      template: `
Resources:
  Cluster:
    Type: AWS::EMR::Cluster
    Properties: { ${CLUSTER}, SecurityConfiguration: shared-config }`,
    },
  ],
});
