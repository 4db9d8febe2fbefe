import type { ListDistributionsCommandOutput } from '@aws-sdk/client-cloudfront';
import { serviceCalls } from '../../service.js';

const cloudfront = serviceCalls('cloudfront', '@aws-sdk/client-cloudfront', 'cloudfront');

/** The distribution summaries carry the viewer certificate, behaviors and web ACL: no per-distribution call. */
export const LIST_DISTRIBUTIONS = cloudfront.call<ListDistributionsCommandOutput>('ListDistributions', {
  responseRoot: 'DistributionList',
});
