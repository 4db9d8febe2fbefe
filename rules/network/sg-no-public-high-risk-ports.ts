import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { SecurityGroupRule } from '../../src/inventory/model.js';
import {
  describeExposures,
  ingressAddedElsewhere,
  openedPorts,
  worldExposures,
} from '../lib/security-group-exposure.js';

/**
 * TCP ports that must not face the internet: databases, caches, message brokers, search engines, clear-text
 * protocols, and Prowler's configurable `ec2_high_risk_ports` default (mail, Windows RPC/SMB, common dev servers).
 * SSH and RDP are `sg-no-public-admin-ports`; every port at once is `sg-no-public-all-ports`.
 */
export const HIGH_RISK_TCP_PORTS: readonly { port: number; service: string }[] = [
  { port: 20, service: 'FTP data' },
  { port: 21, service: 'FTP' },
  { port: 23, service: 'Telnet' },
  { port: 25, service: 'SMTP' },
  { port: 110, service: 'POP3' },
  { port: 135, service: 'MS RPC' },
  { port: 143, service: 'IMAP' },
  { port: 445, service: 'SMB/CIFS' },
  { port: 1433, service: 'SQL Server' },
  { port: 1434, service: 'SQL Server browser' },
  { port: 1521, service: 'Oracle' },
  { port: 2483, service: 'Oracle' },
  { port: 3000, service: 'dev server' },
  { port: 3306, service: 'MySQL' },
  { port: 4333, service: 'mSQL' },
  { port: 5000, service: 'dev server' },
  { port: 5432, service: 'PostgreSQL' },
  { port: 5500, service: 'VNC' },
  { port: 5601, service: 'Kibana' },
  { port: 6379, service: 'Redis' },
  { port: 7199, service: 'Cassandra JMX' },
  { port: 8080, service: 'HTTP proxy/alt' },
  { port: 8088, service: 'HTTP alt' },
  { port: 8888, service: 'Cassandra OpsCenter' },
  { port: 9092, service: 'Kafka' },
  { port: 9160, service: 'Cassandra Thrift' },
  { port: 9200, service: 'Elasticsearch' },
  { port: 9300, service: 'Elasticsearch transport' },
  { port: 11211, service: 'Memcached' },
  { port: 27017, service: 'MongoDB' },
  { port: 27018, service: 'MongoDB' },
];

/** The high-risk TCP ports a rule's protocol and range cover; an all-protocols rule covers them all. */
function highRiskPortsOpened(rule: SecurityGroupRule): string[] {
  const { protocol, from, to } = openedPorts(rule);
  if (protocol !== 'all' && protocol !== 'tcp') return [];
  return HIGH_RISK_TCP_PORTS.filter(({ port }) => from <= port && port <= to).map(
    ({ port, service }) => `${service} (${port})`,
  );
}

export default defineRule({
  id: 'sg-no-public-high-risk-ports',
  title: 'Security groups do not open database, cache or clear-text service ports to the internet',
  severity: 'high',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['ec2-security-group'],
  rationale:
    'Databases (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Cassandra), caches (Redis, Memcached), brokers ' +
    '(Kafka), search clusters (Elasticsearch, Kibana) and clear-text protocols (FTP, Telnet, POP3, IMAP, SMB) are ' +
    'routinely found by internet-wide scans and exploited through default credentials, missing authentication or ' +
    'known vulnerabilities. They should be reached only from inside the VPC or through a VPN.',
  remediation: {
    summary:
      'Remove ingress from 0.0.0.0/0 and ::/0 on these ports; allow the application tier by security group reference instead.',
    cloudformation:
      'AWS::EC2::SecurityGroup: SecurityGroupIngress for these ports with `SourceSecurityGroupId` or a private `CidrIp`, never 0.0.0.0/0 or ::/0',
    cdk: 'dbSecurityGroup.addIngressRule(appSecurityGroup, ec2.Port.tcp(5432))',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --protocol tcp --port 5432 --cidr 0.0.0.0/0',
  },
  equivalents: {
    prowler: [
      'ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_cassandra_7199_9160_8888',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_elasticsearch_kibana_9200_9300_5601',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_ftp_20_21',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_kafka_9092',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_memcached_11211',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mongodb_27017_27018',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mysql_3306',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_oracle_1521_2483',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_postgres_5432',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_redis_6379',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_sql_server_1433_1434',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_telnet_23',
    ],
    steampipe: ['vpc_security_group_restrict_ingress_kafka_port'],
  },
  evaluate(group) {
    if (isUnknown(group.ingress)) return undetermined(group.ingress);
    const { exposures, undecided } = worldExposures(group.ingress, highRiskPortsOpened);
    if (exposures.length > 0)
      return fail(`open to the internet: ${describeExposures(exposures)}`, { exposures });
    const elsewhere = ingressAddedElsewhere(group);
    if (elsewhere) undecided.push(elsewhere);
    if (undecided.length > 0) return undetermined(`may be open to the internet: ${undecided.join('; ')}`);
    return pass(
      `no ingress from 0.0.0.0/0 or ::/0 to the ${HIGH_RISK_TCP_PORTS.length} high-risk TCP ports (${group.ingress.length} rule(s))`,
      { ingressRules: group.ingress.length },
    );
  },
});
