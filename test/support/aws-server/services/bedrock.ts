import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './workloads-data.js';

export const bedrock: ServiceDefinition = {
  signingName: 'bedrock',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-bedrock'),
  routes: [
    {
      method: 'GET',
      path: /^\/logging\/modelinvocations\/?$/,
      operation: 'GetModelInvocationLoggingConfiguration',
    },
  ],
  operations: {
    GetModelInvocationLoggingConfiguration: (ctx) => ({
      loggingConfig: regionOf(ctx).bedrock?.loggingConfig,
    }),
  },
};
