/** Amazon MQ brokers, Network Firewall firewalls and Route 53 zones for the fake account, as AWS describes them. */
import type { DescribeBrokerResponse } from '@aws-sdk/client-mq';
import type { HostedZone } from '@aws-sdk/client-route-53';
import type { FakeAccount, FakeFirewall, FakeRegion } from './account.js';
import { CREATED } from './builders.js';

export function mqBroker(
  region: string,
  account: string,
  name: string,
  engine: 'ACTIVEMQ' | 'RABBITMQ',
  logs: { General: boolean; Audit?: boolean },
): DescribeBrokerResponse {
  const id = `b-${name}`;
  return {
    BrokerId: id,
    BrokerArn: `arn:aws:mq:${region}:${account}:broker:${name}:${id}`,
    BrokerName: name,
    BrokerState: 'RUNNING',
    EngineType: engine,
    EngineVersion: engine === 'ACTIVEMQ' ? '5.18' : '3.13',
    DeploymentMode: 'SINGLE_INSTANCE',
    HostInstanceType: 'mq.m5.large',
    PubliclyAccessible: false,
    AutoMinorVersionUpgrade: true,
    Created: CREATED,
    // DescribeBroker returns Audit only for ActiveMQ.
    Logs: {
      General: logs.General,
      GeneralLogGroup: `/aws/amazonmq/broker/${id}/general`,
      ...(engine === 'ACTIVEMQ'
        ? { Audit: logs.Audit ?? false, AuditLogGroup: `/aws/amazonmq/broker/${id}/audit` }
        : {}),
    },
  };
}

export function addBroker(data: FakeRegion, broker: DescribeBrokerResponse): void {
  (data.mq ??= { brokers: [] }).brokers.push(broker);
}

export function firewall(region: string, account: string, name: string, logTypes: string[]): FakeFirewall {
  return {
    name,
    arn: `arn:aws:network-firewall:${region}:${account}:firewall/${name}`,
    ...(logTypes.length > 0
      ? {
          logging: logTypes.map((LogType) => ({
            LogType: LogType as 'ALERT',
            LogDestinationType: 'CloudWatchLogs' as const,
            LogDestination: { logGroup: `/network-firewall/${name}` },
          })),
        }
      : {}),
  };
}

export function addFirewall(
  data: FakeRegion,
  region: string,
  account: string,
  name: string,
  logTypes: string[],
): string {
  const added = firewall(region, account, name, logTypes);
  (data.networkfirewall ??= { firewalls: [] }).firewalls.push(added);
  return added.arn;
}

export function hostedZone(id: string, name: string, isPrivate = false): HostedZone {
  return {
    Id: `/hostedzone/${id}`,
    Name: `${name}.`,
    CallerReference: `ref-${id}`,
    Config: { PrivateZone: isPrivate },
    ResourceRecordSetCount: 2,
  };
}

/** A hosted zone; `logGroupArn` adds its query logging configuration. Returns the zone's inventory id. */
export function addZone(
  account: FakeAccount,
  id: string,
  name: string,
  options: { private?: boolean; logGroupArn?: string } = {},
): string {
  const route53 = (account.route53 ??= { hostedZones: [] });
  route53.hostedZones.push(hostedZone(id, name, options.private));
  if (options.logGroupArn)
    (route53.queryLoggingConfigs ??= []).push({
      Id: `qlc-${id}`,
      HostedZoneId: id,
      CloudWatchLogsLogGroupArn: options.logGroupArn,
    });
  return `arn:aws:route53:::hostedzone/${id}`;
}
