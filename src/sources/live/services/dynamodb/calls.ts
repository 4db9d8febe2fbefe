import type {
  DescribeContinuousBackupsCommandOutput,
  DescribeTableCommandOutput,
  ListTablesCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { serviceCalls } from '../../service.js';

const dynamodb = serviceCalls('dynamodb', '@aws-sdk/client-dynamodb', 'dynamodb');

export const LIST_TABLES = dynamodb.call<ListTablesCommandOutput>('ListTables');

export const DESCRIBE_TABLE = dynamodb.call<DescribeTableCommandOutput, string>('DescribeTable', {
  params: (TableName) => ({ TableName }),
  after: [LIST_TABLES],
});

/** Point-in-time recovery is not in DescribeTable: one call per table. */
export const DESCRIBE_CONTINUOUS_BACKUPS = dynamodb.call<DescribeContinuousBackupsCommandOutput, string>(
  'DescribeContinuousBackups',
  { params: (TableName) => ({ TableName }), after: [LIST_TABLES] },
);
