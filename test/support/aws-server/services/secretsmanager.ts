import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './secretsmanager-data.js';

export const secretsmanager: ServiceDefinition = {
  signingName: 'secretsmanager',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-secrets-manager'),
  operations: {
    ListSecrets: (ctx) => {
      const page = paginate(
        regionOf(ctx).secretsmanager?.secrets ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidNextTokenException',
      );
      return { SecretList: page.items, NextToken: page.next };
    },
  },
};
