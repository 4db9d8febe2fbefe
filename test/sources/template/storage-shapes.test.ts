/**
 * Template S3 Block Public Access on the shapes the examples lack (issue 12, found
 * by mutation testing): no PublicAccessBlockConfiguration is S3's documented
 * new-bucket default (all four on, saying so), one imported from another stack is
 * UNKNOWN naming the property, and a setting left out of a configuration is off.
 */
import { describe, expect, it } from 'vitest';
import { plain } from '../../support/plain.js';
import { inventoryFromTemplate } from '../../support/template.js';

const ALL_BLOCKED = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

describe('template S3 Block Public Access, accepted shapes', async () => {
  const inventory = await inventoryFromTemplate(`
Resources:
  DefaultBucket: { Type: AWS::S3::Bucket }
  ImportedBlock:
    Type: AWS::S3::Bucket
    Properties: { PublicAccessBlockConfiguration: !ImportValue shared-block }
  PartialBlock:
    Type: AWS::S3::Bucket
    Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: 'true' } }
  ImportedSetting:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: !ImportValue policy-flag }
`);
  const bucket = (logicalId: string) => {
    const found = inventory.resources.find((resource) => resource.id === `template/${logicalId}`);
    if (found?.type !== 's3-bucket') throw new Error(`${logicalId} is not a bucket in the inventory`);
    return plain({ block: found.publicAccessBlock, default: found.publicAccessBlockDefault });
  };

  it.each<[string, Record<string, unknown>]>([
    [
      'DefaultBucket',
      {
        block: ALL_BLOCKED,
        default: 'no PublicAccessBlockConfiguration: S3 blocks all public access on new buckets by default',
      },
    ],
    [
      'ImportedBlock',
      {
        block:
          "UNKNOWN: ImportedBlock.PublicAccessBlockConfiguration: imported from another stack's export shared-block (Fn::ImportValue), which is not in the scanned templates",
        default: undefined,
      },
    ],
    [
      'PartialBlock',
      {
        block: { ...ALL_BLOCKED, blockPublicPolicy: false, restrictPublicBuckets: false },
        default: undefined,
      },
    ],
    [
      'ImportedSetting',
      {
        block:
          "UNKNOWN: ImportedSetting.PublicAccessBlockConfiguration.BlockPublicPolicy: imported from another stack's export policy-flag (Fn::ImportValue), which is not in the scanned templates",
        default: undefined,
      },
    ],
  ])('%s', (logicalId, expected) => {
    expect(bucket(logicalId)).toEqual(expected);
  });
});
