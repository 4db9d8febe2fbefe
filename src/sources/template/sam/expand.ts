/**
 * The AWS SAM transform (`AWS::Serverless-2016-10-31`), for what the rules
 * read: each `AWS::Serverless::*` resource becomes the CloudFormation
 * resources the SAM translator creates, under the logical ids it gives them
 * (samtranslator: `${Api}${StageName}Stage`, `ServerlessRestApi` for the API
 * that Function events create implicitly, `${Function}Role` ...). Expressions
 * are copied unevaluated: the stack's evaluator reads them as for any resource.
 */
import { createHash } from 'node:crypto';
import { isRecord } from '../read.js';
import { newRecord } from '../records.js';
import { withGlobals } from './globals.js';
import { executionRole, type RolePolicies } from './roles.js';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

type Resource = Record<string, unknown>;
type Properties = Record<string, unknown>;

export interface SamExpansion {
  /** The template's Resources with every expanded SAM resource replaced by what it creates. */
  resources: Record<string, unknown>;
  /** Generated logical id -> logical id of the SAM resource it comes from. */
  from: Map<string, string>;
  /** SAM resources this scanner does not expand: logical id -> type. */
  unexpanded: Map<string, string>;
}

/** Metadata key on the nested stack of an `AWS::Serverless::Application` whose template cannot be read. */
export const UNREADABLE_APPLICATION = 'soc2:unreadable-application';

const IMPLICIT_REST_API = 'ServerlessRestApi';
const IMPLICIT_HTTP_API = 'ServerlessHttpApi';
const IMPLICIT_REST_STAGE = 'Prod';
const DEFAULT_HTTP_STAGE = '$default';

function propertiesOf(resource: Resource): Properties {
  return isRecord(resource.Properties) ? resource.Properties : {};
}

function isAlphanumeric(text: string): boolean {
  return /^[A-Za-z0-9]+$/.test(text);
}

/** samtranslator's LogicalIdGenerator: the prefix and the first 10 hex digits of the SHA-1 of the data. */
function hashedId(prefix: string, data: string): string {
  return data === '' ? prefix : prefix + createHash('sha1').update(data, 'utf8').digest('hex').slice(0, 10);
}

/** The logical id samtranslator gives an API's stage. */
export function stageLogicalId(apiId: string, stageName: unknown, http: boolean): string {
  const name = typeof stageName === 'string' ? stageName : '';
  if (name !== '' && isAlphanumeric(name)) return `${apiId}${name}Stage`;
  if (http && name === DEFAULT_HTTP_STAGE) return `${apiId}ApiGatewayDefaultStage`;
  return hashedId(`${apiId}Stage`, name);
}

/** SAM `Tags` (a map) as CloudFormation's list of Key/Value. */
function tagList(tags: unknown): unknown {
  if (!isRecord(tags)) return tags;
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function isIntrinsicValue(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::'));
}

function pick(properties: Properties, keys: readonly string[]): Properties {
  const picked: Properties = newRecord();
  for (const key of keys) if (properties[key] !== undefined) picked[key] = properties[key];
  return picked;
}

class Expander {
  readonly resources: Record<string, unknown> = newRecord();
  readonly from = new Map<string, string>();
  readonly unexpanded = new Map<string, string>();
  /** Stage logical id of each API, for `Ref: Api.Stage`. */
  readonly stages = new Map<string, string>();
  /** S3 events' LambdaConfigurations entries, added to their buckets after every resource is copied. */
  private readonly bucketNotifications: { bucket: string; mapping: unknown }[] = [];
  private implicitRest?: string;
  private implicitHttp?: string;

  constructor(private readonly template: Record<string, unknown>) {}

  private add(id: string, samId: string, sam: Resource, type: string, properties: Properties): void {
    const generated: Resource = { Type: type, Properties: properties };
    // The SAM translator passes these attributes on; Metadata carries inline suppressions.
    for (const attribute of ['Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy']) {
      if (sam[attribute] !== undefined) generated[attribute] = sam[attribute];
    }
    if (id === samId && sam.DependsOn !== undefined) generated.DependsOn = sam.DependsOn;
    this.resources[id] = generated;
    this.from.set(id, samId);
  }

  expand(): void {
    const declared = isRecord(this.template.Resources) ? this.template.Resources : {};
    for (const [id, raw] of Object.entries(declared)) {
      const resource = isRecord(raw) ? raw : {};
      const type = typeof resource.Type === 'string' ? resource.Type : '';
      if (!type.startsWith('AWS::Serverless::')) {
        this.resources[id] = raw;
        continue;
      }
      const properties = withGlobals(this.template.Globals, type, propertiesOf(resource));
      switch (type) {
        case 'AWS::Serverless::Function':
          this.function(id, resource, properties);
          break;
        case 'AWS::Serverless::StateMachine':
          this.stateMachine(id, resource, properties);
          break;
        case 'AWS::Serverless::Api':
          this.restApi(id, id, resource, properties);
          break;
        case 'AWS::Serverless::HttpApi':
          this.httpApi(id, id, resource, properties);
          break;
        case 'AWS::Serverless::SimpleTable':
          this.simpleTable(id, resource, properties);
          break;
        case 'AWS::Serverless::LayerVersion':
          this.add(id, id, resource, 'AWS::Lambda::LayerVersion', {
            ...pick(properties, ['LayerName', 'Description', 'CompatibleRuntimes', 'LicenseInfo']),
            Content: properties.ContentUri,
          });
          break;
        case 'AWS::Serverless::Application':
          this.application(id, resource, properties);
          break;
        default:
          this.unexpanded.set(id, type);
      }
    }
    for (const notification of this.bucketNotifications) this.notifyFromBucket(notification);
  }

  /**
   * An S3 event: the permission for S3 to invoke the function, and (once every
   * resource is copied) the bucket's NotificationConfiguration entry. SAM
   * requires `Bucket: !Ref` to a bucket of the same template.
   */
  private s3Event(id: string, name: string, sam: Resource, properties: Properties): void {
    const bucket = isRecord(properties.Bucket) ? properties.Bucket.Ref : undefined;
    const declared = isRecord(this.template.Resources) ? this.template.Resources : {};
    if (typeof bucket !== 'string' || !Object.hasOwn(declared, bucket)) return;
    const target = declared[bucket];
    if (!isRecord(target) || target.Type !== 'AWS::S3::Bucket') return;
    this.add(`${id}${name}Permission`, id, sam, 'AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: id },
      Principal: 's3.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    const events = Array.isArray(properties.Events) ? properties.Events : [properties.Events];
    for (const eventType of events) {
      const mapping: Properties = { Function: { 'Fn::GetAtt': [id, 'Arn'] }, Event: eventType };
      if (properties.Filter !== undefined) mapping.Filter = properties.Filter;
      this.bucketNotifications.push({
        bucket,
        mapping:
          typeof sam.Condition === 'string'
            ? { 'Fn::If': [sam.Condition, mapping, { Ref: 'AWS::NoValue' }] }
            : mapping,
      });
    }
  }

  /** samtranslator S3._inject_notification_configuration, on a copy of the declared bucket. */
  private notifyFromBucket({ bucket, mapping }: { bucket: string; mapping: unknown }): void {
    const resource = this.resources[bucket];
    if (!isRecord(resource) || resource.Type !== 'AWS::S3::Bucket') return;
    const properties = propertiesOf(resource);
    const config = properties.NotificationConfiguration ?? {};
    // An intrinsic here is not a map SAM can add to: it leaves the template as written.
    if (!isRecord(config) || isIntrinsicValue(config)) return;
    const lambdas = config.LambdaConfigurations ?? [];
    if (!Array.isArray(lambdas)) return;
    const key = JSON.stringify(mapping);
    if (lambdas.some((existing) => JSON.stringify(existing) === key)) return;
    this.resources[bucket] = {
      ...resource,
      Properties: {
        ...properties,
        NotificationConfiguration: { ...config, LambdaConfigurations: [...lambdas, mapping] },
      },
    };
  }

  /** The resource's `Role`, or the execution role SAM creates from its `Policies` and features. */
  private role(id: string, sam: Resource, properties: Properties, policies: RolePolicies): unknown {
    if (properties.Role !== undefined) return properties.Role;
    this.add(`${id}Role`, id, sam, 'AWS::IAM::Role', executionRole(id, properties, policies));
    return { 'Fn::GetAtt': [`${id}Role`, 'Arn'] };
  }

  private function(id: string, sam: Resource, properties: Properties): void {
    this.add(id, id, sam, 'AWS::Lambda::Function', {
      ...pick(properties, [
        'Architectures',
        'Description',
        'Environment',
        'EphemeralStorage',
        'FileSystemConfigs',
        'FunctionName',
        'Handler',
        'KmsKeyArn',
        'Layers',
        'MemorySize',
        'PackageType',
        'ReservedConcurrentExecutions',
        'Runtime',
        'Timeout',
        'VpcConfig',
      ]),
      Code:
        properties.InlineCode !== undefined
          ? { ZipFile: properties.InlineCode }
          : { ImageUri: properties.ImageUri, S3Key: properties.CodeUri },
      Role: this.role(id, sam, properties, {
        service: 'lambda.amazonaws.com',
        kind: 'function',
        events: properties.Events,
      }),
      TracingConfig: properties.Tracing === undefined ? undefined : { Mode: properties.Tracing },
      DeadLetterConfig: isRecord(properties.DeadLetterQueue)
        ? { TargetArn: properties.DeadLetterQueue.TargetArn }
        : undefined,
      Tags: tagList(properties.Tags),
    });
    this.functionUrl(id, sam, properties.FunctionUrlConfig);
    this.events(id, sam, properties.Events);
  }

  /**
   * The URL, and for `AuthType: NONE` the permission that lets anyone invoke it
   * (samtranslator `${Function}UrlPublicPermissions`). With an AutoPublishAlias
   * SAM points both at the alias, which this scanner does not create: the
   * permission names the function, whose code the alias runs.
   */
  private functionUrl(id: string, sam: Resource, config: unknown): void {
    if (!isRecord(config)) return;
    this.add(`${id}Url`, id, sam, 'AWS::Lambda::Url', {
      TargetFunctionArn: { Ref: id },
      ...pick(config, ['AuthType', 'Cors', 'InvokeMode']),
    });
    // SAM decides on the literal value: an intrinsic AuthType gets no permission from it.
    if (config.AuthType !== 'NONE') return;
    this.add(`${id}UrlPublicPermissions`, id, sam, 'AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunctionUrl',
      FunctionName: { Ref: id },
      Principal: '*',
      FunctionUrlAuthType: 'NONE',
    });
  }

  private stateMachine(id: string, sam: Resource, properties: Properties): void {
    this.add(id, id, sam, 'AWS::StepFunctions::StateMachine', {
      ...pick(properties, ['Definition', 'DefinitionSubstitutions']),
      StateMachineName: properties.Name,
      StateMachineType: properties.Type,
      LoggingConfiguration: properties.Logging,
      TracingConfiguration: properties.Tracing,
      RoleArn: this.role(id, sam, properties, { service: 'states.amazonaws.com', kind: 'state machine' }),
      Tags: tagList(properties.Tags),
    });
    this.events(id, sam, properties.Events);
  }

  /** `Api` and `HttpApi` events without an API of their own create the implicit one, once per template. */
  private events(id: string, sam: Resource, events: unknown): void {
    if (!isRecord(events)) return;
    for (const [name, event] of Object.entries(events)) {
      if (!isRecord(event)) continue;
      const properties = isRecord(event.Properties) ? event.Properties : {};
      if (event.Type === 'S3') this.s3Event(id, name, sam, properties);
      if (event.Type === 'Api' && properties.RestApiId === undefined && this.implicitRest === undefined) {
        this.implicitRest = id;
        if (!this.declares(IMPLICIT_REST_API)) {
          const globals = withGlobals(this.template.Globals, 'AWS::Serverless::Api', {});
          this.restApi(
            IMPLICIT_REST_API,
            id,
            { Metadata: sam.Metadata },
            {
              ...globals,
              StageName: IMPLICIT_REST_STAGE,
            },
          );
        }
      }
      if (event.Type === 'HttpApi' && properties.ApiId === undefined && this.implicitHttp === undefined) {
        this.implicitHttp = id;
        if (!this.declares(IMPLICIT_HTTP_API)) {
          const globals = withGlobals(this.template.Globals, 'AWS::Serverless::HttpApi', {});
          this.httpApi(IMPLICIT_HTTP_API, id, { Metadata: sam.Metadata }, globals);
        }
      }
    }
  }

  private declares(id: string): boolean {
    return isRecord(this.template.Resources) && this.template.Resources[id] !== undefined;
  }

  private restApi(id: string, samId: string, sam: Resource, properties: Properties): void {
    const endpoint = properties.EndpointConfiguration;
    const endpointType = isRecord(endpoint) && !('Ref' in endpoint) ? endpoint.Type : endpoint;
    this.add(id, samId, sam, 'AWS::ApiGateway::RestApi', {
      ...pick(properties, ['Name', 'Description', 'BinaryMediaTypes', 'MinimumCompressionSize']),
      // SAM's default, like API Gateway's, is an edge-optimized endpoint.
      EndpointConfiguration: endpointType === undefined ? undefined : { Types: [endpointType] },
      DisableExecuteApiEndpoint: properties.DisableExecuteApiEndpoint,
    });
    const stageId = stageLogicalId(id, properties.StageName, false);
    this.stages.set(id, stageId);
    this.add(stageId, samId, sam, 'AWS::ApiGateway::Stage', {
      RestApiId: { Ref: id },
      StageName: properties.StageName,
      ...pick(properties, [
        'AccessLogSetting',
        'CacheClusterEnabled',
        'CacheClusterSize',
        'MethodSettings',
        'TracingEnabled',
        'Variables',
      ]),
      Tags: tagList(properties.Tags),
    });
  }

  private httpApi(id: string, samId: string, sam: Resource, properties: Properties): void {
    this.add(id, samId, sam, 'AWS::ApiGatewayV2::Api', {
      ...pick(properties, ['Name', 'Description', 'DisableExecuteApiEndpoint']),
      ProtocolType: 'HTTP',
      Tags: properties.Tags,
    });
    const stageName = properties.StageName ?? DEFAULT_HTTP_STAGE;
    const stageId = stageLogicalId(id, stageName, true);
    this.stages.set(id, stageId);
    this.add(stageId, samId, sam, 'AWS::ApiGatewayV2::Stage', {
      ApiId: { Ref: id },
      StageName: stageName,
      AutoDeploy: true,
      ...pick(properties, ['AccessLogSettings', 'DefaultRouteSettings', 'RouteSettings', 'StageVariables']),
    });
  }

  private simpleTable(id: string, sam: Resource, properties: Properties): void {
    // SAM's default primary key: a string attribute named id.
    const key = isRecord(properties.PrimaryKey) ? properties.PrimaryKey : { Name: 'id', Type: 'String' };
    const keyType = { String: 'S', Number: 'N', Binary: 'B' }[String(key.Type)] ?? key.Type;
    this.add(id, id, sam, 'AWS::DynamoDB::Table', {
      TableName: properties.TableName,
      AttributeDefinitions: [{ AttributeName: key.Name, AttributeType: keyType }],
      KeySchema: [{ AttributeName: key.Name, KeyType: 'HASH' }],
      ...(properties.ProvisionedThroughput === undefined
        ? { BillingMode: 'PAY_PER_REQUEST' }
        : { ProvisionedThroughput: properties.ProvisionedThroughput }),
      SSESpecification: properties.SSESpecification,
      PointInTimeRecoverySpecification: properties.PointInTimeRecoverySpecification,
      Tags: tagList(properties.Tags),
    });
  }

  private application(id: string, sam: Resource, properties: Properties): void {
    const location = properties.Location;
    const local = typeof location === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(location);
    const metadata = isRecord(sam.Metadata) ? sam.Metadata : {};
    const where = isRecord(location)
      ? `application ${JSON.stringify(location.ApplicationId)} of the Serverless Application Repository`
      : `${JSON.stringify(location)}`;
    this.add(
      id,
      id,
      { ...sam, Metadata: local ? metadata : { ...metadata, [UNREADABLE_APPLICATION]: where } },
      'AWS::CloudFormation::Stack',
      {
        TemplateURL: local ? location : undefined,
        Parameters: properties.Parameters,
        NotificationARNs: properties.NotificationARNs,
        TimeoutInMinutes: properties.TimeoutInMinutes,
      },
    );
  }
}

/** `Ref: Api.Stage` and `${Api.Stage}`: SAM's name for the API's stage resource. */
function rewriteStageReferences(node: unknown, stages: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteStageReferences(item, stages));
  if (!isRecord(node)) return node;
  const stageOf = (name: string): string | undefined =>
    name.endsWith('.Stage') ? stages.get(name.slice(0, -'.Stage'.length)) : undefined;
  if (typeof node.Ref === 'string') {
    const stage = stageOf(node.Ref);
    if (stage) return { Ref: stage };
  }
  const result: Record<string, unknown> = newRecord();
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Fn::Sub') {
      const replace = (text: unknown): unknown =>
        typeof text === 'string'
          ? text.replace(/\$\{([^}!][^}]*)\}/g, (match, name: string) => {
              const stage = stageOf(name.trim());
              return stage ? `\${${stage}}` : match;
            })
          : text;
      result[key] = Array.isArray(value)
        ? [replace(value[0]), ...value.slice(1).map((item) => rewriteStageReferences(item, stages))]
        : replace(value);
    } else result[key] = rewriteStageReferences(value, stages);
  }
  return result;
}

export function expandSam(template: Record<string, unknown>): SamExpansion & { outputs: unknown } {
  const expander = new Expander(template);
  expander.expand();
  const resources = rewriteStageReferences(expander.resources, expander.stages) as Record<string, unknown>;
  return {
    resources,
    outputs: rewriteStageReferences(template.Outputs, expander.stages),
    from: expander.from,
    unexpanded: expander.unexpanded,
  };
}
