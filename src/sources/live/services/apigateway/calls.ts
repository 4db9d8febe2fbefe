import type { GetRestApisCommandOutput, GetStagesCommandOutput } from '@aws-sdk/client-api-gateway';
import { serviceCalls } from '../../service.js';

// API Gateway authorizes reads by path: one IAM action, narrowed by resource.
const apigateway = serviceCalls('apigateway', '@aws-sdk/client-api-gateway', 'apigateway');

export const GET_REST_APIS = apigateway.call<GetRestApisCommandOutput>('GetRestApis', {
  iam: 'apigateway:GET',
  resources: ['arn:aws:apigateway:*::/restapis'],
});

/** Every stage of one REST API at once; it has no pagination. */
export const GET_STAGES = apigateway.call<GetStagesCommandOutput, string>('GetStages', {
  iam: 'apigateway:GET',
  resources: ['arn:aws:apigateway:*::/restapis/*/stages'],
  params: (restApiId) => ({ restApiId }),
  after: [GET_REST_APIS],
});
