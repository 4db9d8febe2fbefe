/** MQ broker, Network Firewall and Route 53 query logging read the same from a template and the loopback AWS. */
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';
import {
  addBroker,
  addFirewall,
  addZone,
  mqBroker,
} from '../../support/aws-server/service-logging-fixtures.js';

const here = (account: FakeAccount) => (account.regions[PARITY_REGION] ??= {});
const LOG_GROUP = `arn:aws:logs:us-east-1:${PARITY_ACCOUNT}:log-group:/aws/route53/example.com`;

function brokerTemplate(engine: string, logs?: Record<string, boolean>) {
  return {
    Type: 'AWS::AmazonMQ::Broker',
    Properties: {
      BrokerName: 'bus',
      EngineType: engine,
      EngineVersion: '5.18',
      HostInstanceType: 'mq.m5.large',
      DeploymentMode: 'SINGLE_INSTANCE',
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: true,
      Users: [{ Username: 'app', Password: 'not-a-real-password' }],
      ...(logs ? { Logs: logs } : {}),
    },
  };
}

parityCases('mq-broker-logging', [
  {
    name: 'ActiveMQ with general and audit logs',
    status: 'PASS',
    template: {
      logicalId: 'Logged',
      resources: { Logged: brokerTemplate('ACTIVEMQ', { General: true, Audit: true }) },
    },
    live: {
      id: `arn:aws:mq:${PARITY_REGION}:${PARITY_ACCOUNT}:broker:logged:b-logged`,
      add: (account) =>
        addBroker(
          here(account),
          mqBroker(PARITY_REGION, PARITY_ACCOUNT, 'logged', 'ACTIVEMQ', { General: true, Audit: true }),
        ),
    },
  },
  {
    name: 'ActiveMQ with general logs only',
    status: 'FAIL',
    template: { logicalId: 'NoAudit', resources: { NoAudit: brokerTemplate('ACTIVEMQ', { General: true }) } },
    live: {
      id: `arn:aws:mq:${PARITY_REGION}:${PARITY_ACCOUNT}:broker:no-audit:b-no-audit`,
      add: (account) =>
        addBroker(
          here(account),
          mqBroker(PARITY_REGION, PARITY_ACCOUNT, 'no-audit', 'ACTIVEMQ', { General: true }),
        ),
    },
  },
  {
    name: 'RabbitMQ with general logs',
    status: 'PASS',
    template: { logicalId: 'Rabbit', resources: { Rabbit: brokerTemplate('RABBITMQ', { General: true }) } },
    live: {
      id: `arn:aws:mq:${PARITY_REGION}:${PARITY_ACCOUNT}:broker:rabbit:b-rabbit`,
      add: (account) =>
        addBroker(
          here(account),
          mqBroker(PARITY_REGION, PARITY_ACCOUNT, 'rabbit', 'RABBITMQ', { General: true }),
        ),
    },
  },
]);

const firewallTemplate = {
  Type: 'AWS::NetworkFirewall::Firewall',
  Properties: {
    FirewallName: 'egress',
    FirewallPolicyArn: `arn:aws:network-firewall:${PARITY_REGION}:${PARITY_ACCOUNT}:firewall-policy/egress`,
    VpcId: 'vpc-0abc',
    SubnetMappings: [{ SubnetId: 'subnet-0abc' }],
  },
};

parityCases('networkfirewall-logging', [
  {
    name: 'alert and flow logs to CloudWatch Logs',
    status: 'PASS',
    template: {
      logicalId: 'Logged',
      resources: {
        Logged: firewallTemplate,
        LoggedLogs: {
          Type: 'AWS::NetworkFirewall::LoggingConfiguration',
          Properties: {
            FirewallArn: { Ref: 'Logged' },
            LoggingConfiguration: {
              LogDestinationConfigs: ['ALERT', 'FLOW'].map((LogType) => ({
                LogType,
                LogDestinationType: 'CloudWatchLogs',
                LogDestination: { logGroup: '/network-firewall/logged' },
              })),
            },
          },
        },
      },
    },
    live: {
      id: `arn:aws:network-firewall:${PARITY_REGION}:${PARITY_ACCOUNT}:firewall/logged`,
      add: (account) =>
        addFirewall(here(account), PARITY_REGION, PARITY_ACCOUNT, 'logged', ['ALERT', 'FLOW']),
    },
  },
  {
    name: 'logging never configured',
    status: 'FAIL',
    template: { logicalId: 'Quiet', resources: { Quiet: firewallTemplate } },
    live: {
      id: `arn:aws:network-firewall:${PARITY_REGION}:${PARITY_ACCOUNT}:firewall/quiet`,
      add: (account) => addFirewall(here(account), PARITY_REGION, PARITY_ACCOUNT, 'quiet', []),
    },
  },
]);

parityCases('route53-query-logging', [
  {
    name: 'a public zone logging queries',
    status: 'PASS',
    template: {
      logicalId: 'Logged',
      resources: {
        Logged: {
          Type: 'AWS::Route53::HostedZone',
          Properties: { Name: 'example.com', QueryLoggingConfig: { CloudWatchLogsLogGroupArn: LOG_GROUP } },
        },
      },
    },
    live: {
      id: 'arn:aws:route53:::hostedzone/Z0LOGGED',
      add: (account) => addZone(account, 'Z0LOGGED', 'example.com', { logGroupArn: LOG_GROUP }),
    },
  },
  {
    name: 'a public zone without query logging',
    status: 'FAIL',
    template: {
      logicalId: 'Quiet',
      resources: { Quiet: { Type: 'AWS::Route53::HostedZone', Properties: { Name: 'example.org' } } },
    },
    live: {
      id: 'arn:aws:route53:::hostedzone/Z0QUIET',
      add: (account) => addZone(account, 'Z0QUIET', 'example.org'),
    },
  },
  {
    name: 'a private zone',
    status: 'NOT_APPLICABLE',
    template: {
      logicalId: 'Internal',
      resources: {
        Internal: {
          Type: 'AWS::Route53::HostedZone',
          Properties: { Name: 'corp.internal', VPCs: [{ VPCId: 'vpc-0abc', VPCRegion: PARITY_REGION }] },
        },
      },
    },
    live: {
      id: 'arn:aws:route53:::hostedzone/Z0INTERNAL',
      add: (account) => addZone(account, 'Z0INTERNAL', 'corp.internal', { private: true }),
    },
  },
]);
