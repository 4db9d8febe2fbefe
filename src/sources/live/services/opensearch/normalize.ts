import type { DescribeDomainsCommandOutput } from '@aws-sdk/client-opensearch';
import { unknown, type Unknown } from '../../../../inventory/maybe.js';
import type { OpenSearchDomain, OpenSearchLogType } from '../../../../inventory/model.js';
import { enabledFlagEncryption } from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Json, Output } from '../../normalize/raw.js';
import { batchesOf, DESCRIBE_BATCH, DESCRIBE_DOMAINS, LIST_DOMAIN_NAMES } from './calls.js';

type DomainStatus = NonNullable<Json<DescribeDomainsCommandOutput>['DomainStatusList']>[number];

const LOG_TYPES: readonly OpenSearchLogType[] = [
  'AUDIT_LOGS',
  'ES_APPLICATION_LOGS',
  'INDEX_SLOW_LOGS',
  'SEARCH_SLOW_LOGS',
];

/** A domain publishes a log type only when the type is listed and Enabled. */
function logPublishing(status: DomainStatus): Partial<Record<OpenSearchLogType, boolean>> {
  const published: Partial<Record<OpenSearchLogType, boolean>> = {};
  for (const type of LOG_TYPES) {
    const option = status.LogPublishingOptions?.[type];
    if (option !== undefined) published[type] = option.Enabled === true;
  }
  return published;
}

function domainFacts(status: DomainStatus): Omit<OpenSearchDomain, 'type' | 'id' | 'origin'> {
  const place = describePlace(`OpenSearch domain ${status.DomainName}`);
  return {
    arn: status.ARN,
    name: status.DomainName,
    encryption: enabledFlagEncryption(
      status.EncryptionAtRestOptions?.Enabled,
      status.EncryptionAtRestOptions?.KmsKeyId,
      place,
      'EncryptionAtRestOptions.Enabled',
    ),
    nodeToNodeEncryption: setting(
      status.NodeToNodeEncryptionOptions?.Enabled,
      place,
      'NodeToNodeEncryptionOptions.Enabled',
      { describeOmitted: false },
    ),
    // VPCOptions is returned only for a domain in a VPC.
    inVpc: (status.VPCOptions?.SubnetIds?.length ?? 0) > 0 || status.VPCOptions?.VPCId !== undefined,
    logPublishing: logPublishing(status),
  };
}

function unknownFacts(name: string, why: Unknown): Omit<OpenSearchDomain, 'type' | 'id' | 'origin'> {
  return { name, encryption: why, nodeToNodeEncryption: why, inVpc: why, logPublishing: why };
}

export function normalizeOpenSearch(out: Output): void {
  const listed = out.list(LIST_DOMAIN_NAMES, ['opensearch-domain']);
  const names = listed.flatMap((page) => page.DomainNames ?? []).flatMap((d) => d.DomainName ?? []);
  for (const batch of batchesOf(names, DESCRIBE_BATCH)) {
    const described = out.one(DESCRIBE_DOMAINS, batch);
    for (const name of batch) {
      const arn = `arn:${out.partition}:es:${out.region}:${out.account}:domain/${name}`;
      const status = described.value?.DomainStatusList?.find((domain) => domain.DomainName === name);
      const facts = status
        ? domainFacts(status)
        : unknownFacts(
            name,
            described.unknown ?? unknown(`OpenSearch domain ${name}: DescribeDomains did not return it`),
          );
      out.add({ type: 'opensearch-domain', id: arn, arn, region: out.region, origin: out.origin, ...facts });
    }
  }
}
