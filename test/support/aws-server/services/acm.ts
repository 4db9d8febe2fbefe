import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const acm: ServiceDefinition = {
  signingName: 'acm',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-acm'),
  operations: {
    ListCertificates: (ctx) => {
      const keyTypes = (ctx.body.Includes as { keyTypes?: string[] } | undefined)?.keyTypes ?? ['RSA_2048'];
      const all = (regionOf(ctx).acm?.certificates ?? []).filter((cert) =>
        keyTypes.includes(cert.KeyAlgorithm ?? 'RSA_2048'),
      );
      const page = paginate(
        all,
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxItems),
        ctx.action,
        'InvalidArgsException',
      );
      return { CertificateSummaryList: page.items, NextToken: page.next };
    },
  },
};
