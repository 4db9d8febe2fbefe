import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function functionOf(ctx: CallContext) {
  const name = decodeURIComponent(ctx.pathParams.name ?? '');
  const fn = regionOf(ctx).lambda?.functions.find(
    (entry) => entry.configuration.FunctionName === name || entry.configuration.FunctionArn === name,
  );
  if (!fn) throw new AwsError('ResourceNotFoundException', `Function not found: ${name}`, 404);
  return fn;
}

export const lambda: ServiceDefinition = {
  signingName: 'lambda',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-lambda'),
  routes: [
    { method: 'GET', path: /^\/2015-03-31\/functions\/?$/, operation: 'ListFunctions' },
    { method: 'GET', path: /^\/2015-03-31\/functions\/(?<name>[^/]+)\/policy\/?$/, operation: 'GetPolicy' },
    {
      method: 'GET',
      path: /^\/2019-09-30\/functions\/(?<name>[^/]+)\/concurrency\/?$/,
      operation: 'GetFunctionConcurrency',
    },
  ],
  errorCodes: { Throttling: { code: 'TooManyRequestsException', status: 429 } },
  operations: {
    ListFunctions: (ctx) => {
      const page = paginate(
        (regionOf(ctx).lambda?.functions ?? []).map((entry) => entry.configuration),
        ctx.params.Marker,
        ctx.pageSize(ctx.params.MaxItems),
        ctx.action,
        'InvalidParameterValueException',
      );
      return { Functions: page.items, NextMarker: page.next };
    },
    GetPolicy: (ctx) => {
      const fn = functionOf(ctx);
      if (fn.policy === undefined) {
        throw new AwsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
      }
      return { Policy: fn.policy, RevisionId: 'r1' };
    },
    GetFunctionConcurrency: (ctx) => {
      const fn = functionOf(ctx);
      return fn.reservedConcurrency === undefined
        ? {}
        : { ReservedConcurrentExecutions: fn.reservedConcurrency };
    },
  },
};
