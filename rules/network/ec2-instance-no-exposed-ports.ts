import { defineRule, fail, pass, undetermined, type Evidence } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { SecurityGroupRule } from '../../src/inventory/model.js';
import {
  describeExposures,
  ingressAddedElsewhere,
  openedPorts,
  worldExposures,
} from '../lib/security-group-exposure.js';

/** The services Prowler's ec2_instance_port_*_exposed_to_internet checks look for, by TCP port. */
const EXPOSED_SERVICES: readonly { service: string; ports: number[] }[] = [
  { service: 'SSH', ports: [22] },
  { service: 'RDP', ports: [3389] },
  { service: 'FTP', ports: [20, 21] },
  { service: 'Telnet', ports: [23] },
  { service: 'Kerberos', ports: [88, 464, 749] },
  { service: 'CIFS/SMB', ports: [139, 445] },
  { service: 'LDAP', ports: [389, 636] },
  { service: 'SQL Server', ports: [1433, 1434] },
  { service: 'Oracle', ports: [1521, 2483, 2484] },
  { service: 'MySQL', ports: [3306] },
  { service: 'PostgreSQL', ports: [5432] },
  { service: 'Redis', ports: [6379] },
  { service: 'Cassandra', ports: [7000, 7001, 7199, 9042, 9160] },
  { service: 'Kafka', ports: [9092] },
  { service: 'Elasticsearch/Kibana', ports: [5601, 9200, 9300] },
  { service: 'Memcached', ports: [11211] },
  { service: 'MongoDB', ports: [27017, 27018] },
];

function exposedServices(rule: SecurityGroupRule): string[] {
  const { protocol, from, to } = openedPorts(rule);
  if (protocol !== 'all' && protocol !== 'tcp') return [];
  return EXPOSED_SERVICES.flatMap(({ service, ports }) =>
    ports.filter((port) => from <= port && port <= to).map((port) => `${service} (${port})`),
  );
}

export default defineRule({
  id: 'ec2-instance-no-exposed-ports',
  title: 'Instances with a public IP expose no administrative or data service port to the internet',
  severity: 'critical',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['ec2-instance'],
  reads: ['ec2-security-group'],
  sources: ['live'],
  rationale:
    'A public address plus a security group open to 0.0.0.0/0 or ::/0 on SSH, RDP, a database, a cache, LDAP, ' +
    'Kerberos or SMB is a service reachable by anyone on the internet: the combination, not either half, is the ' +
    'exposure attackers scan for.',
  remediation: {
    summary:
      'Remove the public address or the world-open rule; reach the service through a VPN, Session Manager or a private load balancer.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --protocol tcp --port <port> --cidr 0.0.0.0/0',
  },
  equivalents: {
    prowler: [
      'ec2_instance_port_cassandra_exposed_to_internet',
      'ec2_instance_port_cifs_exposed_to_internet',
      'ec2_instance_port_elasticsearch_kibana_exposed_to_internet',
      'ec2_instance_port_ftp_exposed_to_internet',
      'ec2_instance_port_kafka_exposed_to_internet',
      'ec2_instance_port_kerberos_exposed_to_internet',
      'ec2_instance_port_ldap_exposed_to_internet',
      'ec2_instance_port_memcached_exposed_to_internet',
      'ec2_instance_port_mongodb_exposed_to_internet',
      'ec2_instance_port_mysql_exposed_to_internet',
      'ec2_instance_port_oracle_exposed_to_internet',
      'ec2_instance_port_postgresql_exposed_to_internet',
      'ec2_instance_port_rdp_exposed_to_internet',
      'ec2_instance_port_redis_exposed_to_internet',
      'ec2_instance_port_sqlserver_exposed_to_internet',
      'ec2_instance_port_ssh_exposed_to_internet',
      'ec2_instance_port_telnet_exposed_to_internet',
    ],
  },
  evaluate(instance, inventory) {
    if (isUnknown(instance.publicIp)) return undetermined(instance.publicIp);
    if (instance.publicIp === undefined) return pass('the instance has no public IPv4 address');
    if (isUnknown(instance.securityGroupIds)) return undetermined(instance.securityGroupIds);
    const exposures: Evidence[] = [];
    const undecided: string[] = [];
    for (const groupId of instance.securityGroupIds) {
      const group = inventory.require('ec2-security-group', groupId, instance.region);
      if (isUnknown(group)) {
        undecided.push(group.reason);
        continue;
      }
      if (isUnknown(group.ingress)) {
        undecided.push(`${groupId}: ${group.ingress.reason}`);
        continue;
      }
      const found = worldExposures(group.ingress, exposedServices);
      exposures.push(...found.exposures.map((exposure) => ({ ...exposure, securityGroup: groupId })));
      undecided.push(...found.undecided.map((reason) => `${groupId}: ${reason}`));
      const elsewhere = ingressAddedElsewhere(group);
      if (elsewhere) undecided.push(elsewhere);
    }
    if (exposures.length > 0)
      return fail(`public IP ${instance.publicIp} with ${describeExposures(exposures)}`, {
        publicIp: instance.publicIp,
        exposures,
      });
    if (undecided.length > 0) return undetermined(`public IP ${instance.publicIp}; ${undecided.join('; ')}`);
    return pass(
      `public IP ${instance.publicIp}, but none of its security groups opens a listed port to the internet`,
      {
        publicIp: instance.publicIp,
        securityGroups: instance.securityGroupIds,
      },
    );
  },
});
