import type { DescribeBrokerCommandOutput, ListBrokersCommandOutput } from '@aws-sdk/client-mq';
import { serviceCalls } from '../../service.js';

const mq = serviceCalls('mq', '@aws-sdk/client-mq', 'mq');

export const LIST_BROKERS = mq.call<ListBrokersCommandOutput>('ListBrokers', {
  params: () => ({ MaxResults: 100 }),
});

/** The summaries carry no logging settings: one call per broker. */
export const DESCRIBE_BROKER = mq.call<DescribeBrokerCommandOutput, string>('DescribeBroker', {
  params: (brokerId) => ({ BrokerId: brokerId }),
  after: [LIST_BROKERS],
});
