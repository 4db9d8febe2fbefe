import type {
  GetDistributionConfigCommandOutput,
  ListDistributionsCommandOutput,
} from '@aws-sdk/client-cloudfront';
import { serviceCalls } from '../../service.js';

const cloudfront = serviceCalls('cloudfront', '@aws-sdk/client-cloudfront', 'cloudfront');

/** The distribution summaries carry the viewer certificate, behaviors and web ACL: no per-distribution call. */
export const LIST_DISTRIBUTIONS = cloudfront.call<ListDistributionsCommandOutput>('ListDistributions', {
  responseRoot: 'DistributionList',
});

/** Access logging is only in the full configuration: one call per distribution. */
export const GET_DISTRIBUTION_CONFIG = cloudfront.call<GetDistributionConfigCommandOutput, string>(
  'GetDistributionConfig',
  { params: (Id) => ({ Id }), after: [LIST_DISTRIBUTIONS] },
);
