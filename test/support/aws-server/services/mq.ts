import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const mq: ServiceDefinition = {
  signingName: 'mq',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-mq'),
  routes: [
    { method: 'GET', path: /^\/v1\/brokers\/?$/, operation: 'ListBrokers' },
    { method: 'GET', path: /^\/v1\/brokers\/(?<BrokerId>[^/]+)\/?$/, operation: 'DescribeBroker' },
  ],
  operations: {
    ListBrokers: (ctx) => {
      const page = paginate(
        regionOf(ctx).mq?.brokers ?? [],
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults),
        ctx.action,
        'BadRequestException',
      );
      return {
        BrokerSummaries: page.items.map((broker) => ({
          BrokerArn: broker.BrokerArn,
          BrokerId: broker.BrokerId,
          BrokerName: broker.BrokerName,
          BrokerState: broker.BrokerState,
          DeploymentMode: broker.DeploymentMode,
          EngineType: broker.EngineType,
          HostInstanceType: broker.HostInstanceType,
          Created: broker.Created,
        })),
        NextToken: page.next,
      };
    },
    DescribeBroker: (ctx) => {
      const id = ctx.pathParams.BrokerId ?? '';
      const broker = (regionOf(ctx).mq?.brokers ?? []).find((candidate) => candidate.BrokerId === id);
      if (!broker) throw notFound('NotFoundException', `Can't find requested broker [${id}].`);
      return broker;
    },
  },
};
