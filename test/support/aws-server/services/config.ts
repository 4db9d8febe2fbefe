import { AwsError } from '../aws-error.js';
import type { FakeRegion } from '../account.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { paginate } from '../paginate.js';
import { regionOf } from './common.js';
import { configItemsOf } from './config-items.js';

/** `field = 'value'` of an aggregator query's WHERE clause. */
function queried(expression: unknown, field: string): string | undefined {
  return new RegExp(`${field} = '([^']+)'`).exec(String(expression ?? ''))?.[1];
}

/** An aggregator of this account and region, or the error Config answers for an unknown one. */
function aggregatorRegion(ctx: CallContext): void {
  const name = String(ctx.body.ConfigurationAggregatorName ?? '');
  if (!(regionOf(ctx).config?.aggregators ?? []).includes(name))
    throw new AwsError(
      'NoSuchConfigurationAggregatorException',
      `The configuration aggregator ${name} does not exist.`,
      400,
    );
}

/** The organization account (management or member) an aggregator query names, and its region data. */
function aggregatedRegion(
  ctx: CallContext,
  account: string | undefined,
  region: string | undefined,
): FakeRegion {
  const source =
    account === ctx.account.accountId
      ? ctx.account
      : ctx.state.organization?.members.find((member) => member.account.accountId === account)?.account;
  return (region !== undefined ? source?.regions[region] : undefined) ?? {};
}

/** The resource types of `... WHERE resourceType IN ('A', 'B')`, the only query a Config scan sends. */
function queriedTypes(expression: unknown): Set<string> {
  const list = /resourceType IN \(([^)]*)\)/i.exec(String(expression ?? ''));
  if (!list)
    throw new AwsError('InvalidExpressionException', `unsupported expression: ${String(expression)}`, 400);
  return new Set([...(list[1] ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1] as string));
}

/** Items named in the request's name list (all when absent); unknown names fail like Config does. */
function named<T>(
  ctx: CallContext,
  items: readonly T[],
  listField: string,
  nameOf: (item: T) => string | undefined,
  errorCode: string,
): readonly T[] {
  const names = ctx.body[listField] as string[] | undefined;
  if (!names || names.length === 0) return items;
  return names.map((name) => {
    const item = items.find((i) => nameOf(i) === name);
    if (!item) throw new AwsError(errorCode, `Cannot find ${name}`, 400);
    return item;
  });
}

export const config: ServiceDefinition = {
  signingName: 'config',
  protocol: 'json',
  load: () => import('@aws-sdk/client-config-service'),
  operations: {
    SelectResourceConfig: (ctx) => {
      const types = queriedTypes(ctx.body.Expression);
      const rows = configItemsOf(regionOf(ctx))
        .filter((item) => types.has(item.resourceType))
        .map((item) => JSON.stringify({ resourceId: item.resourceId, resourceType: item.resourceType }));
      const page = paginate(
        rows,
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.Limit as number | undefined),
        ctx.action,
      );
      return {
        Results: page.items,
        NextToken: page.next,
        QueryInfo: { SelectFields: [{ Name: 'resourceId' }, { Name: 'resourceType' }] },
      };
    },
    BatchGetResourceConfig: (ctx) => {
      const keys = (ctx.body.resourceKeys ?? []) as { resourceType: string; resourceId: string }[];
      if (keys.length > 100) throw new AwsError('ValidationException', 'at most 100 resource keys', 400);
      const region = regionOf(ctx);
      const capturedAt = new Date(region.config?.itemsCapturedAt ?? '2026-11-20T06:00:00Z');
      const all = configItemsOf(region);
      const found = keys.flatMap((key) =>
        all.filter((item) => item.resourceType === key.resourceType && item.resourceId === key.resourceId),
      );
      return {
        baseConfigurationItems: found.map((item) => ({
          version: '1.3',
          accountId: ctx.account.accountId,
          configurationItemCaptureTime: capturedAt.getTime() / 1000,
          configurationItemStatus: 'OK',
          resourceType: item.resourceType,
          resourceId: item.resourceId,
          awsRegion: ctx.region,
          configuration: JSON.stringify(item.configuration),
          supplementaryConfiguration: {},
        })),
        unprocessedResourceKeys: [],
      };
    },
    SelectAggregateResourceConfig: (ctx) => {
      aggregatorRegion(ctx);
      const expression = ctx.body.Expression;
      const types = queriedTypes(expression);
      const account = queried(expression, 'accountId');
      const region = queried(expression, 'awsRegion');
      const rows = configItemsOf(aggregatedRegion(ctx, account, region))
        .filter((item) => types.has(item.resourceType))
        .map((item) =>
          JSON.stringify({
            resourceId: item.resourceId,
            resourceType: item.resourceType,
            accountId: account,
            awsRegion: region,
          }),
        );
      const page = paginate(rows, ctx.body.NextToken, ctx.pageSize(ctx.body.Limit), ctx.action);
      return { Results: page.items, NextToken: page.next };
    },
    BatchGetAggregateResourceConfig: (ctx) => {
      aggregatorRegion(ctx);
      const ids = (ctx.body.ResourceIdentifiers ?? []) as {
        SourceAccountId: string;
        SourceRegion: string;
        ResourceId: string;
        ResourceType: string;
      }[];
      if (ids.length > 100)
        throw new AwsError('ValidationException', 'at most 100 resource identifiers', 400);
      const items = ids.flatMap((id) => {
        const region = aggregatedRegion(ctx, id.SourceAccountId, id.SourceRegion);
        const capturedAt = new Date(region.config?.itemsCapturedAt ?? '2026-11-20T06:00:00Z');
        return configItemsOf(region)
          .filter((item) => item.resourceType === id.ResourceType && item.resourceId === id.ResourceId)
          .map((item) => ({
            version: '1.3',
            accountId: id.SourceAccountId,
            configurationItemCaptureTime: capturedAt.getTime() / 1000,
            configurationItemStatus: 'OK',
            resourceType: item.resourceType,
            resourceId: item.resourceId,
            awsRegion: id.SourceRegion,
            configuration: JSON.stringify(item.configuration),
            supplementaryConfiguration: {},
          }));
      });
      return { BaseConfigurationItems: items, UnprocessedResourceIdentifiers: [] };
    },
    DescribeConfigurationRecorders: (ctx) => ({
      ConfigurationRecorders: named(
        ctx,
        regionOf(ctx).config?.recorders ?? [],
        'ConfigurationRecorderNames',
        (r) => r.name,
        'NoSuchConfigurationRecorderException',
      ),
    }),
    DescribeConfigurationRecorderStatus: (ctx) => ({
      ConfigurationRecordersStatus: named(
        ctx,
        regionOf(ctx).config?.recorderStatus ?? [],
        'ConfigurationRecorderNames',
        (r) => r.name,
        'NoSuchConfigurationRecorderException',
      ),
    }),
    DescribeDeliveryChannels: (ctx) => ({
      DeliveryChannels: named(
        ctx,
        regionOf(ctx).config?.deliveryChannels ?? [],
        'DeliveryChannelNames',
        (c) => c.name,
        'NoSuchDeliveryChannelException',
      ),
    }),
    DescribeDeliveryChannelStatus: (ctx) => ({
      DeliveryChannelsStatus: named(
        ctx,
        regionOf(ctx).config?.deliveryChannelStatus ?? [],
        'DeliveryChannelNames',
        (c) => c.name,
        'NoSuchDeliveryChannelException',
      ),
    }),
  },
};
