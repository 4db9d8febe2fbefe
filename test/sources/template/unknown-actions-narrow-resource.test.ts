/**
 * An Allow whose Action the template leaves open (Amplify's storage category
 * writes `Action: !Split [",", !Ref s3PermissionsAuthenticatedPublic]`) but
 * whose Resource is one bucket's prefix cannot grant anything on every
 * resource, whatever the actions turn out to be: iam-no-admin-policy,
 * iam-no-full-cloudtrail-access and iam-no-marketplace-subscribe-wildcard
 * are decided by the Resource alone. The same open Action on `*`, or on a
 * Resource the template does not resolve, stays UNKNOWN.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

/** After amplify/backend/storage/<name>/build/cloudformation-template.json (Amplify CLI), trimmed. */
const AMPLIFY_STORAGE = `Parameters:
  authRoleName:
    Type: String
  s3PermissionsAuthenticatedPublic:
    Type: String
  ResourceArn:
    Type: String
Resources:
  S3Bucket:
    Type: AWS::S3::Bucket
  S3AuthPublicPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: public
      Roles: [!Ref authRoleName]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !Split [',', !Ref s3PermissionsAuthenticatedPublic]
            Resource:
              - !Join ['', ['arn:aws:s3:::', !Ref S3Bucket, '/public/*']]
  EverywherePolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: everywhere
      Roles: [!Ref authRoleName]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !Split [',', !Ref s3PermissionsAuthenticatedPublic]
            Resource: '*'
  UnresolvedResourcePolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: unresolved
      Roles: [!Ref authRoleName]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !Split [',', !Ref s3PermissionsAuthenticatedPublic]
            Resource: !Ref ResourceArn
`;

const RULES = [
  'iam-no-admin-policy',
  'iam-no-full-cloudtrail-access',
  'iam-no-marketplace-subscribe-wildcard',
];

describe('an Allow with an unresolved Action on a narrow Resource', () => {
  it.each(RULES)('%s: PASS on a bucket prefix, UNKNOWN on * or an unresolved Resource', async (rule) => {
    const findings = findingsOf(rule, await inventoryFromTemplate(AMPLIFY_STORAGE));
    expect(findings.map((finding) => [finding.resource.id, finding.status])).toEqual([
      ['template/S3AuthPublicPolicy', 'PASS'],
      ['template/EverywherePolicy', 'UNKNOWN'],
      ['template/UnresolvedResourcePolicy', 'UNKNOWN'],
    ]);
  });

  it('leaves privilege escalation open: iam:PassRole on a bucket ARN is not decided by the Resource here', async () => {
    const findings = findingsOf(
      'iam-inline-no-privilege-escalation',
      await inventoryFromTemplate(AMPLIFY_STORAGE),
    );
    expect(findings.find((finding) => finding.resource.id === 'template/S3AuthPublicPolicy')?.status).toBe(
      'UNKNOWN',
    );
  });
});
