/**
 * Flow collections whose lines sit at (or left of) their parent key's column:
 * YAML 1.2 and js-yaml 5 reject them, PyYAML (SAM CLI, cfn-lint) and
 * CloudFormation read them, and AWS's own SAM examples are written so.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { Finding } from '../../../src/engine/finding.js';
import { InputError } from '../../../src/errors.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';
import { parseYaml } from '../../../src/sources/template/yaml.js';
import { findingsOf } from '../../support/rule-cases.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'soc2-flow-indent-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function scan(fileName: string, text: string, ruleId: string): Promise<Finding[]> {
  await writeFile(join(directory, fileName), text);
  const { inventory } = await loadTemplateSource([fileName], {
    parameters: {},
    parameterFiles: [],
    cwd: directory,
  });
  return findingsOf(ruleId, inventory);
}

async function loadError(fileName: string, text: string): Promise<string> {
  await writeFile(join(directory, fileName), text);
  const error = await loadTemplateSource([fileName], {
    parameters: {},
    parameterFiles: [],
    cwd: directory,
  }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as InputError).message;
  expect(message).not.toContain('\n');
  return message;
}

/** aws/serverless-application-model examples/2016-10-31/api_resource_policy/template.yaml */
const API_RESOURCE_POLICY = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  StageName:
    Default: 'prod'
    Type: String
Resources:
  MyFunction:
    Type: AWS::Serverless::Function
    Properties:
      InlineCode: |
        exports.handler = async () => "Hello World!"
      Handler: index.handler
      Runtime: nodejs8.10
      Events:
        Api:
          Type: Api
          Properties:
            RestApiId: !Ref LambdaAPIDefinition
            Method: Put
            Path: /get

  LambdaAPIDefinition:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        ResourcePolicy:
          CustomStatements: [{
            "Effect": "Allow",
            "Principal": {
              "Service": "lambda.amazonaws.com"
            },
            "Action": "sts:AssumeRole"
          }]
      StageName: !Ref StageName
      BinaryMediaTypes:
        - image~1gif
      EndpointConfiguration: PRIVATE`;

/** aws/serverless-application-model examples/2016-10-31/implicit_api_settings/template.yaml */
const IMPLICIT_API_SETTINGS = `---
Transform: AWS::Serverless-2016-10-31

Globals:
  Api:
    # Allows www.example.com to call these APIs
    # SAM will automatically add AllowMethods with a list of methods for this API
    Cors: "'https://www.www.example.com'"

    # API Gateway regional endpoints
    EndpointConfiguration: REGIONAL

    # Send/receive binary data through the APIs
    BinaryMediaTypes:
      # This is equivalent to image/gif when deployed
      - image~1gif
      - iimage~1png

    # Logging, Metrics, Throttling, and all other Stage settings
    MethodSettings: [{
        # Turn on Info logging
        "LoggingLevel": "INFO",

        # Enable Metrics
        "MetricsEnabled": True,

        # Trace-level Logging
        "DataTraceEnabled": True,

        # On all Paths & methods
        "ResourcePath": "/*",
        "HttpMethod": "*",
    }]

Resources:
  LambdaFunction:
    Type: AWS::Serverless::Function
    Properties:
      # Replace <bucket> with your bucket name
      CodeUri: src/
      Handler: index.handler
      Runtime: nodejs6.10
      Events:
        ProxyApiRoot:
          Type: Api
          Properties:
            Path: /
            Method: ANY
        ProxyApiGreedy:
          Type: Api
          Properties:
            Path: /{proxy+}
            Method: ANY

  ####### Necessary for API Gateway Logging ########
  # Add the CloudWatchRole and Account resource to your template to give API Gateway permissions write to CloudWatch logs
  # https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-account.html#aws-resource-apigateway-account-examples
  #
  # NOTE: This is a one time process. As long as you have this enabled once in a region, you can deploy other stacks
  #       without the need for each stack to create this role. As a good practice, create a separate stack altogether
  #       with just the API Gateway logging role so none of your application stacks need them.
  ApiGwAccountConfig:
    Type: "AWS::ApiGateway::Account"
    Properties:
      CloudWatchRoleArn: !GetAtt "ApiGatewayLoggingRole.Arn"
  ApiGatewayLoggingRole:
    Type: "AWS::IAM::Role"
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service:
                - "apigateway.amazonaws.com"
            Action: "sts:AssumeRole"
      Path: "/"
      ManagedPolicyArns:
        - !Sub "arn:\${AWS::Partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"

Outputs:
  ApiUrl:
    Description: URL of your API endpoint
    Value: !Sub "https://\${ServerlessRestApi}.execute-api.\${AWS::Region}.amazonaws.com/Prod"
`;

/** A bucket policy's statement closed at the key's column, a list left of it, and resources after both. */
const SHALLOW_POLICY = `Resources:
  Data:
    Type: AWS::S3::Bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement: [{
          "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}
        }]
  Logs:
    Type: AWS::S3::Bucket
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      Tags: [
  { Key: team, Value: "da
  ta" }
]
  Later:
    Type: AWS::SQS::Queue
`;

describe('flow collections indented no deeper than their parent key', () => {
  it("reads SAM's api_resource_policy example: the API's resource policy statement and the resources' lines", async () => {
    const { value, resourceLines } = parseYaml(API_RESOURCE_POLICY, 'template.yaml');
    expect(value).toMatchObject({
      Resources: {
        LambdaAPIDefinition: {
          Properties: {
            Auth: {
              ResourcePolicy: {
                CustomStatements: [
                  {
                    Effect: 'Allow',
                    Principal: { Service: 'lambda.amazonaws.com' },
                    Action: 'sts:AssumeRole',
                  },
                ],
              },
            },
            StageName: { Ref: 'StageName' },
            EndpointConfiguration: 'PRIVATE',
          },
        },
      },
    });
    expect([...resourceLines]).toEqual([
      ['MyFunction', 8],
      ['LambdaAPIDefinition', 23],
    ]);
    const stages = await scan('api_resource_policy.yaml', API_RESOURCE_POLICY, 'apigateway-stage-logging');
    expect(stages.map((finding) => [finding.resource.id, finding.resource.line])).toEqual([
      ['api_resource_policy/LambdaAPIDefinitionStage', 23],
    ]);
  });

  it("reads SAM's implicit_api_settings example: the Globals MethodSettings turn the implicit API's logging on", async () => {
    const { resourceLines } = parseYaml(IMPLICIT_API_SETTINGS, 'template.yaml');
    expect([...resourceLines]).toEqual([
      ['LambdaFunction', 36],
      ['ApiGwAccountConfig', 62],
      ['ApiGatewayLoggingRole', 66],
    ]);
    const logging = await scan(
      'implicit_api_settings.yaml',
      IMPLICIT_API_SETTINGS,
      'apigateway-stage-logging',
    );
    expect(logging.map((finding) => [finding.resource.id, finding.status, finding.resource.line])).toEqual([
      ['implicit_api_settings/ServerlessRestApiProdStage', 'PASS', 36],
    ]);
  });

  it('reads every such collection in a template, values as PyYAML reads them, and keeps the lines after them', async () => {
    const { value, resourceLines } = parseYaml(SHALLOW_POLICY, 'template.yaml');
    expect(value).toMatchObject({
      Resources: {
        DataPolicy: {
          Properties: {
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Deny',
                  Principal: '*',
                  Action: 's3:*',
                  Resource: [{ 'Fn::GetAtt': ['Data', 'Arn'] }, { 'Fn::Sub': '${Data.Arn}/*' }],
                  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                },
              ],
            },
          },
        },
        // The quoted value's line break folds to one space, as PyYAML reads it.
        Queue: { Properties: { Tags: [{ Key: 'team', Value: 'da ta' }] } },
      },
    });
    expect([...resourceLines]).toEqual([
      ['Data', 2],
      ['DataPolicy', 4],
      ['Logs', 12],
      ['Queue', 14],
      ['Later', 21],
    ]);
    const tls = await scan('shallow.yaml', SHALLOW_POLICY, 's3-bucket-enforces-tls');
    expect(tls.map((finding) => [finding.resource.logicalId, finding.status, finding.resource.line])).toEqual(
      [
        ['Data', 'PASS', 2],
        ['Logs', 'FAIL', 12],
      ],
    );
  });
});

describe('invalid YAML is still refused', () => {
  it('an unclosed flow collection after a shallow one: exit 2, one line naming its line', async () => {
    const text = `${SHALLOW_POLICY.split('\n').slice(0, 13).join('\n')}
  Broken:
    Type: AWS::SQS::Queue
    Properties:
      Tags: [{
        Key: a, Value: b
      }
  After:
    Type: AWS::SQS::Queue
`;
    expect(await loadError('unclosed.yaml', text)).toBe(
      'unclosed.yaml: invalid YAML at line 19: deficient indentation',
    );
    const stderr: string[] = [];
    const code = await main(['scan', '--template', 'unclosed.yaml'], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      env: {},
      cwd: directory,
    });
    expect(code).toBe(2);
    expect(stderr.join('')).toBe('soc2: unclosed.yaml: invalid YAML at line 19: deficient indentation\n');
  });

  it('a bracket in a block scalar is not taken for a flow collection', async () => {
    const text = `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Metadata:
      Note: |
        k: [
    Properties:
      QueueName: "abc
def" ]
`;
    expect(await loadError('block-scalar.yaml', text)).toBe(
      'block-scalar.yaml: invalid YAML at line 9: deficient indentation',
    );
  });

  it('a document marker inside a flow collection', async () => {
    const text = `Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: [\n---\n]\n`;
    expect(await loadError('marker.yaml', text)).toMatch(/^marker\.yaml: invalid YAML at line 6: /);
  });
});
