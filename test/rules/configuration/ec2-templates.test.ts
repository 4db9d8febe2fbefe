import { ruleCases } from '../../support/rule-cases.js';

const launchTemplate = (data: string) => `
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: ${data}`;

ruleCases('ec2-imdsv2-required', {
  pass: [
    {
      name: 'launch template with HttpTokens required',
      template: launchTemplate('{ MetadataOptions: { HttpTokens: required } }'),
    },
    {
      name: 'launch template with the metadata endpoint off',
      template: launchTemplate('{ MetadataOptions: { HttpEndpoint: disabled } }'),
    },
    {
      name: 'instance launched from a template in the stack that requires tokens',
      resource: 'Box',
      template: `${launchTemplate('{ MetadataOptions: { HttpTokens: required } }')}
  Box:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0, LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber } }`,
    },
  ],
  fail: [
    {
      name: 'launch template without MetadataOptions',
      template: launchTemplate('{ ImageId: ami-0123456789abcdef0 }'),
      message: 'allows IMDSv1',
    },
    {
      name: 'launch template with HttpTokens optional',
      template: launchTemplate('{ MetadataOptions: { HttpTokens: optional } }'),
    },
  ],
  unknown: [
    {
      name: 'instance without a launch template (the AMI default applies)',
      template: `
Resources:
  Box:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0 }`,
      message: 'no launch template',
    },
    {
      name: 'HttpTokens from a parameter without a value',
      template: `
Parameters:
  Tokens: { Type: String }
${launchTemplate('{ MetadataOptions: { HttpTokens: !Ref Tokens } }').trimStart()}`,
    },
  ],
});

ruleCases('ec2-detailed-monitoring', {
  pass: [
    {
      name: 'Monitoring true',
      template: `
Resources:
  Box:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0, Monitoring: true }`,
    },
  ],
  fail: [
    {
      name: 'Monitoring unset (basic monitoring)',
      template: `
Resources:
  Box:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0 }`,
    },
  ],
  unknown: [
    {
      name: 'Monitoring from a parameter without a value',
      template: `
Parameters:
  Detailed: { Type: String }
Resources:
  Box:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0, Monitoring: !Ref Detailed }`,
    },
  ],
});

ruleCases('launch-template-no-public-ip', {
  pass: [
    {
      name: 'no network interfaces (the subnet decides)',
      template: launchTemplate('{ ImageId: ami-0123456789abcdef0 }'),
    },
    {
      name: 'AssociatePublicIpAddress false',
      template: launchTemplate(
        '{ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }] }',
      ),
    },
  ],
  fail: [
    {
      name: 'AssociatePublicIpAddress true on the second interface',
      template: launchTemplate(
        '{ NetworkInterfaces: [{ DeviceIndex: 0 }, { DeviceIndex: 1, AssociatePublicIpAddress: true }] }',
      ),
    },
  ],
  unknown: [
    {
      name: 'AssociatePublicIpAddress from a parameter without a value',
      template: `
Parameters:
  Public: { Type: String }
${launchTemplate('{ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: !Ref Public }] }').trimStart()}`,
    },
  ],
});

const tgw = (properties: string) => `
Parameters:
  Accept: { Type: String }
Resources:
  Tgw:
    Type: AWS::EC2::TransitGateway
    Properties: ${properties}`;

ruleCases('transit-gateway-no-auto-accept', {
  pass: [
    {
      name: 'AutoAcceptSharedAttachments unset (disabled by default)',
      template: tgw('{ Description: hub }'),
    },
    {
      name: 'AutoAcceptSharedAttachments disable',
      template: tgw('{ AutoAcceptSharedAttachments: disable }'),
    },
  ],
  fail: [
    { name: 'AutoAcceptSharedAttachments enable', template: tgw('{ AutoAcceptSharedAttachments: enable }') },
  ],
  unknown: [
    {
      name: 'from a parameter without a value',
      template: tgw('{ AutoAcceptSharedAttachments: !Ref Accept }'),
    },
  ],
});

const vpn = (logOptions: string) => `
Parameters:
  Logging: { Type: String }
Resources:
  Vpn:
    Type: AWS::EC2::ClientVpnEndpoint
    Properties:
      ClientCidrBlock: 10.100.0.0/22
      ServerCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/abc
      AuthenticationOptions: [{ Type: certificate-authentication, MutualAuthentication: { ClientRootCertificateChainArn: arn:aws:acm:us-east-1:111122223333:certificate/def } }]
      ${logOptions}`;

ruleCases('client-vpn-connection-logging', {
  pass: [
    {
      name: 'connection logging on',
      template: vpn('ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: /vpn }'),
    },
  ],
  fail: [{ name: 'connection logging off', template: vpn('ConnectionLogOptions: { Enabled: false }') }],
  unknown: [
    {
      name: 'Enabled from a parameter without a value',
      template: vpn('ConnectionLogOptions: { Enabled: !Ref Logging }'),
    },
    { name: 'ConnectionLogOptions missing (a required property)', template: vpn('Description: vpn') },
  ],
});
