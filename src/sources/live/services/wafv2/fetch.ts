import {
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type ListWebACLsCommandOutput,
} from '@aws-sdk/client-wafv2';
import { PROTECTED_RESOURCE_TYPES } from './normalize.js';
import type { FetchContext, Fetcher } from '../../fetch/types.js';
import { present, tokenPages } from '../../fetch/types.js';

async function listWebAcls(ctx: FetchContext, region: string, Scope: 'REGIONAL' | 'CLOUDFRONT') {
  const client = ctx.clients.get(WAFV2Client, region);
  return ctx.rec.paginate('wafv2', 'ListWebACLs', region, { Scope }, () =>
    tokenPages<ListWebACLsCommandOutput>(
      (NextMarker) => client.send(new ListWebACLsCommand({ Scope, NextMarker, Limit: 100 })),
      (page) => page.NextMarker,
    ),
  );
}

export const wafRegionalFetcher: Fetcher = {
  service: 'wafv2',
  scope: 'regional',
  async fetch(ctx, region) {
    const client = ctx.clients.get(WAFV2Client, region);
    const acls = await listWebAcls(ctx, region, 'REGIONAL');
    const arns = acls.pages
      .flatMap((page) => page.WebACLs ?? [])
      .map((acl) => acl.ARN)
      .filter(present);
    await Promise.all(
      arns.flatMap((WebACLArn) =>
        PROTECTED_RESOURCE_TYPES.map((ResourceType) =>
          ctx.rec.call('wafv2', 'ListResourcesForWebACL', region, { WebACLArn, ResourceType }, () =>
            client.send(new ListResourcesForWebACLCommand({ WebACLArn, ResourceType })),
          ),
        ),
      ),
    );
  },
};

/** CloudFront distributions name their web ACL themselves; only the ACLs are listed. */
export const wafCloudFrontFetcher: Fetcher = {
  service: 'wafv2',
  scope: 'global',
  async fetch(ctx, region) {
    await listWebAcls(ctx, region, 'CLOUDFRONT');
  },
};
