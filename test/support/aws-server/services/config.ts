import { AwsError } from '../aws-error.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

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
