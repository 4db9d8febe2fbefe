import { DescribeStreamSummaryCommand, KinesisClient, paginateListStreams } from '@aws-sdk/client-kinesis';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_STREAM_SUMMARY, LIST_STREAMS } from './calls.js';

export async function fetchKinesis({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(KinesisClient, region);
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
