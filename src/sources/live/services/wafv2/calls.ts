import type {
  GetWebACLCommandOutput,
  ListLoggingConfigurationsCommandOutput,
  ListResourcesForWebACLCommandOutput,
  ListWebACLsCommandOutput,
} from '@aws-sdk/client-wafv2';
import { serviceCalls } from '../../service.js';

const wafv2 = serviceCalls('wafv2', '@aws-sdk/client-wafv2', 'wafv2');

/** Regional resource types whose web ACL protection the rules judge. */
export const PROTECTED_RESOURCE_TYPES = ['APPLICATION_LOAD_BALANCER', 'API_GATEWAY'] as const;

export type WafScope = 'REGIONAL' | 'CLOUDFRONT';

export const LIST_WEB_ACLS = wafv2.call<ListWebACLsCommandOutput, WafScope>('ListWebACLs', {
  params: (Scope) => ({ Scope }),
});

export const LIST_RESOURCES_FOR_WEB_ACL = wafv2.call<
  ListResourcesForWebACLCommandOutput,
  { webAclArn: string; resourceType: (typeof PROTECTED_RESOURCE_TYPES)[number] }
>('ListResourcesForWebACL', {
  params: ({ webAclArn, resourceType }) => ({ WebACLArn: webAclArn, ResourceType: resourceType }),
  after: [LIST_WEB_ACLS],
});

/** Every logging configuration of a scope in one list: no per-ACL GetLoggingConfiguration. */
export const LIST_LOGGING_CONFIGURATIONS = wafv2.call<ListLoggingConfigurationsCommandOutput, WafScope>(
  'ListLoggingConfigurations',
  { params: (Scope) => ({ Scope }) },
);

/** The rules and their visibility settings are only in the full ACL: one call per ACL. */
export const GET_WEB_ACL = wafv2.call<GetWebACLCommandOutput, { name: string; id: string; scope: WafScope }>(
  'GetWebACL',
  { params: ({ name, id, scope }) => ({ Name: name, Id: id, Scope: scope }), after: [LIST_WEB_ACLS] },
);
