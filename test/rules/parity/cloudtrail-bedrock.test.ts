/**
 * Bedrock data events read the same from a trail's AdvancedEventSelectors in a
 * template and from GetEventSelectors on the loopback AWS.
 */
import type { FakeAccount, FakeTrail } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const TRAIL_ARN = (name: string) => `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/${name}`;

function trailCase(
  name: string,
  status: 'PASS' | 'FAIL',
  logicalId: string,
  liveName: string,
  advancedEventSelectors?: FakeTrail['advancedEventSelectors'],
) {
  return {
    name,
    status,
    template: {
      logicalId,
      resources: {
        [logicalId]: {
          Type: 'AWS::CloudTrail::Trail',
          Properties: {
            IsLogging: true,
            S3BucketName: 'trail-logs',
            ...(advancedEventSelectors ? { AdvancedEventSelectors: advancedEventSelectors } : {}),
          },
        },
      },
    },
    live: {
      id: TRAIL_ARN(liveName),
      add: (account: FakeAccount) => {
        const cloudtrail = ((account.regions[PARITY_REGION] ??= {}).cloudtrail ??= { trails: [] });
        cloudtrail.trails.push({
          trail: {
            Name: liveName,
            TrailARN: TRAIL_ARN(liveName),
            HomeRegion: PARITY_REGION,
            S3BucketName: 'trail-logs',
            IsMultiRegionTrail: false,
            LogFileValidationEnabled: false,
          },
          status: { IsLogging: true },
          ...(advancedEventSelectors ? { advancedEventSelectors } : {}),
        });
      },
    },
  } as const;
}

parityCases('cloudtrail-bedrock-data-events', [
  trailCase('management events only', 'FAIL', 'NoBedrock', 'no-bedrock'),
  trailCase('an advanced selector for Bedrock agent aliases and models', 'PASS', 'Bedrock', 'bedrock', [
    {
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Data'] },
        { Field: 'resources.type', Equals: ['AWS::Bedrock::AgentAlias', 'AWS::Bedrock::Model'] },
      ],
    },
  ]),
  trailCase('Bedrock selector narrowed to one knowledge base', 'FAIL', 'OneBase', 'one-base', [
    {
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Data'] },
        { Field: 'resources.type', Equals: ['AWS::Bedrock::KnowledgeBase'] },
        {
          Field: 'resources.ARN',
          StartsWith: [`arn:aws:bedrock:${PARITY_REGION}:${PARITY_ACCOUNT}:knowledge-base/KB1`],
        },
      ],
    },
  ]),
]);
