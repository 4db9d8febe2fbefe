import { AwsError } from '../aws-error.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const securityhub: ServiceDefinition = {
  signingName: 'securityhub',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-securityhub'),
  routes: [{ method: 'GET', path: /^\/accounts\/?$/, operation: 'DescribeHub' }],
  errorCodes: { Throttling: { code: 'TooManyRequestsException', status: 429 } },
  operations: {
    DescribeHub: (ctx) => {
      const hub = regionOf(ctx).securityhub;
      if (!hub) {
        throw new AwsError(
          'InvalidAccessException',
          `Account ${ctx.account.accountId} is not subscribed to AWS Security Hub`,
          401,
        );
      }
      return { HubArn: hub.hubArn, SubscribedAt: hub.subscribedAt, AutoEnableControls: true };
    },
  },
};
