import type { DescribeStreamSummaryCommandOutput, ListStreamsCommandOutput } from '@aws-sdk/client-kinesis';
import { serviceCalls } from '../../service.js';

const kinesis = serviceCalls('kinesis', '@aws-sdk/client-kinesis', 'kinesis');

export const LIST_STREAMS = kinesis.call<ListStreamsCommandOutput>('ListStreams');

/** Per stream: encryption and retention are not in the listing. */
export const DESCRIBE_STREAM_SUMMARY = kinesis.call<DescribeStreamSummaryCommandOutput, string>(
  'DescribeStreamSummary',
  { params: (StreamName) => ({ StreamName }), after: [LIST_STREAMS] },
);
