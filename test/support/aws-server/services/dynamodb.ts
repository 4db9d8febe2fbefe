import { AwsError } from '../aws-error.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export const dynamodb: ServiceDefinition = {
  signingName: 'dynamodb',
  protocol: 'json',
  jsonVersion: '1.0',
  load: () => import('@aws-sdk/client-dynamodb'),
  operations: {
    ListTables: (ctx) => {
      const names = (regionOf(ctx).dynamodb?.tables ?? []).map((t) => t.TableName ?? '').sort();
      const after = stringField(ctx.body, 'ExclusiveStartTableName');
      const start = after === undefined ? 0 : names.findIndex((name) => name > after);
      const remaining = start < 0 ? [] : names.slice(start);
      const page = remaining.slice(0, ctx.pageSize(ctx.body.Limit));
      return {
        TableNames: page,
        LastEvaluatedTableName: page.length < remaining.length ? page.at(-1) : undefined,
      };
    },
    DescribeTable: (ctx) => {
      const name = required(stringField(ctx.body, 'TableName'), 'TableName');
      const table = (regionOf(ctx).dynamodb?.tables ?? []).find(
        (t) => t.TableName === name || t.TableArn === name,
      );
      if (!table)
        throw new AwsError(
          'ResourceNotFoundException',
          `Requested resource not found: Table: ${name} not found`,
          400,
        );
      return { Table: table };
    },
    DescribeContinuousBackups: (ctx) => {
      const name = required(stringField(ctx.body, 'TableName'), 'TableName');
      const dynamodb = regionOf(ctx).dynamodb;
      if (!(dynamodb?.tables ?? []).some((t) => t.TableName === name || t.TableArn === name))
        throw new AwsError('TableNotFoundException', `Table not found: ${name}`, 400);
      const enabled = (dynamodb?.pitrEnabled ?? []).includes(name);
      return {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: enabled ? 'ENABLED' : 'DISABLED' },
        },
      };
    },
  },
};
