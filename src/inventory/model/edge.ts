/** What faces clients: load balancers and listeners, CloudFront, API Gateway stages, WAF. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { LoadBalancerSettings } from './load-balancing.js';
import type { ApiGatewayStageSettings } from './api-gateway.js';
import type { CloudFrontSettings } from './cdn.js';
import type { WebAclSettings } from './waf.js';

export interface LoadBalancer extends ResourceBase<'elbv2-load-balancer'>, LoadBalancerSettings {
  lbType: Maybe<'application' | 'network' | 'gateway'>;
  scheme: Maybe<'internet-facing' | 'internal'>;
  dnsName?: string;
}

export interface ListenerAction {
  /** forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito. */
  type: Maybe<string>;
  /** For redirects: the protocol redirected to (HTTPS, HTTP, or #{protocol}). */
  redirectProtocol?: Maybe<string | undefined>;
}

export interface Listener extends ResourceBase<'elbv2-listener'> {
  loadBalancerId: Maybe<string>;
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE. */
  protocol: Maybe<string>;
  port: Maybe<number | undefined>;
  /** undefined: none set, the ELB default policy applies. */
  sslPolicy: Maybe<string | undefined>;
  /** The default actions plus every listener rule's actions. */
  actions: Maybe<ListenerAction[]>;
}

/** A predefined ELB security policy and the protocols it offers (live: DescribeSSLPolicies). */
export interface SslPolicy extends ResourceBase<'elbv2-ssl-policy'> {
  protocols: string[];
}

export interface CloudFrontDistribution extends ResourceBase<'cloudfront-distribution'>, CloudFrontSettings {
  /** undefined: the *.cloudfront.net default certificate, which allows TLSv1. */
  minimumProtocolVersion: Maybe<string | undefined>;
  usesDefaultCertificate: Maybe<boolean>;
  /** Viewer protocol policy of the default and of every ordered cache behavior. */
  viewerProtocolPolicies: Maybe<string[]>;
  /** WAFv2 web ACL ARN (or WAF Classic id); undefined: none. */
  webAclId: Maybe<string | undefined>;
}

export interface ApiGatewayStage extends ResourceBase<'apigateway-stage'>, ApiGatewayStageSettings {
  restApiId: Maybe<string>;
  stageName: Maybe<string>;
  /** EDGE, REGIONAL or PRIVATE: a PRIVATE API is not public. */
  endpointTypes: Maybe<string[]>;
  /** WAFv2 web ACL ARN set on the stage (live `webAclArn`); undefined: none. */
  webAclArn: Maybe<string | undefined>;
}

export interface WebAcl extends ResourceBase<'wafv2-web-acl'>, WebAclSettings {
  scope: Maybe<'REGIONAL' | 'CLOUDFRONT'>;
}

/** A WAFv2 web ACL protecting a regional resource (ALB, API Gateway stage ...). */
export interface WebAclAssociation extends ResourceBase<'wafv2-web-acl-association'> {
  /** Inventory id or ARN of the protected resource. */
  resourceId: Maybe<string>;
  webAclId: Maybe<string>;
}
