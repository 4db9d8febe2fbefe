import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export const transfer: ServiceDefinition = {
  signingName: 'transfer',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-transfer'),
  operations: {
    ListServers: (ctx) => {
      const page = paginate(
        (regionOf(ctx).transfer?.servers ?? []).map((server) => ({
          Arn: server.Arn,
          ServerId: server.ServerId,
          State: server.State,
          EndpointType: server.EndpointType,
          IdentityProviderType: server.IdentityProviderType,
          Domain: server.Domain,
        })),
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidNextTokenException',
      );
      return { Servers: page.items, NextToken: page.next };
    },
    DescribeServer: (ctx) => {
      const id = required(stringField(ctx.body, 'ServerId'), 'ServerId');
      const server = regionOf(ctx).transfer?.servers.find((entry) => entry.ServerId === id);
      if (!server) throw new AwsError('ResourceNotFoundException', `Unknown server: ${id}`, 400);
      return { Server: server };
    },
  },
};
