import { Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { managedWebAcl } from './web-acl.js';

export interface EdgeStackProps extends StackProps {
  vpc: ec2.IVpc;
  domainName: string;
  certificateArn: string;
  /** Staging only: a plain-HTTP port the QA tooling still uses. */
  qaHttpPort?: number;
}

/** Everything reachable from the internet: ALB, CloudFront and the public REST API. */
export class EdgeStack extends Stack {
  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const certificate = acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn);

    const alb = new elbv2.ApplicationLoadBalancer(this, 'PublicAlb', {
      vpc: props.vpc,
      internetFacing: true,
      vpcSubnets: { subnets: props.vpc.publicSubnets },
      dropInvalidHeaderFields: true,
    });
    const app = new elbv2.ApplicationTargetGroup(this, 'AppTargets', {
      vpc: props.vpc,
      port: 8080,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targetType: elbv2.TargetType.IP,
      healthCheck: { path: '/healthz' },
    });
    alb.addListener('Https', {
      port: 443,
      certificates: [certificate],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
      defaultAction: elbv2.ListenerAction.forward([app]),
    });
    alb.addRedirect({ sourcePort: 80, targetPort: 443 });
    if (props.qaHttpPort !== undefined) {
      // Deliberate finding: plain HTTP forwarded to the app on an internet-facing ALB.
      alb.addListener('QaHttp', {
        port: props.qaHttpPort,
        protocol: elbv2.ApplicationProtocol.HTTP,
        defaultAction: elbv2.ListenerAction.forward([app]),
      });
    }
    const regionalAcl = managedWebAcl(this, 'RegionalWebAcl', 'REGIONAL');
    new wafv2.CfnWebACLAssociation(this, 'AlbWebAcl', {
      resourceArn: alb.loadBalancerArn,
      webAclArn: regionalAcl.attrArn,
    });

    const api = new apigw.RestApi(this, 'PublicApi', {
      restApiName: `${this.stackName}-public-api`,
      cloudWatchRole: false,
      endpointTypes: [apigw.EndpointType.REGIONAL],
      deployOptions: { stageName: 'v1', tracingEnabled: true },
    });
    api.root
      .addResource('health')
      .addMethod(
        'GET',
        new apigw.MockIntegration({ integrationResponses: [{ statusCode: '200' }], requestTemplates: {} }),
        { methodResponses: [{ statusCode: '200' }] },
      );
    new wafv2.CfnWebACLAssociation(this, 'ApiWebAcl', {
      resourceArn: api.deploymentStage.stageArn,
      webAclArn: regionalAcl.attrArn,
    });

    const cdnAcl = managedWebAcl(this, 'CdnWebAcl', 'CLOUDFRONT');
    new cloudfront.Distribution(this, 'Cdn', {
      domainNames: [props.domainName],
      certificate,
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      webAclId: cdnAcl.attrArn,
      defaultBehavior: {
        origin: new origins.LoadBalancerV2Origin(alb, {
          protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      },
    });
  }
}
