/**
 * The aggregator's calls, sent by the organization's caller (management or
 * delegated administrator account) with its own credentials: they belong to
 * its policy (`soc2 policy --for management`), not to the member scan policy,
 * so they are declared here rather than in the live service catalog.
 */
import type {
  BatchGetAggregateResourceConfigCommandOutput,
  SelectAggregateResourceConfigCommandOutput,
} from '@aws-sdk/client-config-service';
import { serviceCalls } from '../live/service.js';

const config = serviceCalls('config', '@aws-sdk/client-config-service', 'config');

/** `--org --source config --aggregator NAME`: a member's resources of the adapted types, from the aggregator. */
export const SELECT_AGGREGATE_RESOURCE_CONFIG = config.call<
  SelectAggregateResourceConfigCommandOutput,
  string
>('SelectAggregateResourceConfig', { params: (Expression) => ({ Expression }) });

/** Their configuration items; the batch is named by account, region and number. */
export const BATCH_GET_AGGREGATE_RESOURCE_CONFIG = config.call<
  BatchGetAggregateResourceConfigCommandOutput,
  string
>('BatchGetAggregateResourceConfig', {
  params: (batch) => ({ batch }),
  after: [SELECT_AGGREGATE_RESOURCE_CONFIG],
});
