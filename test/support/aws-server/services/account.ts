import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { OPT_IN_REGIONS } from './ec2.js';

export const account: ServiceDefinition = {
  signingName: 'account',
  protocol: 'rest-json',
  global: true,
  load: () => import('@aws-sdk/client-account'),
  routes: [
    { method: 'POST', path: /^\/listRegions\/?$/, operation: 'ListRegions' },
    { method: 'POST', path: /^\/getAlternateContact\/?$/, operation: 'GetAlternateContact' },
  ],
  operations: {
    GetAlternateContact: (ctx) => {
      const type = ctx.body.AlternateContactType;
      if (type !== 'SECURITY' && type !== 'BILLING' && type !== 'OPERATIONS') {
        throw new AwsError('ValidationException', 'Invalid AlternateContactType.', 400);
      }
      const accountId = ctx.body.AccountId;
      if (accountId !== undefined && accountId !== ctx.account.accountId) {
        throw new AwsError(
          'AccessDeniedException',
          'You are not the management account of this account.',
          403,
        );
      }
      const contact = ctx.account.alternateContacts?.[type];
      if (!contact)
        throw new AwsError(
          'ResourceNotFoundException',
          'No contact of the inputted alternate contact type found.',
          404,
        );
      return { AlternateContact: { AlternateContactType: type, ...contact } };
    },
    ListRegions: (ctx) => {
      const { enabledRegions, optInRegions = [] } = ctx.account;
      const regions = [
        ...enabledRegions.map((RegionName) => ({
          RegionName,
          RegionOptStatus: OPT_IN_REGIONS.has(RegionName) ? 'ENABLED' : 'ENABLED_BY_DEFAULT',
        })),
        ...optInRegions.map((RegionName) => ({ RegionName, RegionOptStatus: 'DISABLED' })),
      ];
      const wanted = ctx.body.RegionOptStatusContains as string[] | undefined;
      const selected =
        wanted && wanted.length > 0 ? regions.filter((r) => wanted.includes(r.RegionOptStatus)) : regions;
      const page = paginate(
        selected,
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'ValidationException',
      );
      return { Regions: page.items, NextToken: page.next };
    },
  },
};
