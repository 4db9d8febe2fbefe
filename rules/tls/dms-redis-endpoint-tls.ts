import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'dms-redis-endpoint-tls',
  title: 'DMS endpoints to Redis connect with TLS',
  severity: 'medium',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['dms-endpoint'],
  rationale:
    'A DMS Redis target endpoint set to plaintext copies every migrated record to Redis without encryption. ' +
    'With ssl-encryption the connection uses TLS.',
  remediation: {
    summary: "Set the endpoint's Redis SslSecurityProtocol to ssl-encryption.",
    cloudformation: 'AWS::DMS::Endpoint: `RedisSettings: { SslSecurityProtocol: ssl-encryption }`',
    cli: 'aws dms modify-endpoint --endpoint-arn <arn> --redis-settings SslSecurityProtocol=ssl-encryption',
  },
  equivalents: {
    prowler: ['dms_endpoint_redis_in_transit_encryption_enabled'],
    steampipe: ['dms_endpoint_redis_tls_enabled'],
    fsbp: ['DMS.12'],
  },
  evaluate(endpoint) {
    if (isUnknown(endpoint.engine)) return undetermined(endpoint.engine);
    if (endpoint.engine.toLowerCase() !== 'redis')
      return notApplicable(`a ${endpoint.engine} endpoint, not Redis`, { engine: endpoint.engine });
    const protocol = endpoint.redisSslProtocol;
    if (isUnknown(protocol)) return undetermined(protocol);
    const evidence = { sslSecurityProtocol: protocol ?? null };
    return protocol === 'ssl-encryption'
      ? pass('the Redis connection uses TLS (ssl-encryption)', evidence)
      : fail(`the Redis connection is ${protocol ?? 'not encrypted'}`, evidence);
  },
});
