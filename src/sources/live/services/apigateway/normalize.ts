import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { stageSettings } from '../../../../inventory/facts/stage-settings.js';
import { GET_REST_APIS, GET_STAGES } from './calls.js';

export function normalizeApiGateway(out: Output): void {
  const apis = out.list(GET_REST_APIS, ['apigateway-stage']).flatMap((page) => page.items ?? []);
  for (const api of apis) {
    if (!api.id) continue;
    const stages = out.one(GET_STAGES, api.id);
    if (!stages.value) {
      const reason = stages.unknown?.reason ?? `GetStages for REST API ${api.id} found nothing`;
      out.gap(['apigateway-stage'], 'apigateway:GetStages', reason, out.region);
      continue;
    }
    const types = api.endpointConfiguration?.types;
    for (const stage of stages.value.item ?? []) {
      if (!stage.stageName) continue;
      const arn = `arn:${out.partition}:apigateway:${out.region}::/restapis/${api.id}/stages/${stage.stageName}`;
      out.add({
        type: 'apigateway-stage',
        id: arn,
        arn,
        name: `${api.name ?? api.id}/${stage.stageName}`,
        region: out.region,
        origin: out.origin,
        tags: stage.tags,
        restApiId: api.id,
        stageName: stage.stageName,
        endpointTypes:
          types && types.length > 0 ? types : unknown(`REST API ${api.id}: endpoint types not returned`),
        webAclArn: stage.webAclArn || undefined,
        ...stageSettings(
          {
            CacheClusterEnabled: stage.cacheClusterEnabled,
            MethodSettings:
              stage.methodSettings &&
              Object.entries(stage.methodSettings).map(([key, method]) => ({
                key,
                CachingEnabled: method.cachingEnabled,
                CacheDataEncrypted: method.cacheDataEncrypted,
                LoggingLevel: method.loggingLevel,
              })),
            AccessLogDestination: stage.accessLogSettings?.destinationArn,
          },
          describePlace(`stage ${api.id}/${stage.stageName}`),
        ),
      });
    }
  }
}
