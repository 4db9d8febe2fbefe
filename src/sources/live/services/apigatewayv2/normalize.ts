import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { GET_APIS, GET_STAGES } from './calls.js';

export function normalizeApiGatewayV2(out: Output): void {
  const apis = out.list(GET_APIS, ['apigatewayv2-stage']).flatMap((page) => page.Items ?? []);
  for (const api of apis) {
    const apiId = api.ApiId;
    if (!apiId) continue;
    // A failed GetStages leaves this API's stages unseen: a gap, never an empty (passing) API.
    const stages = out.list(GET_STAGES, ['apigatewayv2-stage'], apiId).flatMap((page) => page.Items ?? []);
    for (const stage of stages) {
      const stageName = stage.StageName ?? unknown(`API ${apiId}: a stage has no StageName`);
      const arn = `arn:${out.partition}:apigateway:${out.region}::/apis/${apiId}/stages/${String(stage.StageName)}`;
      out.add({
        type: 'apigatewayv2-stage',
        id: arn,
        arn,
        name: `${api.Name ?? apiId}/${String(stage.StageName)}`,
        region: out.region,
        origin: out.origin,
        apiId,
        stageName,
        accessLogDestination: stage.AccessLogSettings?.DestinationArn,
      });
    }
  }
}
