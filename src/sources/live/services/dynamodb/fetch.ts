import { DescribeTableCommand, DynamoDBClient, paginateListTables } from '@aws-sdk/client-dynamodb';
import type { Fetcher } from '../../fetch/types.js';

export const dynamoDbFetcher: Fetcher = {
  service: 'dynamodb',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(DynamoDBClient, region);
    const tables = await rec.paginate('dynamodb', 'ListTables', region, undefined, () =>
      paginateListTables({ client }, {}),
    );
    await Promise.all(
      tables.pages
        .flatMap((page) => page.TableNames ?? [])
        .map((TableName) =>
          rec.call('dynamodb', 'DescribeTable', region, { TableName }, () =>
            client.send(new DescribeTableCommand({ TableName })),
          ),
        ),
    );
  },
};
