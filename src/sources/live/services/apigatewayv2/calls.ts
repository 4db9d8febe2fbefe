import type { GetApisCommandOutput, GetStagesCommandOutput } from '@aws-sdk/client-apigatewayv2';
import { serviceCalls } from '../../service.js';

// HTTP and WebSocket APIs share API Gateway's signing name and its path-scoped IAM action.
const apigatewayv2 = serviceCalls('apigatewayv2', '@aws-sdk/client-apigatewayv2', 'apigateway');

export const GET_APIS = apigatewayv2.call<GetApisCommandOutput>('GetApis', {
  iam: 'apigateway:GET',
  resources: ['arn:aws:apigateway:*::/apis'],
});

export const GET_STAGES = apigatewayv2.call<GetStagesCommandOutput, string>('GetStages', {
  iam: 'apigateway:GET',
  resources: ['arn:aws:apigateway:*::/apis/*/stages'],
  params: (ApiId) => ({ ApiId }),
  after: [GET_APIS],
});
