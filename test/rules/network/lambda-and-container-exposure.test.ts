import { unknown } from '../../../src/inventory/maybe.js';
import type { AcmCertificate, GuardDutyDetector } from '../../../src/inventory/model.js';
import { liveInventory, liveOrigin } from '../../support/inventory-builder.js';
import { inventoryCases, ruleCases } from '../../support/rule-cases.js';

const fn = (properties = '', extra = '') => `
Parameters:
  Who: { Type: String }
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
  Reserved: { Type: Number }
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/fn
      Code: { ZipFile: x }
${properties}
${extra}
`;

const permission = (properties: string) => `
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
${properties.includes('Action:') ? '' : '      Action: lambda:InvokeFunction\n'}${properties}`;

ruleCases('lambda-not-public', {
  pass: [
    {
      name: 'a service principal confined by SourceArn',
      resource: 'Fn',
      template: fn(
        '',
        permission(
          '      FunctionName: !Ref Fn\n      Principal: s3.amazonaws.com\n      SourceArn: arn:aws:s3:::uploads',
        ),
      ),
    },
    {
      name: 'a permission on another function',
      resource: 'Fn',
      template: fn('', permission('      FunctionName: other-function\n      Principal: "*"')),
    },
  ],
  fail: [
    {
      name: 'Principal * by function name',
      resource: 'Fn',
      template: fn(
        '      FunctionName: exporter',
        permission('      FunctionName: exporter\n      Principal: "*"'),
      ),
    },
    {
      name: 'a function URL without auth',
      resource: 'Fn',
      template: fn(
        '',
        permission(
          '      FunctionName: !GetAtt Fn.Arn\n      Principal: "*"\n      FunctionUrlAuthType: NONE\n      Action: lambda:InvokeFunctionUrl',
        ),
      ),
    },
  ],
  unknown: [
    {
      name: 'a permission whose principal is a parameter',
      resource: 'Fn',
      template: fn('', permission('      FunctionName: !Ref Fn\n      Principal: !Ref Who')),
    },
    {
      name: 'a permission whose function is a parameter',
      resource: 'Fn',
      template: fn('', permission('      FunctionName: !Ref Who\n      Principal: "*"')),
    },
  ],
});

ruleCases('lambda-in-vpc', {
  unknown: [
    {
      name: 'subnets from a parameter',
      resource: 'Fn',
      template: fn('      VpcConfig: { SubnetIds: !Ref Subnets, SecurityGroupIds: [sg-1] }'),
    },
  ],
});

ruleCases('lambda-reserved-concurrency', {
  unknown: [
    {
      name: 'from a parameter',
      resource: 'Fn',
      template: fn('      ReservedConcurrentExecutions: !Ref Reserved'),
    },
  ],
});

ruleCases('lambda-dead-letter-queue', {
  unknown: [
    {
      name: 'target from a parameter',
      resource: 'Fn',
      template: fn('      DeadLetterConfig: { TargetArn: !Ref Who }'),
    },
  ],
});

const repository = (policy: string) => `
Parameters:
  Who: { Type: String }
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText:
        Version: '2012-10-17'
        Statement:
${policy}
`;

ruleCases('ecr-repository-not-public', {
  pass: [
    {
      name: 'anyone in the organization',
      template: repository(
        '          - { Effect: Allow, Principal: "*", Action: ecr:BatchGetImage, Condition: { StringEquals: { aws:PrincipalOrgID: o-abc } } }',
      ),
    },
    {
      name: 'one named account',
      template: repository(
        '          - { Effect: Allow, Principal: { AWS: arn:aws:iam::444455556666:root }, Action: ecr:BatchGetImage }',
      ),
    },
  ],
  fail: [
    {
      name: '{ AWS: "*" }',
      template: repository(
        '          - { Effect: Allow, Principal: { AWS: "*" }, Action: ecr:BatchGetImage }',
      ),
    },
    {
      name: 'every account root',
      template: repository(
        '          - { Effect: Allow, Principal: { AWS: "arn:aws:iam::*:root" }, Action: "ecr:*" }',
      ),
    },
  ],
  unknown: [
    {
      name: 'NotPrincipal',
      template: repository(
        '          - { Effect: Allow, NotPrincipal: { AWS: arn:aws:iam::444455556666:root }, Action: ecr:BatchGetImage }',
      ),
    },
    {
      name: 'a principal from a parameter',
      template: repository(
        '          - { Effect: Allow, Principal: { AWS: !Ref Who }, Action: ecr:BatchGetImage }',
      ),
    },
  ],
});

const cluster = (vpc: string) => `
Parameters:
  Open: { Type: String }
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig:
        SubnetIds: [subnet-1]
${vpc}
`;

ruleCases('eks-endpoint-not-public', {
  pass: [
    {
      name: 'public endpoint restricted to an office range',
      template: cluster('        PublicAccessCidrs: [203.0.113.0/24]'),
    },
  ],
  fail: [
    { name: 'public endpoint open to ::/0', template: cluster("        PublicAccessCidrs: ['::/0']") },
    {
      name: 'public endpoint open to two halves that add up to every IPv4 address',
      template: cluster('        PublicAccessCidrs: [0.0.0.0/1, 128.0.0.0/1]'),
    },
  ],
  unknown: [
    { name: 'public access from a parameter', template: cluster('        EndpointPublicAccess: !Ref Open') },
  ],
});

ruleCases('transfer-no-plain-ftp', {
  pass: [
    {
      name: 'SFTP and FTPS',
      template:
        'Resources:\n  S:\n    Type: AWS::Transfer::Server\n    Properties: { Protocols: [SFTP, FTPS] }',
    },
  ],
  fail: [
    {
      name: 'FTP beside SFTP',
      template:
        'Resources:\n  S:\n    Type: AWS::Transfer::Server\n    Properties: { Protocols: [SFTP, FTP] }',
    },
  ],
  unknown: [
    {
      name: 'protocols from a parameter',
      template:
        'Parameters:\n  P: { Type: CommaDelimitedList }\nResources:\n  S:\n    Type: AWS::Transfer::Server\n    Properties: { Protocols: !Ref P }',
    },
  ],
});

ruleCases('guardduty-enabled', {
  pass: [
    {
      name: 'an enabled detector',
      template: 'Resources:\n  D:\n    Type: AWS::GuardDuty::Detector\n    Properties: { Enable: true }',
    },
  ],
  unknown: [
    {
      name: 'Enable from a parameter',
      template:
        'Parameters:\n  On: { Type: String }\nResources:\n  D:\n    Type: AWS::GuardDuty::Detector\n    Properties: { Enable: !Ref On }',
    },
  ],
});

ruleCases('securityhub-enabled', {
  pass: [
    { name: 'a hub', template: 'Resources:\n  Hub:\n    Type: AWS::SecurityHub::Hub\n    Properties: {}' },
  ],
});

inventoryCases('securityhub-enabled', {
  fail: [
    {
      name: 'no hub in the scanned region',
      message: 'No securityhub-hub exists in us-east-1',
      inventory: () => liveInventory([]),
    },
  ],
  unknown: [
    {
      name: 'DescribeHub denied',
      inventory: () =>
        liveInventory([], {
          gaps: [
            {
              resourceType: 'securityhub-hub',
              region: 'us-east-1',
              action: 'securityhub:DescribeHub',
              reason: 'AccessDenied',
            },
          ],
        }),
    },
  ],
});

const detector = (open: GuardDutyDetector['openHighSeverityFindings']): GuardDutyDetector => ({
  type: 'guardduty-detector',
  id: 'arn:aws:guardduty:us-east-1:111122223333:detector/d-1',
  region: 'us-east-1',
  origin: liveOrigin(),
  enabled: true,
  openHighSeverityFindings: open,
});

inventoryCases('guardduty-no-high-findings', {
  pass: [{ name: 'none open', inventory: () => liveInventory([detector([])]) }],
  fail: [
    { name: 'one open', message: '1 high-severity', inventory: () => liveInventory([detector(['f-1'])]) },
  ],
  unknown: [
    {
      name: 'findings unread',
      inventory: () => liveInventory([detector(unknown('guardduty:ListFindings: AccessDenied'))]),
    },
  ],
});

const certificate = (notAfter: AcmCertificate['notAfter']): AcmCertificate => ({
  type: 'acm-certificate',
  id: 'arn:aws:acm:us-east-1:111122223333:certificate/c-1',
  region: 'us-east-1',
  origin: liveOrigin(),
  status: 'ISSUED',
  notAfter,
});

// liveInventory's scan time is 2026-11-02T06:00Z.
inventoryCases('acm-certificate-not-expiring', {
  pass: [
    { name: '31 days left', inventory: () => liveInventory([certificate('2026-12-03T07:00:00.000Z')]) },
    {
      name: '20 days left, warned 14 days ahead',
      settings: { expiryWarningDays: 14 },
      says: 'the certificate is valid for 20 more days',
      inventory: () => liveInventory([certificate('2026-11-22T07:00:00.000Z')]),
    },
  ],
  fail: [
    {
      name: '45 days left, warned 60 days ahead',
      settings: { expiryWarningDays: 60 },
      says: 'the certificate expires in 45 day(s), within 60',
      evidence: {
        notAfter: '2026-12-17T07:00:00.000Z',
        scannedAt: '2026-11-02T06:00:00.000Z',
        daysLeft: 45,
        warningDays: 60,
      },
      inventory: () => liveInventory([certificate('2026-12-17T07:00:00.000Z')]),
    },
    {
      name: '30 days left',
      message: 'expires in 30 day(s)',
      inventory: () => liveInventory([certificate('2026-12-02T07:00:00.000Z')]),
    },
    {
      name: 'expired',
      message: 'expired',
      inventory: () => liveInventory([certificate('2026-10-01T00:00:00.000Z')]),
    },
  ],
  unknown: [
    {
      name: 'no recording time',
      inventory: () => liveInventory([certificate('2027-01-01T00:00:00.000Z')], { scannedAt: null }),
    },
    {
      name: 'expiry unread',
      inventory: () => liveInventory([certificate(unknown('NotAfter was not returned'))]),
    },
  ],
  notApplicable: [
    { name: 'pending validation: no expiry yet', inventory: () => liveInventory([certificate(undefined)]) },
  ],
});
