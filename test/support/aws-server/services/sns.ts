import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

/** ListSubscriptions pages hold at most 100 entries and take no page-size parameter. */
const SUBSCRIPTIONS_PAGE = 100;

/** The policy SNS gives a topic created without one: every action, to callers of the owner account only. */
function defaultPolicy(arn: string): string {
  const owner = arn.split(':')[4];
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': owner } },
      },
    ],
  });
}

export const sns: ServiceDefinition = {
  signingName: 'sns',
  protocol: 'query',
  load: () => import('@aws-sdk/client-sns'),
  xmlNamespace: 'http://sns.amazonaws.com/doc/2010-03-31/',
  errorCodes: { AccessDenied: { code: 'AuthorizationError', status: 403 } },
  operations: {
    ListTopics: (ctx) => {
      const topics = regionOf(ctx).sns?.topics ?? [];
      const page = paginate(
        topics,
        ctx.params.NextToken,
        ctx.pageSize(undefined),
        ctx.action,
        'InvalidParameter',
      );
      return { Topics: page.items.map((t) => ({ TopicArn: t.arn })), NextToken: page.next };
    },
    GetTopicAttributes: (ctx) => {
      const arn = required(ctx.params.TopicArn, 'TopicArn');
      const topic = (regionOf(ctx).sns?.topics ?? []).find((t) => t.arn === arn);
      if (!topic) throw notFound('NotFound', 'Topic does not exist');
      return { Attributes: { TopicArn: topic.arn, Policy: defaultPolicy(topic.arn), ...topic.attributes } };
    },
    ListSubscriptions: (ctx) => {
      const subscriptions = regionOf(ctx).sns?.subscriptions ?? [];
      const page = paginate(
        subscriptions,
        ctx.params.NextToken,
        Math.min(SUBSCRIPTIONS_PAGE, ctx.pageSize(undefined)),
        ctx.action,
        'InvalidParameter',
      );
      return { Subscriptions: page.items, NextToken: page.next };
    },
  },
};
