import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  paginateListTables,
} from '@aws-sdk/client-dynamodb';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_CONTINUOUS_BACKUPS, DESCRIBE_TABLE, LIST_TABLES } from './calls.js';

export async function fetchDynamoDb({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(DynamoDBClient, region);
  const tables = await sendPages(rec, LIST_TABLES, region, undefined, () =>
    paginateListTables({ client }, {}),
  );
  await Promise.all(
    tables.pages
      .flatMap((page) => page.TableNames ?? [])
      .flatMap((TableName) => [
        send(rec, DESCRIBE_TABLE, region, TableName, () =>
          client.send(new DescribeTableCommand({ TableName })),
        ),
        send(rec, DESCRIBE_CONTINUOUS_BACKUPS, region, TableName, () =>
          client.send(new DescribeContinuousBackupsCommand({ TableName })),
        ),
      ]),
  );
}
