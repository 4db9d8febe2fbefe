/**
 * The shape of what the SAM expansion creates for a Function's and a
 * StateMachine's execution role, function URL, dead-letter queue and S3
 * events: the logical ids and properties the SAM translator gives them.
 */
import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { expandSam } from '../../../src/sources/template/sam/expand.js';

const partitionArn = (path: string) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/${path}` });

interface Generated {
  Type: string;
  Properties: Record<string, unknown>;
}

function expanded(resources: Record<string, unknown>): Record<string, Generated | undefined> {
  const template = { Transform: 'AWS::Serverless-2016-10-31', Resources: resources };
  return expandSam(template).resources as Record<string, Generated | undefined>;
}

/** The value at a path of keys and list positions. */
function dig(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}

const code = { Runtime: 'python3.12', Handler: 'app.handler', InlineCode: 'x' };

describe('SAM execution roles', () => {
  it('a Function role: basic execution, managed names as ARNs, one inline policy per statement document', () => {
    const statement = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const out = expanded({
      Fn: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          ...code,
          Tracing: 'Active',
          Policies: [
            'AdministratorAccess',
            statement,
            'arn:aws:iam::123456789012:policy/mine',
            'AWSLambdaRole',
          ],
        },
      },
    });
    expect(out.Fn?.Properties.Role).toEqual({ 'Fn::GetAtt': ['FnRole', 'Arn'] });
    expect(out.FnRole?.Type).toBe('AWS::IAM::Role');
    expect(dig(out.FnRole, 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal')).toEqual({
      Service: ['lambda.amazonaws.com'],
    });
    expect(out.FnRole?.Properties.ManagedPolicyArns).toEqual([
      partitionArn('service-role/AWSLambdaBasicExecutionRole'),
      partitionArn('AWSXrayWriteOnlyAccess'),
      partitionArn('AdministratorAccess'),
      'arn:aws:iam::123456789012:policy/mine',
      partitionArn('service-role/AWSLambdaRole'),
    ]);
    expect(out.FnRole?.Properties.Policies).toEqual([
      { PolicyName: 'FnRolePolicy1', PolicyDocument: statement },
    ]);
  });

  it('a policy template is an inline policy whose document is Unknown, naming the template', () => {
    const out = expanded({
      Fn: {
        Type: 'AWS::Serverless::Function',
        Properties: { ...code, Policies: { S3ReadPolicy: { BucketName: 'b' } } },
      },
    });
    const [policy] = out.FnRole?.Properties.Policies as { PolicyName: string; PolicyDocument: unknown }[];
    expect(policy?.PolicyName).toBe('FnRolePolicy0');
    expect(isUnknown(policy?.PolicyDocument)).toBe(true);
    expect((policy?.PolicyDocument as { reason: string }).reason).toContain('S3ReadPolicy');
  });

  it('a given Role creates no role; a StateMachine role trusts states.amazonaws.com', () => {
    const out = expanded({
      Fn: { Type: 'AWS::Serverless::Function', Properties: { ...code, Role: 'arn:aws:iam::1:role/r' } },
      Machine: {
        Type: 'AWS::Serverless::StateMachine',
        Properties: { Definition: {}, Policies: ['AWSXrayWriteOnlyAccess'] },
      },
    });
    expect(out.FnRole).toBeUndefined();
    expect(
      dig(out.MachineRole, 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal'),
    ).toEqual({
      Service: ['states.amazonaws.com'],
    });
    expect(out.MachineRole?.Properties.ManagedPolicyArns).toEqual([partitionArn('AWSXrayWriteOnlyAccess')]);
    expect(out.MachineRole?.Properties.Policies).toBeUndefined();
  });
});

describe('SAM expansion and hostile keys', () => {
  it('constructor and __proto__ as event, destination and dead-letter types add nothing to the role', () => {
    const out = expanded({
      Fn: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          ...code,
          DeadLetterQueue: { Type: 'constructor', TargetArn: 'x' },
          EventInvokeConfig: { DestinationConfig: { OnSuccess: { Type: 'toString' } } },
          Events: {
            E: { Type: 'constructor' },
            F: { Type: 'S3', Properties: { Bucket: { Ref: '__proto__' }, Events: 'x' } },
          },
        },
      },
    });
    expect(out.FnRole?.Properties.ManagedPolicyArns).toEqual([
      partitionArn('service-role/AWSLambdaBasicExecutionRole'),
    ]);
    expect(out.FnRole?.Properties.Policies).toBeUndefined();
    expect(out.FnFPermission).toBeUndefined();
  });
});

describe('SAM function URL, dead-letter queue, S3 events and state machine logging', () => {
  it('AuthType NONE adds the public UrlPublicPermissions permission; AWS_IAM does not', () => {
    const out = expanded({
      Open: {
        Type: 'AWS::Serverless::Function',
        Properties: { ...code, FunctionUrlConfig: { AuthType: 'NONE' } },
      },
      Closed: {
        Type: 'AWS::Serverless::Function',
        Properties: { ...code, FunctionUrlConfig: { AuthType: 'AWS_IAM' } },
      },
    });
    expect(out.OpenUrlPublicPermissions).toEqual({
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunctionUrl',
        FunctionName: { Ref: 'Open' },
        Principal: '*',
        FunctionUrlAuthType: 'NONE',
      },
    });
    expect(out.ClosedUrl?.Properties.AuthType).toBe('AWS_IAM');
    expect(out.ClosedUrlPublicPermissions).toBeUndefined();
  });

  it('DeadLetterQueue, S3 events and Logging become what CloudFormation reads', () => {
    const out = expanded({
      Bucket: { Type: 'AWS::S3::Bucket' },
      Fn: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          ...code,
          DeadLetterQueue: { Type: 'SNS', TargetArn: 'arn:aws:sns:us-east-1:1:t' },
          Events: {
            Up: { Type: 'S3', Properties: { Bucket: { Ref: 'Bucket' }, Events: 's3:ObjectCreated:*' } },
          },
        },
      },
      Machine: {
        Type: 'AWS::Serverless::StateMachine',
        Properties: { Definition: {}, Logging: { Level: 'ERROR' }, Type: 'EXPRESS' },
      },
    });
    expect(out.Fn?.Properties.DeadLetterConfig).toEqual({ TargetArn: 'arn:aws:sns:us-east-1:1:t' });
    expect(dig(out.FnRole, 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action')).toBe(
      'sns:Publish',
    );
    expect(out.Bucket?.Properties.NotificationConfiguration).toEqual({
      LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: { 'Fn::GetAtt': ['Fn', 'Arn'] } }],
    });
    expect(out.FnUpPermission?.Properties).toMatchObject({ Principal: 's3.amazonaws.com' });
    expect(out.Machine?.Properties).toMatchObject({
      LoggingConfiguration: { Level: 'ERROR' },
      StateMachineType: 'EXPRESS',
    });
  });
});
