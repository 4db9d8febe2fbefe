import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';
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
    GetResourcePolicy: (ctx) => {
      const id = required(stringField(ctx.body, 'SecretId'), 'SecretId');
      const data = regionOf(ctx).secretsmanager;
      const secret = data?.secrets.find((candidate) => candidate.ARN === id || candidate.Name === id);
      if (!secret?.ARN) {
        throw new AwsError(
          'ResourceNotFoundException',
          "Secrets Manager can't find the specified secret.",
          400,
        );
      }
      // A secret without a resource policy answers without ResourcePolicy.
      return { ARN: secret.ARN, Name: secret.Name, ResourcePolicy: data?.resourcePolicies?.[secret.ARN] };
    },
  },
};
