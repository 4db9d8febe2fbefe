import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import type { FakeAccount } from '../account.js';
import { regionOf } from './common.js';

/** AWS's commercial regions, the default list of a service's regions (`serviceRegions` narrows it). */
const EVERY_REGION = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

const SERVICE_REGIONS_PATH = /^\/aws\/service\/global-infrastructure\/services\/([^/]+)\/regions$/;

/** The public parameters under a path: one per region offering the service, as AWS publishes them. */
function publicParameters(
  account: FakeAccount,
  path: string,
): { Name: string; Value: string; Type: string }[] {
  const service = SERVICE_REGIONS_PATH.exec(path)?.[1];
  // Like AWS, a path holding no parameter answers an empty list.
  if (service === undefined) return [];
  const every = [
    ...EVERY_REGION,
    ...account.enabledRegions,
    ...(account.optInRegions ?? []),
    ...Object.keys(account.regions),
  ];
  const regions = account.serviceRegions?.[service] ?? every;
  return [...new Set(regions)]
    .sort()
    .map((region) => ({ Name: `${path}/${region}`, Value: region, Type: 'String' }));
}

export const ssm: ServiceDefinition = {
  signingName: 'ssm',
  protocol: 'json',
  load: () => import('@aws-sdk/client-ssm'),
  operations: {
    GetParametersByPath: (ctx) => {
      const page = paginate(
        publicParameters(ctx.account, String(ctx.body.Path ?? '')),
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults ?? 10),
        ctx.action,
        'InvalidNextToken',
      );
      return { Parameters: page.items, NextToken: page.next };
    },
    DescribeInstanceInformation: (ctx) => {
      const page = paginate(
        regionOf(ctx).ssm?.instances ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults ?? 10),
        ctx.action,
        'InvalidNextToken',
      );
      return { InstanceInformationList: page.items, NextToken: page.next };
    },
    ListResourceComplianceSummaries: (ctx) => {
      const page = paginate(
        regionOf(ctx).ssm?.complianceSummaries ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults ?? 50),
        ctx.action,
        'InvalidNextToken',
      );
      return { ResourceComplianceSummaryItems: page.items, NextToken: page.next };
    },
  },
};
