import {
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  LambdaClient,
  paginateListFunctions,
} from '@aws-sdk/client-lambda';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_FUNCTION_CONCURRENCY, GET_POLICY, LIST_FUNCTIONS } from './calls.js';

export async function fetchLambda({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(LambdaClient, region);
  const functions = await sendPages(rec, LIST_FUNCTIONS, region, undefined, () =>
    paginateListFunctions({ client, pageSize: 50 }, {}),
  );
  const names = functions.pages.flatMap((page) => page.Functions ?? []).map((fn) => fn.FunctionName);
  await Promise.all(
    names
      .filter(present)
      .flatMap((FunctionName) => [
        send(rec, GET_POLICY, region, FunctionName, () =>
          client.send(new GetPolicyCommand({ FunctionName })),
        ),
        send(rec, GET_FUNCTION_CONCURRENCY, region, FunctionName, () =>
          client.send(new GetFunctionConcurrencyCommand({ FunctionName })),
        ),
      ]),
  );
}
