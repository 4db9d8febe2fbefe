import { AwsError } from '../aws-error.js';
import { checkAssumeRole } from '../organization.js';
import type { ServiceDefinition } from '../service.js';
import { required } from './common.js';

let issued = 0;

export const sts: ServiceDefinition = {
  signingName: 'sts',
  protocol: 'query',
  load: () => import('@aws-sdk/client-sts'),
  xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
  errorCodes: { AccessDenied: { code: 'AccessDenied', status: 403 } },
  operations: {
    GetCallerIdentity: (ctx) => ({
      Account: ctx.account.accountId,
      Arn: ctx.state.sessions.get(ctx.accessKeyId) ?? ctx.account.callerArn,
      UserId: ctx.account.callerUserId ?? `AROAFAKEUSERID:${ctx.accessKeyId}`,
    }),
    AssumeRole: (ctx) => {
      const roleArn = required(ctx.params.RoleArn, 'RoleArn');
      const sessionName = required(ctx.params.RoleSessionName, 'RoleSessionName');
      const role = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(roleArn);
      if (!role) throw new AwsError('ValidationError', `${roleArn} is not a valid role ARN`, 400);
      const org = ctx.state.organization;
      if (org)
        checkAssumeRole(
          org,
          ctx.state.sessions.get(ctx.accessKeyId) ?? ctx.account.callerArn,
          roleArn,
          role[1]!,
          role[2]!,
          ctx.params.ExternalId,
        );
      const assumedArn = `arn:aws:sts::${role[1]}:assumed-role/${role[2]}/${sessionName}`;
      const accessKeyId = `ASIAFAKE${String(++issued).padStart(12, '0')}`;
      ctx.state.sessions.set(accessKeyId, assumedArn);
      const expiration = Date.now() + ctx.state.sessionSeconds * 1000;
      ctx.state.sessionExpiry.set(accessKeyId, expiration);
      return {
        Credentials: {
          AccessKeyId: accessKeyId,
          SecretAccessKey: 'fake-secret-access-key',
          SessionToken: `fake-session-token-${issued}`,
          Expiration: new Date(expiration),
        },
        AssumedRoleUser: { Arn: assumedArn, AssumedRoleId: `AROAFAKEROLEID:${sessionName}` },
      };
    },
  },
};
