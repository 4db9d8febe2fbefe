/**
 * Policy resources whose target is not a resource of the scanned templates
 * yield an external-resource-policy; one whose target is in the templates
 * yields none (the target's own normalizer reads it). An unresolved target
 * may be either: the template's targets it may name stay Unknown as before,
 * and the policy is also judged on its own.
 */
import { describe, expect, it } from 'vitest';
import type { ExternalResourcePolicy, Resource } from '../../../src/inventory/model.js';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { inventoryFromTemplate } from '../../support/template.js';

const OPEN = `PolicyDocument: { Statement: [{Effect: Allow, Principal: "*", Action: "*", Resource: "*"}] }`;

async function resources(template: string): Promise<readonly Resource[]> {
  return (await inventoryFromTemplate(template)).resources;
}

function external(found: readonly Resource[]): ExternalResourcePolicy[] {
  return found.filter(
    (resource): resource is ExternalResourcePolicy => resource.type === 'external-resource-policy',
  );
}

/** Targets as text: a written target, or `?` for an unresolved one. */
function targetsOf(found: readonly Resource[]): string[][] {
  return external(found).map((policy) => policy.targets.map((target) => (isUnknown(target) ? '?' : target)));
}

describe('external resource policies from the template source', () => {
  it('a bucket policy on a bucket of the template yields none; the bucket carries it', async () => {
    const found = await resources(`
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: data-bucket }
  ByRef:
    Type: AWS::S3::BucketPolicy
    Properties: { Bucket: !Ref Bucket, ${OPEN} }
`);
    expect(external(found)).toEqual([]);
    const bucket = found.find((resource) => resource.type === 's3-bucket');
    expect(bucket?.type === 's3-bucket' && bucket.policy).toBeTruthy();
  });

  it('a literal naming a template bucket by its BucketName yields none', async () => {
    const found = await resources(`
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: data-bucket }
  ByName:
    Type: AWS::S3::BucketPolicy
    Properties: { Bucket: data-bucket, ${OPEN} }
`);
    expect(external(found)).toEqual([]);
  });

  it('a Bucket from a parameter may name the template bucket or another: both are judged', async () => {
    const found = await resources(`
Parameters:
  Target: { Type: String }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: data-bucket }
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties: { Bucket: !Ref Target, ${OPEN} }
`);
    expect(targetsOf(found)).toEqual([['?']]);
    expect(external(found)[0]?.targetKind).toBe('s3-bucket');
    const bucket = found.find((resource) => resource.type === 's3-bucket');
    // The template bucket's policy stays Unknown, as before (attach.ts placeByName).
    expect(bucket?.type === 's3-bucket' && isUnknown(bucket.policy)).toBe(true);
  });

  it('a Bucket written with the same expression as a template BucketName names that bucket only', async () => {
    const found = await resources(`
Parameters:
  Target: { Type: String }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: !Sub '\${Target}-data' }
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties: { Bucket: !Sub '\${Target}-data', ${OPEN} }
`);
    expect(external(found)).toEqual([]);
  });

  it('an imported Bucket is judged as outside', async () => {
    const found = await resources(`
Resources:
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties: { Bucket: !ImportValue shared-bucket, ${OPEN} }
`);
    expect(targetsOf(found)).toEqual([['?']]);
  });

  it('a queue policy keeps only its targets outside the template', async () => {
    const found = await resources(`
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { QueueName: orders }
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Ref Queue
        - https://sqs.us-east-1.amazonaws.com/111122223333/orders
        - https://sqs.us-east-1.amazonaws.com/111122223333/legacy
      ${OPEN}
`);
    expect(targetsOf(found)).toEqual([['https://sqs.us-east-1.amazonaws.com/111122223333/legacy']]);
    expect(external(found)[0]?.targetKind).toBe('sqs-queue');
  });

  it('a queue named by its written-out URL is the template queue', async () => {
    const found = await resources(`
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Sub 'https://sqs.\${AWS::Region}.amazonaws.com/\${AWS::AccountId}/\${Queue.QueueName}']
      ${OPEN}
`);
    expect(external(found)).toEqual([]);
  });

  it('a literal that may name a queue whose QueueName is unresolved may also name another', async () => {
    const found = await resources(`
Parameters:
  Target: { Type: String }
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { QueueName: !Ref Target }
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/111122223333/orders]
      ${OPEN}
`);
    expect(targetsOf(found)).toEqual([['https://sqs.us-east-1.amazonaws.com/111122223333/orders']]);
  });

  it('topic policies: a template topic by Ref or ARN yields none, another ARN does', async () => {
    const found = await resources(`
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties: { TopicName: alerts }
  Inside:
    Type: AWS::SNS::TopicPolicy
    Properties: { Topics: [!Ref Topic, 'arn:aws:sns:us-east-1:111122223333:alerts'], ${OPEN} }
  Outside:
    Type: AWS::SNS::TopicInlinePolicy
    Properties: { TopicArn: 'arn:aws:sns:us-east-1:111122223333:billing', ${OPEN} }
`);
    expect(
      external(found).map((policy) => policy.origin.kind === 'template' && policy.origin.logicalId),
    ).toEqual(['Outside']);
    expect(targetsOf(found)).toEqual([['arn:aws:sns:us-east-1:111122223333:billing']]);
  });

  it('a Ref to a template resource that is not a target is an unresolved target', async () => {
    const found = await resources(`
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties: { Bucket: !Ref Queue, ${OPEN} }
`);
    expect(targetsOf(found)).toEqual([['?']]);
    const [target] = external(found)[0]?.targets ?? [];
    expect(isUnknown(target) && target.reason).toContain('names Queue (AWS::SQS::Queue)');
  });
});

describe('policies the template source could not expand', () => {
  it('an unexpanded Fn::ForEach of queue policies is a gap in queues and in external policies', async () => {
    const inventory = await inventoryFromTemplate(`
Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList }
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Fn::ForEach::Policies:
    - Name
    - !Ref Names
    - Policy\${Name}:
        Type: AWS::SQS::QueuePolicy
        Properties: { Queues: [!Ref Queue], ${OPEN} }
`);
    const gapped = new Set(inventory.gaps.map((gap) => gap.resourceType));
    expect(gapped.has('sqs-queue')).toBe(true);
    expect(gapped.has('external-resource-policy')).toBe(true);
  });
});
