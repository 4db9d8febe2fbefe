import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { PolicyStatement } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_FUNCTION_CONCURRENCY, GET_POLICY, LIST_FUNCTIONS } from './calls.js';

/** A function without a policy answers ResourceNotFoundException: that is "no statements", not a failure. */
function policyOf(out: Output, name: string): Maybe<PolicyStatement[]> {
  const record = out.raw.get(GET_POLICY.service, GET_POLICY.action, out.region, GET_POLICY.params(name));
  if (record?.error?.code === 'ResourceNotFoundException') return [];
  const answer = out.one(GET_POLICY, name);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return [];
  // GetPolicy always carries the document: an answer without it was not read, not "no policy".
  if (answer.value.Policy === undefined)
    return unknown(`Lambda function ${name}: GetPolicy returned no Policy`);
  return policyStatements(answer.value.Policy, `Lambda function ${name}: policy`);
}

function concurrencyOf(out: Output, name: string): Maybe<number | undefined> {
  const answer = out.one(GET_FUNCTION_CONCURRENCY, name);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`Lambda function ${name}: GetFunctionConcurrency found no function`);
  // Without reserved concurrency the answer is empty.
  return answer.value.ReservedConcurrentExecutions;
}

export function normalizeLambda(out: Output): void {
  for (const fn of out.list(LIST_FUNCTIONS, ['lambda-function']).flatMap((page) => page.Functions ?? [])) {
    const name = fn.FunctionName;
    if (!name) continue;
    out.add({
      type: 'lambda-function',
      id: fn.FunctionArn ?? `arn:${out.partition}:lambda:${out.region}:${out.account}:function:${name}`,
      arn: fn.FunctionArn,
      name,
      region: out.region,
      origin: out.origin,
      policyStatements: policyOf(out, name),
      // ListFunctions omits VpcConfig (or leaves SubnetIds empty) for a function outside any VPC.
      inVpc: (fn.VpcConfig?.SubnetIds ?? []).length > 0,
      deadLetterTargetArn: fn.DeadLetterConfig?.TargetArn,
      reservedConcurrency: concurrencyOf(out, name),
    });
  }
}
