import type { GetModelInvocationLoggingConfigurationCommandOutput } from '@aws-sdk/client-bedrock';
import { serviceCalls } from '../../service.js';

const bedrock = serviceCalls('bedrock', '@aws-sdk/client-bedrock', 'bedrock', {
  availability: { ssm: 'bedrock', title: 'Bedrock' },
});

/** One per region: invocation logging is a regional account setting. */
export const GET_MODEL_INVOCATION_LOGGING_CONFIGURATION =
  bedrock.call<GetModelInvocationLoggingConfigurationCommandOutput>('GetModelInvocationLoggingConfiguration');
