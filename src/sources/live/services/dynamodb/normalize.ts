import type { DescribeTableCommandOutput } from '@aws-sdk/client-dynamodb';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { EncryptionAtRest } from '../../../../inventory/model.js';
import type { Json, Output } from '../../normalize/raw.js';
import { DESCRIBE_CONTINUOUS_BACKUPS, DESCRIBE_TABLE, LIST_TABLES } from './calls.js';

type Table = NonNullable<Json<DescribeTableCommandOutput>['Table']>;

/** DynamoDB always encrypts: no SSE description (or a disabled one) means its AWS-owned key. */
function encryption(table: Table): EncryptionAtRest {
  const sse = table.SSEDescription;
  if (!sse || sse.Status === 'DISABLED' || sse.SSEType !== 'KMS') return { state: 'aws-owned' };
  return { state: 'kms', keyId: sse.KMSMasterKeyArn };
}

function pointInTimeRecovery(out: Output, TableName: string): Maybe<boolean> {
  const answer = out.one(DESCRIBE_CONTINUOUS_BACKUPS, TableName);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`DynamoDB table ${TableName}: continuous backups not found`);
  const status =
    answer.value.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
  if (status === undefined)
    return unknown(`DynamoDB table ${TableName}: PointInTimeRecoveryStatus was not returned`);
  return status === 'ENABLED';
}

export function normalizeDynamoDb(out: Output): void {
  const names = out.list(LIST_TABLES, ['dynamodb-table']).flatMap((page) => page.TableNames ?? []);
  for (const TableName of names) {
    const described = out.one(DESCRIBE_TABLE, TableName);
    const table = described.value?.Table;
    const fallbackArn = `arn:${out.partition}:dynamodb:${out.region}:${out.account}:table/${TableName}`;
    const tableEncryption: Maybe<EncryptionAtRest> = table
      ? encryption(table)
      : (described.unknown ?? unknown(`DynamoDB table ${TableName}: DescribeTable returned no table`));
    out.add({
      type: 'dynamodb-table',
      id: table?.TableArn ?? fallbackArn,
      arn: table?.TableArn ?? fallbackArn,
      name: TableName,
      region: out.region,
      origin: out.origin,
      encryption: tableEncryption,
      deletionProtection: table
        ? (table.DeletionProtectionEnabled ??
          unknown(`DynamoDB table ${TableName}: DeletionProtectionEnabled was not returned`))
        : (described.unknown ?? unknown(`DynamoDB table ${TableName}: DescribeTable returned no table`)),
      pointInTimeRecovery: pointInTimeRecovery(out, TableName),
    });
  }
}
