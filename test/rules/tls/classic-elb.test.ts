import { ruleCases } from '../../support/rule-cases.js';

const lb = (listeners: string, extra = '') => `
Parameters:
  Cert: { Type: String }
Resources:
  Acm:
    Type: AWS::CertificateManager::Certificate
    Properties: { DomainName: example.com }
  Lb:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a]
      Listeners: ${listeners}${extra}`;

const acmArn = 'arn:aws:acm:us-east-1:111122223333:certificate/abc';
const iamArn = 'arn:aws:iam::111122223333:server-certificate/legacy';

ruleCases('classic-elb-acm-certificate', {
  pass: [
    {
      name: 'HTTPS listener with a literal ACM ARN',
      template: lb(
        `[{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: ${acmArn} }]`,
      ),
    },
    {
      name: 'SSL listener referring to an ACM certificate in the template',
      template: lb(
        '[{ Protocol: ssl, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: !Ref Acm }]',
      ),
      resource: 'Lb',
    },
  ],
  fail: [
    {
      name: 'HTTPS listener with an IAM server certificate',
      template: lb(
        `[{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: ${iamArn} }]`,
      ),
      message: 'port 443: iam',
    },
    {
      name: 'one ACM listener and one IAM listener',
      template: lb(
        `[{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: ${acmArn} }, { Protocol: SSL, LoadBalancerPort: 8443, InstancePort: 80, SSLCertificateId: ${iamArn} }]`,
      ),
      message: 'port 8443: iam',
    },
  ],
  unknown: [
    {
      name: 'certificate from a parameter without a value',
      template: lb(
        '[{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: !Ref Cert }]',
      ),
    },
    { name: 'listeners from a parameter', template: lb('!Ref Cert') },
  ],
  notApplicable: [
    {
      name: 'only an HTTP listener',
      template: lb('[{ Protocol: HTTP, LoadBalancerPort: 80, InstancePort: 80 }]'),
    },
  ],
});

ruleCases('classic-elb-https-listeners', {
  pass: [
    {
      name: 'HTTPS and SSL listeners only',
      template: lb(
        `[{ Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: ${acmArn} }, { Protocol: SSL, LoadBalancerPort: 8443, InstancePort: 8443, SSLCertificateId: ${acmArn} }]`,
      ),
    },
  ],
  fail: [
    {
      name: 'an HTTP listener beside HTTPS',
      template: lb(
        `[{ Protocol: HTTP, LoadBalancerPort: 80, InstancePort: 80 }, { Protocol: HTTPS, LoadBalancerPort: 443, InstancePort: 80, SSLCertificateId: ${acmArn} }]`,
      ),
      message: 'HTTP on port 80',
    },
    {
      name: 'a lower-case tcp listener',
      template: lb('[{ Protocol: tcp, LoadBalancerPort: 5432, InstancePort: 5432 }]'),
      message: 'TCP on port 5432',
    },
  ],
  unknown: [
    {
      name: 'protocol from a parameter without a value',
      template: lb('[{ Protocol: !Ref Cert, LoadBalancerPort: 443, InstancePort: 80 }]'),
    },
    { name: 'listeners from a parameter', template: lb('!Ref Cert') },
  ],
});
