/** Resources read for their own logging settings: Amazon MQ brokers, Network Firewall firewalls, Route 53 zones. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface MqBroker extends ResourceBase<'mq-broker'> {
  /** `ACTIVEMQ` or `RABBITMQ` (upper case): RabbitMQ brokers have no audit log. */
  engineType: Maybe<string>;
  generalLogging: Maybe<boolean>;
  auditLogging: Maybe<boolean>;
}

export interface NetworkFirewall extends ResourceBase<'networkfirewall-firewall'> {
  /** The log types it sends to a destination (`FLOW`, `ALERT`, `TLS`); empty: it logs nothing. */
  loggedTypes: Maybe<string[]>;
}

export interface Route53HostedZone extends ResourceBase<'route53-hosted-zone'> {
  /** Private zones answer only inside their VPCs; query logging applies to public zones. */
  isPrivate: Maybe<boolean>;
  /** The CloudWatch Logs group its DNS queries are logged to; null: none. */
  queryLogGroupArn: Maybe<string | null>;
}
