import type {
  ListHostedZonesCommandOutput,
  ListQueryLoggingConfigsCommandOutput,
} from '@aws-sdk/client-route-53';
import { serviceCalls } from '../../service.js';

const route53 = serviceCalls('route53', '@aws-sdk/client-route-53', 'route53');

export const LIST_HOSTED_ZONES = route53.call<ListHostedZonesCommandOutput>('ListHostedZones', {
  params: () => ({ MaxItems: 100 }),
  responseRoot: 'ListHostedZonesResponse',
});

/** Without a zone id it lists the account's every query logging configuration: no call per zone. */
export const LIST_QUERY_LOGGING_CONFIGS = route53.call<ListQueryLoggingConfigsCommandOutput>(
  'ListQueryLoggingConfigs',
  { params: () => ({ MaxResults: 100 }), responseRoot: 'ListQueryLoggingConfigsResponse' },
);
