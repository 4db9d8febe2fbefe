import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'apigateway-cache-encrypted',
  title: 'API Gateway stage caches are encrypted',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['apigateway-stage'],
  rationale:
    'A stage cache keeps copies of API responses, which often carry personal or account data, for up to an hour. ' +
    'API Gateway encrypts them only for methods whose cache data is marked encrypted.',
  remediation: {
    summary: 'Set CacheDataEncrypted on every method setting that enables caching (for example on */*).',
    cloudformation:
      'AWS::ApiGateway::Stage: `MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: true }]`',
    cdk: 'new apigateway.RestApi(this, "Api", { deployOptions: { cachingEnabled: true, cacheDataEncrypted: true } })',
    cli: 'aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_308'],
    guard: ['API_GW_CACHE_ENABLED_AND_ENCRYPTED'],
    prowler: ['apigateway_restapi_cache_encrypted'],
    steampipe: ['apigateway_stage_cache_encryption_at_rest_enabled'],
    fsbp: ['APIGateway.5'],
  },
  evaluate(stage) {
    if (isUnknown(stage.cacheClusterEnabled)) return undetermined(stage.cacheClusterEnabled);
    if (!stage.cacheClusterEnabled) return notApplicable('the stage has no cache cluster');
    if (isUnknown(stage.methodSettings)) return undetermined(stage.methodSettings);
    const unencrypted: string[] = [];
    const cached: string[] = [];
    for (const method of stage.methodSettings) {
      if (isUnknown(method.cachingEnabled)) return undetermined(method.cachingEnabled);
      if (!method.cachingEnabled) continue;
      if (isUnknown(method.cacheDataEncrypted)) return undetermined(method.cacheDataEncrypted);
      cached.push(method.key);
      if (!method.cacheDataEncrypted) unencrypted.push(method.key);
    }
    const evidence = { cachedMethods: cached, unencryptedMethods: unencrypted };
    if (unencrypted.length > 0) {
      return fail(`cache data is not encrypted for ${unencrypted.join(', ')}`, evidence);
    }
    if (cached.length === 0) return pass('the cache cluster is on but no method caches responses', evidence);
    return pass(`cache data is encrypted for ${cached.join(', ')}`, evidence);
  },
});
