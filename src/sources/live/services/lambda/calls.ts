import type {
  GetFunctionConcurrencyCommandOutput,
  GetPolicyCommandOutput,
  ListFunctionsCommandOutput,
} from '@aws-sdk/client-lambda';
import { serviceCalls } from '../../service.js';

const lambda = serviceCalls('lambda', '@aws-sdk/client-lambda', 'lambda');

export const LIST_FUNCTIONS = lambda.call<ListFunctionsCommandOutput>('ListFunctions');

/** No account-level call lists function policies: one per function. */
export const GET_POLICY = lambda.call<GetPolicyCommandOutput, string>('GetPolicy', {
  params: (FunctionName) => ({ FunctionName }),
  after: [LIST_FUNCTIONS],
});

/** ListFunctions does not carry reserved concurrency. */
export const GET_FUNCTION_CONCURRENCY = lambda.call<GetFunctionConcurrencyCommandOutput, string>(
  'GetFunctionConcurrency',
  { params: (FunctionName) => ({ FunctionName }), after: [LIST_FUNCTIONS] },
);
