import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamSummaryCommand, KinesisClient, paginateListStreams } from '@aws-sdk/client-kinesis';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_STREAM_SUMMARY, LIST_STREAMS } from './calls.js';

export async function fetchKinesis({ rec, clients }: FetchContext, region: string): Promise<void> {
  // The Kinesis client defaults to HTTP/2 (for SubscribeToShard). These are plain request/response calls, which
  // Kinesis also serves over HTTP/1.1: they use the pooled HTTP/1.1 handler (timeouts, kept-alive sockets) of
  // another JSON-protocol client, like every other service's calls.
  const http1 = clients.get(DynamoDBClient, region).config.requestHandler;
  const client = clients.get(KinesisClient, region, { requestHandler: http1 });
  const listed = await sendPages(rec, LIST_STREAMS, region, undefined, () =>
    paginateListStreams({ client, pageSize: 10_000 }, {}),
  );
  await Promise.all(
    listed.pages
      .flatMap((page) => page.StreamNames ?? [])
      .map((StreamName) =>
        send(rec, DESCRIBE_STREAM_SUMMARY, region, StreamName, () =>
          client.send(new DescribeStreamSummaryCommand({ StreamName })),
        ),
      ),
  );
}
