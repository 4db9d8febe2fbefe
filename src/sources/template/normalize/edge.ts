/** Internet-facing endpoints: load balancers and listeners, CloudFront, API Gateway stages, WAFv2. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  ApiGatewayStage,
  CloudFrontDistribution,
  Listener,
  ListenerAction,
  LoadBalancer,
  WebAcl,
  WebAclAssociation,
} from '../../../inventory/model.js';
import {
  listenerActions as actionsOf,
  type ListenerActionFields,
} from '../../../inventory/facts/listener-actions.js';
import { createPlace, type Raw } from '../../../inventory/facts/place.js';
import {
  viewerProtocolPolicies as policiesOf,
  type CacheBehaviorFields,
} from '../../../inventory/facts/viewer-policy.js';
import { isRecord } from '../read.js';
import { parseSub } from '../sub.js';
import {
  baseOf,
  boolFact,
  linkFact,
  mayBeAbsent,
  numberFact,
  requireKnown,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { loadBalancerSettingsOf } from './load-balancing.js';
import { stageSettingsOf } from './api-gateway.js';
import { cloudFrontSettings } from '../../../inventory/facts/cloudfront-settings.js';
import { webAclLogging, webAclMetrics } from './waf.js';

export function loadBalancer(resource: TemplateResource): LoadBalancer {
  const lbType = stringFact(resource, 'Type') ?? 'application';
  const scheme = stringFact(resource, 'Scheme') ?? 'internet-facing';
  const knownType =
    lbType instanceof Unknown || ['application', 'network', 'gateway'].includes(lbType)
      ? (lbType as LoadBalancer['lbType'])
      : unknown(`${resource.logicalId}.Type: unexpected value ${lbType}`);
  return {
    type: 'elbv2-load-balancer',
    ...baseOf(resource, 'Name'),
    lbType: knownType,
    scheme:
      scheme instanceof Unknown || scheme === 'internet-facing' || scheme === 'internal'
        ? scheme
        : unknown(`${resource.logicalId}.Scheme: unexpected value ${scheme}`),
    ...loadBalancerSettingsOf(resource, knownType),
  };
}

/** Actions of a listener's DefaultActions or a listener rule's Actions. */
export function listenerActions(resource: TemplateResource, path: string): Maybe<ListenerAction[]> {
  const list = valueAt(resource, path);
  let actions: Raw<Raw<ListenerActionFields>[]>;
  if (list instanceof Unknown) actions = unknown(`${resource.logicalId}.${path}: ${list.reason}`);
  else if (list === undefined || list === null) actions = undefined;
  else if (!Array.isArray(list)) actions = unknown(`${resource.logicalId}.${path}: not a list`);
  else
    actions = list.map((_, index): Raw<ListenerActionFields> => {
      const entryPath = `${path}.${index}`;
      const entry = valueAt(resource, entryPath);
      if (entry instanceof Unknown) return unknown(`${resource.logicalId}.${entryPath}: ${entry.reason}`);
      if (entry === undefined || entry === null) return undefined;
      return {
        Type: stringFact(resource, `${entryPath}.Type`),
        RedirectProtocol: stringFact(resource, `${entryPath}.RedirectConfig.Protocol`),
      };
    });
  return actionsOf(actions, createPlace(resource.logicalId), path);
}

export function listener(resource: TemplateResource): Listener {
  return {
    type: 'elbv2-listener',
    ...baseOf(resource),
    loadBalancerId: requireKnown(linkFact(resource, 'LoadBalancerArn'), resource, 'LoadBalancerArn'),
    protocol: requireKnown(stringFact(resource, 'Protocol'), resource, 'Protocol'),
    port: numberFact(resource, 'Port'),
    sslPolicy: stringFact(resource, 'SslPolicy'),
    actions: listenerActions(resource, 'DefaultActions'),
  };
}

/** Logging is on when it names a bucket, even one known only after deployment. */
function loggingBucketSet(resource: TemplateResource, path: string): Maybe<boolean> {
  const bucket = valueAt(resource, path);
  if (bucket instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${bucket.reason}`);
  return bucket !== undefined && bucket !== null && bucket !== '';
}

/**
 * Whether viewers get CloudFront's default certificate. A certificate of one's
 * own is set whenever AcmCertificateArn or IamCertificateId is present, even
 * with a value known only at deployment; one an undecided `Fn::If` may drop
 * (or a ViewerCertificate that is itself unresolved) leaves it Unknown.
 */
function defaultCertificateUse(resource: TemplateResource, certificate: string): Maybe<boolean> {
  const viewerCertificate = valueAt(resource, certificate);
  if (viewerCertificate instanceof Unknown)
    return unknown(`${resource.logicalId}.${certificate}: ${viewerCertificate.reason}`);
  let ownCertificate = false;
  let maybeOwn: Unknown | undefined;
  for (const property of ['AcmCertificateArn', 'IamCertificateId']) {
    const path = `${certificate}.${property}`;
    const value = valueAt(resource, path);
    if (value === undefined) continue;
    if (value instanceof Unknown && mayBeAbsent(resource, path))
      maybeOwn ??= unknown(`${resource.logicalId}.${path} may be absent: ${value.reason}`);
    else ownCertificate = true;
  }
  if (ownCertificate) return false;
  if (maybeOwn) return maybeOwn;
  const defaultFlag = boolFact(resource, `${certificate}.CloudFrontDefaultCertificate`, false);
  return defaultFlag instanceof Unknown ? defaultFlag : true;
}

export function cloudFrontDistribution(resource: TemplateResource): CloudFrontDistribution {
  const config = 'DistributionConfig';
  const certificate = `${config}.ViewerCertificate`;
  const usesDefaultCertificate = defaultCertificateUse(resource, certificate);
  const behavior = (path: string): Raw<CacheBehaviorFields> => {
    const value = valueAt(resource, path);
    if (value instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${value.reason}`);
    if (value === undefined || value === null) return undefined;
    return { ViewerProtocolPolicy: stringFact(resource, `${path}.ViewerProtocolPolicy`) };
  };
  const ordered = valueAt(resource, `${config}.CacheBehaviors`);
  let orderedBehaviors: Raw<CacheBehaviorFields[]>;
  if (ordered instanceof Unknown)
    orderedBehaviors = unknown(`${resource.logicalId}.${config}.CacheBehaviors: ${ordered.reason}`);
  else if (Array.isArray(ordered)) {
    const fields = ordered.map((_, index) => behavior(`${config}.CacheBehaviors.${index}`));
    orderedBehaviors = fields.find((entry) => entry instanceof Unknown) ?? (fields as CacheBehaviorFields[]);
  }
  const viewerProtocolPolicies = policiesOf(
    { defaultBehavior: behavior(`${config}.DefaultCacheBehavior`), orderedBehaviors },
    createPlace(resource.logicalId),
    { defaultPath: `${config}.DefaultCacheBehavior`, orderedPath: `${config}.CacheBehaviors` },
  );
  return {
    type: 'cloudfront-distribution',
    ...baseOf(resource),
    minimumProtocolVersion: stringFact(resource, `${certificate}.MinimumProtocolVersion`),
    usesDefaultCertificate,
    viewerProtocolPolicies,
    webAclId: linkFact(resource, `${config}.WebACLId`),
    ...cloudFrontSettings(
      {
        LoggingEnabled: loggingBucketSet(resource, `${config}.Logging.Bucket`),
        RealtimeLogConfigArn: linkFact(resource, `${config}.DefaultCacheBehavior.RealtimeLogConfigArn`),
        FieldLevelEncryptionId: linkFact(resource, `${config}.DefaultCacheBehavior.FieldLevelEncryptionId`),
      },
      createPlace(resource.logicalId),
    ),
  };
}

function endpointTypesOf(
  restApiId: Maybe<string | undefined>,
  index: TemplateIndex,
  logicalId: string,
): Maybe<string[]> {
  if (restApiId === undefined) return unknown(`${logicalId}.RestApiId is not set`);
  if (restApiId instanceof Unknown) return restApiId;
  const api = index.get(restApiId);
  if (!api)
    return unknown(`REST API ${restApiId} is not in the scanned templates, so its endpoint type is unknown`);
  const types = valueAt(api, 'EndpointConfiguration.Types');
  if (types === undefined || types === null) return ['EDGE'];
  if (types instanceof Unknown)
    return unknown(`${api.logicalId}.EndpointConfiguration.Types: ${types.reason}`);
  if (Array.isArray(types) && types.every((type): type is string => typeof type === 'string')) return types;
  return unknown(`${api.logicalId}.EndpointConfiguration.Types: not a list of names`);
}

/** `AWS::ApiGateway::Stage`, or the stage an `AWS::ApiGateway::Deployment` with a StageName creates. */
export function apiGatewayStage(resource: TemplateResource, index: TemplateIndex): ApiGatewayStage {
  const restApiId = linkFact(resource, 'RestApiId');
  return {
    type: 'apigateway-stage',
    ...baseOf(resource),
    restApiId: requireKnown(restApiId, resource, 'RestApiId'),
    stageName: requireKnown(stringFact(resource, 'StageName'), resource, 'StageName'),
    endpointTypes: endpointTypesOf(restApiId, index, resource.logicalId),
    webAclArn: undefined,
    ...stageSettingsOf(resource),
  };
}

export function webAcl(resource: TemplateResource, index: TemplateIndex): WebAcl {
  const scope = stringFact(resource, 'Scope');
  return {
    type: 'wafv2-web-acl',
    ...baseOf(resource, 'Name'),
    scope:
      scope === 'REGIONAL' || scope === 'CLOUDFRONT' || scope instanceof Unknown
        ? scope
        : unknown(`${resource.logicalId}.Scope is ${String(scope)}`),
    loggingEnabled: webAclLogging(resource, index),
    withoutMetrics: webAclMetrics(resource),
  };
}

/** Literal text of an ARN expression, with each `Ref`/`${}` to a name written as `\0name\0`. */
function arnPattern(expression: unknown): string | undefined {
  if (typeof expression === 'string') return expression;
  if (!isRecord(expression)) return undefined;
  if (typeof expression.Ref === 'string') return `\0${expression.Ref}\0`;
  const sub = expression['Fn::Sub'];
  const subText = Array.isArray(sub) ? sub[0] : sub;
  if (typeof subText === 'string') {
    return parseSub(subText)
      .map((part) => ('literal' in part ? part.literal : `\0${part.variable.split('.')[0] ?? ''}\0`))
      .join('');
  }
  const join = expression['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map(arnPattern);
    return parts.every((part) => part !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}

/**
 * API Gateway stage ARNs are built from the REST API and the stage name
 * (`arn:...:apigateway:<region>::/restapis/<api>/stages/<stage>`): find that stage.
 */
function stageFromArnExpression(resource: TemplateResource, index: TemplateIndex): string | undefined {
  const raw = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  const expression = isRecord(raw) && isRecord(raw.Properties) ? raw.Properties.ResourceArn : undefined;
  const pattern = arnPattern(expression);
  const match =
    pattern === undefined ? null : /\/restapis\/\0([^\0]+)\0\/stages\/(\0[^\0]+\0|[^/\0]+)/.exec(pattern);
  if (!match) return undefined;
  const [, apiName = '', stagePart = ''] = match;
  const apiId = resource.evaluator.idOf(apiName);
  if (stagePart.startsWith('\0')) {
    const stageId = resource.evaluator.idOf(stagePart.slice(1, -1));
    const stage = index.get(stageId);
    if (stage?.cfnType === 'AWS::ApiGateway::Stage') return stageId;
    const stageName = resource.evaluator.evaluate({ Ref: stagePart.slice(1, -1) });
    return typeof stageName === 'string' ? stageByName(apiId, stageName, index) : undefined;
  }
  return stageByName(apiId, stagePart, index);
}

function stageByName(apiId: string, stageName: string, index: TemplateIndex): string | undefined {
  for (const candidate of index.values()) {
    if (candidate.cfnType !== 'AWS::ApiGateway::Stage' && candidate.cfnType !== 'AWS::ApiGateway::Deployment')
      continue;
    if (linkFact(candidate, 'RestApiId') === apiId && valueAt(candidate, 'StageName') === stageName)
      return candidate.id;
  }
  return undefined;
}

export function webAclAssociation(resource: TemplateResource, index: TemplateIndex): WebAclAssociation {
  let resourceId: Maybe<string | undefined> = linkFact(resource, 'ResourceArn');
  if (resourceId instanceof Unknown) resourceId = stageFromArnExpression(resource, index) ?? resourceId;
  return {
    type: 'wafv2-web-acl-association',
    ...baseOf(resource),
    resourceId: requireKnown(resourceId, resource, 'ResourceArn'),
    webAclId: requireKnown(linkFact(resource, 'WebACLArn'), resource, 'WebACLArn'),
  };
}
