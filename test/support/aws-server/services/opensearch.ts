import { invalidParameter } from '../aws-error.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

/** DescribeDomains refuses more than five names, like AWS. */
const DESCRIBE_LIMIT = 5;

export const opensearch: ServiceDefinition = {
  signingName: 'es',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-opensearch'),
  routes: [
    { method: 'GET', path: /^\/2021-01-01\/domain\/?$/, operation: 'ListDomainNames' },
    { method: 'POST', path: /^\/2021-01-01\/opensearch\/domain-info\/?$/, operation: 'DescribeDomains' },
  ],
  operations: {
    ListDomainNames: (ctx) => ({
      DomainNames: (regionOf(ctx).opensearch?.domains ?? []).map((domain) => ({
        DomainName: domain.DomainName,
        EngineType: domain.EngineVersion?.startsWith('Elasticsearch') ? 'Elasticsearch' : 'OpenSearch',
      })),
    }),
    DescribeDomains: (ctx) => {
      const names = Array.isArray(ctx.body.DomainNames) ? (ctx.body.DomainNames as string[]) : [];
      if (names.length > DESCRIBE_LIMIT)
        throw invalidParameter(
          `Please provide a maximum of ${DESCRIBE_LIMIT} domain names`,
          'ValidationException',
        );
      const domains = regionOf(ctx).opensearch?.domains ?? [];
      // Unknown names are left out of the answer, not an error.
      return { DomainStatusList: domains.filter((domain) => names.includes(domain.DomainName ?? '')) };
    },
  },
};
