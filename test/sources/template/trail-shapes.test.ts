/**
 * Template CloudTrail trails on the shapes the examples lack (issue 12, found by
 * mutation testing): a trail is named by TrailName, IsLogging (required by
 * CloudFormation) unset or imported from another stack is UNKNOWN naming the
 * property, and unset IsMultiRegionTrail and EnableLogFileValidation take
 * CloudFormation's default, off.
 */
import { describe, expect, it } from 'vitest';
import { plain } from '../../support/plain.js';
import { inventoryFromTemplate } from '../../support/template.js';

describe('template CloudTrail trails, accepted shapes', async () => {
  const inventory = await inventoryFromTemplate(`
Resources:
  Named:
    Type: AWS::CloudTrail::Trail
    Properties:
      TrailName: org-trail
      IsLogging: true
      IsMultiRegionTrail: true
      EnableLogFileValidation: true
      S3BucketName: trail-logs
  Defaults:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: false, S3BucketName: trail-logs }
  NoIsLogging:
    Type: AWS::CloudTrail::Trail
    Properties: { S3BucketName: trail-logs }
  ImportedIsLogging:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: !ImportValue logging-flag, S3BucketName: trail-logs }
`);
  const trail = (logicalId: string) => {
    const found = inventory.resources.find((resource) => resource.id === `template/${logicalId}`);
    if (found?.type !== 'cloudtrail-trail') throw new Error(`${logicalId} is not a trail in the inventory`);
    const { name, isLogging, isMultiRegion, logFileValidation } = found;
    return plain({ name, isLogging, isMultiRegion, logFileValidation });
  };

  it.each<[string, Record<string, unknown>]>([
    ['Named', { name: 'org-trail', isLogging: true, isMultiRegion: true, logFileValidation: true }],
    ['Defaults', { name: undefined, isLogging: false, isMultiRegion: false, logFileValidation: false }],
    [
      'NoIsLogging',
      {
        name: undefined,
        isLogging: 'UNKNOWN: NoIsLogging.IsLogging is not set',
        isMultiRegion: false,
        logFileValidation: false,
      },
    ],
    [
      'ImportedIsLogging',
      {
        name: undefined,
        isLogging:
          "UNKNOWN: ImportedIsLogging.IsLogging: imported from another stack's export logging-flag (Fn::ImportValue), which is not in the scanned templates",
        isMultiRegion: false,
        logFileValidation: false,
      },
    ],
  ])('%s', (logicalId, expected) => {
    expect(trail(logicalId)).toEqual(expected);
  });
});
