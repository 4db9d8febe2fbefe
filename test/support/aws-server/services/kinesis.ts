import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export const kinesis: ServiceDefinition = {
  signingName: 'kinesis',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-kinesis'),
  operations: {
    ListStreams: (ctx) => {
      const streams = regionOf(ctx).kinesis?.streams ?? [];
      const page = paginate(streams, ctx.body.NextToken, ctx.pageSize(ctx.body.Limit), ctx.action);
      return {
        StreamNames: page.items.map((stream) => stream.StreamName),
        StreamSummaries: page.items.map((stream) => ({
          StreamName: stream.StreamName,
          StreamARN: stream.StreamARN,
          StreamStatus: stream.StreamStatus,
        })),
        HasMoreStreams: page.next !== undefined,
        NextToken: page.next,
      };
    },
    DescribeStreamSummary: (ctx) => {
      const name = required(stringField(ctx.body, 'StreamName'), 'StreamName');
      const stream = (regionOf(ctx).kinesis?.streams ?? []).find((s) => s.StreamName === name);
      if (!stream)
        throw new AwsError('ResourceNotFoundException', `Stream ${name} under account not found.`, 400);
      return { StreamDescriptionSummary: stream };
    },
  },
};
