import {
  GetWebACLCommand,
  ListLoggingConfigurationsCommand,
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type ListLoggingConfigurationsCommandOutput,
  type ListWebACLsCommandOutput,
} from '@aws-sdk/client-wafv2';
import { present, tokenPages, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  GET_WEB_ACL,
  LIST_LOGGING_CONFIGURATIONS,
  LIST_RESOURCES_FOR_WEB_ACL,
  LIST_WEB_ACLS,
  PROTECTED_RESOURCE_TYPES,
  type WafScope,
} from './calls.js';

function listWebAcls({ rec, clients }: FetchContext, region: string, Scope: WafScope) {
  const client = clients.get(WAFV2Client, region);
  return sendPages(rec, LIST_WEB_ACLS, region, Scope, () =>
    tokenPages<ListWebACLsCommandOutput>(
      (NextMarker) => client.send(new ListWebACLsCommand({ Scope, NextMarker, Limit: 100 })),
      (page) => page.NextMarker,
    ),
  );
}

function listLoggingConfigurations({ rec, clients }: FetchContext, region: string, Scope: WafScope) {
  const client = clients.get(WAFV2Client, region);
  return sendPages(rec, LIST_LOGGING_CONFIGURATIONS, region, Scope, () =>
    tokenPages<ListLoggingConfigurationsCommandOutput>(
      (NextMarker) => client.send(new ListLoggingConfigurationsCommand({ Scope, NextMarker, Limit: 100 })),
      (page) => page.NextMarker,
    ),
  );
}

type ListedAcls = Awaited<ReturnType<typeof listWebAcls>>;

function getWebAcls({ rec, clients }: FetchContext, region: string, scope: WafScope, acls: ListedAcls) {
  const client = clients.get(WAFV2Client, region);
  return Promise.all(
    acls.pages
      .flatMap((page) => page.WebACLs ?? [])
      .flatMap((acl) => (acl.Name && acl.Id ? [{ name: acl.Name, id: acl.Id }] : []))
      .map(({ name, id }) =>
        send(rec, GET_WEB_ACL, region, { name, id, scope }, () =>
          client.send(new GetWebACLCommand({ Name: name, Id: id, Scope: scope })),
        ),
      ),
  );
}

export async function fetchWafRegional(ctx: FetchContext, region: string): Promise<void> {
  const client = ctx.clients.get(WAFV2Client, region);
  const [acls] = await Promise.all([
    listWebAcls(ctx, region, 'REGIONAL'),
    listLoggingConfigurations(ctx, region, 'REGIONAL'),
  ]);
  const arns = acls.pages
    .flatMap((page) => page.WebACLs ?? [])
    .map((acl) => acl.ARN)
    .filter(present);
  await Promise.all([
    getWebAcls(ctx, region, 'REGIONAL', acls),
    ...arns.flatMap((webAclArn) =>
      PROTECTED_RESOURCE_TYPES.map((resourceType) =>
        send(ctx.rec, LIST_RESOURCES_FOR_WEB_ACL, region, { webAclArn, resourceType }, () =>
          client.send(
            new ListResourcesForWebACLCommand({ WebACLArn: webAclArn, ResourceType: resourceType }),
          ),
        ),
      ),
    ),
  ]);
}

/** CloudFront distributions name their web ACL themselves; only the ACLs are listed. */
export async function fetchWafCloudFront(ctx: FetchContext, region: string): Promise<void> {
  const [acls] = await Promise.all([
    listWebAcls(ctx, region, 'CLOUDFRONT'),
    listLoggingConfigurations(ctx, region, 'CLOUDFRONT'),
  ]);
  await getWebAcls(ctx, region, 'CLOUDFRONT', acls);
}
