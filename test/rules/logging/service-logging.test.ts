/** Amazon MQ broker logging (row 129), Network Firewall logging (130), Route 53 query logging (131), on templates. */
import { ruleCases } from '../../support/rule-cases.js';

const broker = (engine: string, logs: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Broker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: payments-bus
      EngineType: ${engine}
      EngineVersion: "5.18"
      HostInstanceType: mq.m5.large
      DeploymentMode: SINGLE_INSTANCE
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users: [{ Username: app, Password: not-a-real-password }]${logs}`;

ruleCases('mq-broker-logging', {
  pass: [
    {
      name: 'ActiveMQ with general and audit logs',
      template: broker('ACTIVEMQ', '\n      Logs: { General: true, Audit: true }'),
    },
    {
      name: 'RabbitMQ with general logs (it has no audit log)',
      template: broker('RABBITMQ', '\n      Logs: { General: true }'),
    },
  ],
  fail: [
    {
      name: 'ActiveMQ without Logs',
      message: 'general and audit logging are off',
      template: broker('ACTIVEMQ', ''),
    },
    {
      name: 'ActiveMQ without the audit log',
      message: 'audit logging is off',
      template: broker('ActiveMQ', '\n      Logs: { General: true }'),
    },
  ],
  unknown: [
    {
      name: 'General from a parameter without a value',
      template: broker('RABBITMQ', '\n      Logs: { General: !Ref Flag }'),
    },
  ],
});

const firewall = (logging: string) => `
Parameters:
  Target: { Type: String }
Resources:
  Firewall:
    Type: AWS::NetworkFirewall::Firewall
    Properties:
      FirewallName: egress
      FirewallPolicyArn: arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/egress
      VpcId: vpc-0abc
      SubnetMappings: [{ SubnetId: subnet-0abc }]${logging}`;
const LOGGING = (target: string, type = 'ALERT') => `
  FirewallLogs:
    Type: AWS::NetworkFirewall::LoggingConfiguration
    Properties:
      FirewallArn: ${target}
      LoggingConfiguration:
        LogDestinationConfigs:
          - { LogType: ${type}, LogDestinationType: CloudWatchLogs, LogDestination: { logGroup: /firewall/alerts } }`;

ruleCases('networkfirewall-logging', {
  pass: [
    {
      name: 'a logging configuration names the firewall',
      resource: 'Firewall',
      template: firewall(LOGGING('!Ref Firewall')),
    },
  ],
  fail: [
    { name: 'no logging configuration', message: 'no log destination', template: firewall('') },
    {
      name: 'the logging configuration names another firewall',
      resource: 'Firewall',
      template: firewall(LOGGING('arn:aws:network-firewall:us-east-1:111122223333:firewall/other')),
    },
  ],
  unknown: [
    {
      name: 'the configuration names a firewall from a parameter',
      resource: 'Firewall',
      template: firewall(LOGGING('!Ref Target')),
    },
    {
      name: 'its log type is a parameter',
      resource: 'Firewall',
      template: firewall(LOGGING('!Ref Firewall', '!Ref Target')),
    },
  ],
});

const zone = (properties: string) => `
Parameters:
  Vpc: { Type: String }
Resources:
  Zone:
    Type: AWS::Route53::HostedZone
    Properties:
      Name: example.com${properties}`;

ruleCases('route53-query-logging', {
  pass: [
    {
      name: 'a public zone logging queries',
      template: zone(`
      QueryLoggingConfig: { CloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com" }`),
    },
  ],
  fail: [
    { name: 'a public zone without query logging', message: 'does not log DNS queries', template: zone('') },
  ],
  notApplicable: [
    { name: 'a private zone', template: zone(`\n      VPCs: [{ VPCId: vpc-0abc, VPCRegion: us-east-1 }]`) },
  ],
  unknown: [{ name: 'VPCs from a parameter without a value', template: zone('\n      VPCs: !Ref Vpc') }],
});
