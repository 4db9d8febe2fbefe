import {
  DMS_PUBLICLY_ACCESSIBLE,
  DMS_REDIS_SSL_PROTOCOL,
  dmsTaskLogging,
} from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_ENDPOINTS, DESCRIBE_REPLICATION_INSTANCES, DESCRIBE_REPLICATION_TASKS } from './calls.js';

export function normalizeDms(out: Output): void {
  const base = { region: out.region, origin: out.origin };
  const endpoints = out.list(DESCRIBE_ENDPOINTS, ['dms-endpoint']).flatMap((page) => page.Endpoints ?? []);
  for (const endpoint of endpoints) {
    if (!endpoint.EndpointArn) continue;
    const place = describePlace(`DMS endpoint ${endpoint.EndpointIdentifier ?? endpoint.EndpointArn}`);
    const engine = setting(endpoint.EngineName, place, 'EngineName');
    const isRedis = typeof engine === 'string' && engine.toLowerCase() === 'redis';
    out.add({
      type: 'dms-endpoint',
      ...base,
      id: endpoint.EndpointArn,
      arn: endpoint.EndpointArn,
      name: endpoint.EndpointIdentifier,
      engine,
      redisSslProtocol: isRedis
        ? setting(
            endpoint.RedisSettings?.SslSecurityProtocol,
            place,
            'RedisSettings.SslSecurityProtocol',
            DMS_REDIS_SSL_PROTOCOL,
          )
        : undefined,
    });
  }

  const instances = out
    .list(DESCRIBE_REPLICATION_INSTANCES, ['dms-replication-instance'])
    .flatMap((page) => page.ReplicationInstances ?? []);
  for (const instance of instances) {
    if (!instance.ReplicationInstanceArn) continue;
    const name = instance.ReplicationInstanceIdentifier;
    out.add({
      type: 'dms-replication-instance',
      ...base,
      id: instance.ReplicationInstanceArn,
      arn: instance.ReplicationInstanceArn,
      name,
      publiclyAccessible: setting(
        instance.PubliclyAccessible,
        describePlace(`DMS replication instance ${name ?? instance.ReplicationInstanceArn}`),
        'PubliclyAccessible',
        DMS_PUBLICLY_ACCESSIBLE,
      ),
    });
  }

  const tasks = out
    .list(DESCRIBE_REPLICATION_TASKS, ['dms-replication-task'])
    .flatMap((page) => page.ReplicationTasks ?? []);
  for (const task of tasks) {
    if (!task.ReplicationTaskArn) continue;
    const name = task.ReplicationTaskIdentifier;
    out.add({
      type: 'dms-replication-task',
      ...base,
      id: task.ReplicationTaskArn,
      arn: task.ReplicationTaskArn,
      name,
      logging: dmsTaskLogging(
        task.ReplicationTaskSettings,
        describePlace(`DMS replication task ${name ?? task.ReplicationTaskArn}`),
      ),
    });
  }
}
