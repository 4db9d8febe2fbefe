import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export const sqs: ServiceDefinition = {
  signingName: 'sqs',
  protocol: 'json',
  jsonVersion: '1.0',
  load: () => import('@aws-sdk/client-sqs'),
  errorCodes: { Throttling: { code: 'RequestThrottled', status: 400 } },
  operations: {
    ListQueues: (ctx) => {
      const prefix = stringField(ctx.body, 'QueueNamePrefix') ?? '';
      const urls = (regionOf(ctx).sqs?.queues ?? [])
        .map((q) => q.url)
        .filter((url) => url.slice(url.lastIndexOf('/') + 1).startsWith(prefix));
      const page = paginate(
        urls,
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidParameterValue',
      );
      return { QueueUrls: page.items, NextToken: page.next };
    },
    GetQueueAttributes: (ctx) => {
      const url = required(stringField(ctx.body, 'QueueUrl'), 'QueueUrl');
      const queue = (regionOf(ctx).sqs?.queues ?? []).find((q) => q.url === url);
      if (!queue) throw new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
      const wanted = (ctx.body.AttributeNames as string[] | undefined) ?? [];
      const all = wanted.includes('All');
      return {
        Attributes: Object.fromEntries(
          Object.entries(queue.attributes).filter(([name]) => all || wanted.includes(name)),
        ),
      };
    },
  },
};
