/**
 * AWS SAM templates through the real template source: each AWS::Serverless::*
 * resource is expanded into what the SAM translator creates, and findings keep
 * the SAM resource's logical id and line. Transforms and macros that cannot be
 * expanded are gaps that name them.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { stageLogicalId } from '../../../src/sources/template/sam/expand.js';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const SAM = 'Transform: AWS::Serverless-2016-10-31';

async function findings(ruleId: string, template: string, parameters?: Record<string, string>) {
  return findingsOf(ruleId, await inventoryFromTemplate(template, { parameters }));
}

function only(found: Finding[], logicalId: string): Finding {
  const matching = found.filter((finding) => finding.resource.logicalId === logicalId);
  expect(
    matching,
    found.map((finding) => `${finding.resource.id} ${finding.status}`).join('\n'),
  ).toHaveLength(1);
  return matching[0] as Finding;
}

describe('SAM SimpleTable', () => {
  const template = (sse: string) => `${SAM}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs20.x, Handler: index.handler, InlineCode: 'exports.handler = 1' }
  Orders:
    Type: AWS::Serverless::SimpleTable${sse}
`;

  it('is a DynamoDB table: without SSESpecification it is on the AWS-owned key, which is not a CMK', async () => {
    const finding = only(await findings('storage-encrypted-with-cmk', template('')), 'Orders');
    expect(finding.status).toBe('FAIL');
    expect(finding.resource).toMatchObject({ logicalId: 'Orders', line: 6, type: 'dynamodb-table' });
  });

  it('with SSE enabled it is on the AWS-managed KMS key', async () => {
    const finding = only(
      await findings(
        'storage-encrypted',
        template('\n    Properties: { SSESpecification: { SSEEnabled: true } }'),
      ),
      'Orders',
    );
    expect(finding.status).toBe('PASS');
    expect(finding.message).toContain('AWS-managed');
  });

  it('takes SSESpecification from Globals', async () => {
    const withGlobals = template('').replace(
      'Resources:',
      'Globals:\n  SimpleTable:\n    SSESpecification: { SSEEnabled: true }\nResources:',
    );
    expect(only(await findings('storage-encrypted', withGlobals), 'Orders').message).toContain('AWS-managed');
  });
});

describe('SAM Api and implicit APIs', () => {
  it('a public Api stage without a web ACL FAILs the WAF rule at the Api line', async () => {
    const found = await findings(
      'waf-protects-public-endpoints',
      `${SAM}
Resources:
  PublicApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
`,
    );
    const finding = only(found, 'PublicApi');
    expect(finding.status).toBe('FAIL');
    expect(finding.resource).toMatchObject({
      type: 'apigateway-stage',
      line: 3,
      id: 'template/PublicApiliveStage',
    });
  });

  it('a web ACL associated through !Sub ...${Api.Stage} protects that stage', async () => {
    const found = await findings(
      'waf-protects-public-endpoints',
      `${SAM}
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }
  PublicApi:
    Type: AWS::Serverless::Api
    Properties: { StageName: live }
  Association:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      WebACLArn: !GetAtt Acl.Arn
      ResourceArn: !Sub arn:aws:apigateway:\${AWS::Region}::/restapis/\${PublicApi}/stages/\${PublicApi.Stage}
`,
    );
    expect(only(found, 'PublicApi').status).toBe('PASS');
  });

  it('a private Api is not a public endpoint', async () => {
    const found = await findings(
      'waf-protects-public-endpoints',
      `${SAM}
Globals:
  Api:
    EndpointConfiguration: { Type: PRIVATE }
Resources:
  InternalApi:
    Type: AWS::Serverless::Api
    Properties: { StageName: v1 }
`,
    );
    expect(only(found, 'InternalApi').status).toBe('NOT_APPLICABLE');
  });

  it('a Function Api event without RestApiId creates ServerlessRestApi and its Prod stage', async () => {
    const found = await findings(
      'waf-protects-public-endpoints',
      `${SAM}
Resources:
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Events:
        Get: { Type: Api, Properties: { Path: /, Method: get } }
`,
    );
    const finding = only(found, 'Handler');
    expect(finding.status).toBe('FAIL');
    expect(finding.resource).toMatchObject({ id: 'template/ServerlessRestApiProdStage', line: 3 });
  });

  it('names stages the way the SAM translator does', () => {
    expect(stageLogicalId('MyApi', 'Prod', false)).toBe('MyApiProdStage');
    expect(stageLogicalId('MyApi', { Ref: 'Stage' }, false)).toBe('MyApiStage');
    expect(stageLogicalId('MyApi', 'dev-1', false)).toMatch(/^MyApiStage[0-9a-f]{10}$/);
    expect(stageLogicalId('MyHttp', '$default', true)).toBe('MyHttpApiGatewayDefaultStage');
  });
});

describe('SAM resources the rules do not read still expand', () => {
  it('Function, HttpApi, StateMachine and LayerVersion leave no gap and no finding', async () => {
    const inventory = await inventoryFromTemplate(`${SAM}
Resources:
  Layer:
    Type: AWS::Serverless::LayerVersion
    Properties: { ContentUri: layer/ }
  Http:
    Type: AWS::Serverless::HttpApi
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties: { DefinitionUri: machine.asl.json }
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      CodeUri: src/
      Layers: [!Ref Layer]
      Events:
        Call: { Type: HttpApi, Properties: { ApiId: !Ref Http } }
`);
    expect(inventory.gaps).toEqual([]);
  });
});

describe('SAM Application', () => {
  it('from the Serverless Application Repository: every rule is UNKNOWN, naming the application', async () => {
    const found = await findings(
      'storage-encrypted',
      `${SAM}
Resources:
  Shared:
    Type: AWS::Serverless::Application
    Properties:
      Location: { ApplicationId: 'arn:aws:serverlessrepo:us-east-1:123456789012:applications/x', SemanticVersion: 1.0.0 }
`,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.message).toContain('SAM application template/Shared');
    }
  });
});

describe('what cannot be expanded is never skipped silently', () => {
  it.each([
    [
      'a template-level AWS::Include',
      `Transform: { Name: AWS::Include, Parameters: { Location: s3://b/k.yaml } }`,
      'AWS::Include',
    ],
    ['a custom macro', 'Transform: [AWS::Serverless-2016-10-31, AcmeMacro]', 'AcmeMacro'],
  ])('%s makes the rules UNKNOWN and names it', async (_name, transform, named) => {
    const found = await findings(
      'storage-encrypted',
      `${transform}
Resources:
  Bucket: { Type: AWS::S3::Bucket }
`,
    );
    const gaps = found.filter((finding) => finding.resource.id.endsWith(':*'));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.status).toBe('UNKNOWN');
      expect(gap.message).toContain(named);
    }
    expect(only(found, 'Bucket').status).toBe('PASS');
  });

  it('Fn::Transform in Resources names the macro', async () => {
    const found = await findings(
      'storage-encrypted',
      `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/bucket-props.yaml } }
`,
    );
    expect(
      found.some((finding) => finding.status === 'UNKNOWN' && finding.message.includes('AWS::Include')),
    ).toBe(true);
  });

  it('a SAM type that is not expanded, and a module', async () => {
    const found = await findings(
      'storage-encrypted',
      `${SAM}
Resources:
  Link:
    Type: AWS::Serverless::Connector
    Properties: { Source: { Id: A }, Destination: { Id: B }, Permissions: [Read] }
  Storage:
    Type: Acme::Data::Store::MODULE
`,
    );
    const messages = found
      .filter((finding) => finding.status === 'UNKNOWN')
      .map((finding) => finding.message);
    expect(messages.some((message) => message.includes('AWS::Serverless::Connector'))).toBe(true);
    expect(messages.some((message) => message.includes('Acme::Data::Store::MODULE'))).toBe(true);
  });
});

describe('SAM expansion and hostile keys', () => {
  it('a __proto__ key in a resource of a SAM template is data, never a prototype', async () => {
    const template = `${SAM}
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      StageRef: !Ref Api.Stage
      __proto__: { StorageEncrypted: true }
`;
    expect(only(await findings('storage-encrypted', template), 'Db').status).toBe('FAIL');
  });

  it.each([
    [
      'YAML',
      `${SAM}\nGlobals:\n  SimpleTable:\n    Tags: { team: data }\nResources:\n  Orders:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      __proto__: { SSESpecification: { SSEEnabled: true } }\n`,
    ],
    [
      'JSON',
      JSON.stringify({
        Transform: 'AWS::Serverless-2016-10-31',
        Globals: { SimpleTable: { Tags: { team: 'data' } } },
        Resources: {
          Orders: {
            Type: 'AWS::Serverless::SimpleTable',
            Properties: { ['__proto__']: { SSESpecification: { SSEEnabled: true } } },
          },
        },
      }),
    ],
  ])(
    '%s: merging Globals never lets a __proto__ key become the prototype of the merged properties',
    async (_, text) => {
      expect(text).toContain('__proto__');
      const finding = only(await findings('storage-encrypted', text), 'Orders');
      expect(finding.message).not.toContain('AWS-managed');
      expect(finding.message).toContain('AWS-owned');
    },
  );
});
