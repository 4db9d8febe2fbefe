import { defineRule, fail, notApplicable, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, type Maybe } from '../../src/inventory/maybe.js';
import type { ApiGatewayStage, CloudFrontDistribution, LoadBalancer } from '../../src/inventory/model.js';

/** WAF Classic web ACL ids are bare UUIDs; WAFv2 ones are ARNs (arn:aws:wafv2:...). */
const WAF_CLASSIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromAssociations(acls: Maybe<string[]>, what: string, evidence: Record<string, string>): Outcome {
  if (isUnknown(acls)) return undetermined(acls, evidence);
  if (acls.length === 0) return fail(`${what} has no WAFv2 web ACL`, { ...evidence, webAcls: [] });
  return pass(`${what} is protected by web ACL ${acls.join(', ')}`, { ...evidence, webAcls: acls });
}

function loadBalancerOutcome(lb: LoadBalancer, inventory: Inventory): Outcome {
  if (isUnknown(lb.lbType)) return undetermined(lb.lbType);
  if (lb.lbType !== 'application') {
    return notApplicable(`${lb.lbType} load balancers cannot have a web ACL`, { lbType: lb.lbType });
  }
  if (isUnknown(lb.scheme)) return undetermined(lb.scheme);
  if (lb.scheme === 'internal') return notApplicable('internal load balancer', { scheme: lb.scheme });
  return fromAssociations(inventory.webAclsFor(lb), 'internet-facing ALB', { scheme: lb.scheme });
}

function stageOutcome(stage: ApiGatewayStage, inventory: Inventory): Outcome {
  if (isUnknown(stage.endpointTypes)) return undetermined(stage.endpointTypes);
  if (stage.endpointTypes.length > 0 && stage.endpointTypes.every((type) => type === 'PRIVATE')) {
    return notApplicable('PRIVATE API: reachable only through VPC endpoints', {
      endpointTypes: stage.endpointTypes,
    });
  }
  const evidence = { endpointTypes: stage.endpointTypes.join(',') };
  if (!isUnknown(stage.webAclArn) && stage.webAclArn) {
    return pass(`stage is protected by web ACL ${stage.webAclArn}`, {
      ...evidence,
      webAcls: [stage.webAclArn],
    });
  }
  const associated = inventory.webAclsFor(stage);
  if (!isUnknown(associated) && associated.length > 0) return fromAssociations(associated, 'stage', evidence);
  if (isUnknown(stage.webAclArn)) return undetermined(stage.webAclArn, evidence);
  return fromAssociations(associated, 'public API stage', evidence);
}

function distributionOutcome(distribution: CloudFrontDistribution): Outcome {
  const acl = distribution.webAclId;
  if (isUnknown(acl)) return undetermined(acl);
  if (acl === undefined || acl === '') return fail('distribution has no WAFv2 web ACL', { webAclId: null });
  if (WAF_CLASSIC_ID.test(acl)) {
    return fail(`web ACL ${acl} is a WAF Classic ACL (retired), not WAFv2`, { webAclId: acl });
  }
  return pass(`distribution is protected by web ACL ${acl}`, { webAclId: acl });
}

export default defineRule({
  id: 'waf-protects-public-endpoints',
  title: 'Internet-facing ALBs, API Gateway stages and CloudFront distributions have a WAFv2 web ACL',
  severity: 'medium',
  criteria: ['CC6.6', 'CC6.8'],
  family: 'waf',
  appliesTo: ['elbv2-load-balancer', 'apigateway-stage', 'cloudfront-distribution'],
  reads: ['wafv2-web-acl-association', 'wafv2-web-acl'],
  rationale:
    'A web application firewall filters common attacks (SQL injection, cross-site scripting, known bad inputs, ' +
    'request floods) before they reach the application, and its logs show what was blocked. Every HTTP entry ' +
    'point from the internet should pass through one.',
  remediation: {
    summary:
      'Associate a WAFv2 web ACL (for example with the AWS managed Core rule set) with each public ALB and REST API stage, ' +
      'and set a CLOUDFRONT-scope web ACL on each distribution.',
    cloudformation:
      'AWS::WAFv2::WebACLAssociation { ResourceArn: <ALB or stage ARN>, WebACLArn: <acl arn> }; CloudFront: `DistributionConfig.WebACLId: <acl arn>`',
    cdk: 'new wafv2.CfnWebACLAssociation(this, "Waf", { resourceArn: alb.loadBalancerArn, webAclArn: acl.attrArn })',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <acl-arn> --resource-arn <resource-arn>',
  },
  equivalents: {
    checkov: ['CKV_AWS_68'],
    cdkNag: [
      'NIST.800.53.R5-ALBWAFEnabled',
      'AwsSolutions-APIG3',
      'NIST.800.53.R5-APIGWAssociatedWithWAF',
      'AwsSolutions-CFR2',
    ],
    guard: ['ALB_WAF_ENABLED', 'API_GW_ASSOCIATED_WITH_WAF'],
    prowler: [
      'elbv2_waf_acl_attached',
      'apigateway_restapi_waf_acl_attached',
      'cloudfront_distributions_using_waf',
    ],
    steampipe: [
      'elb_application_lb_waf_enabled',
      'apigateway_stage_use_waf_web_acl',
      'cloudfront_distribution_waf_enabled',
    ],
    fsbp: ['APIGateway.4', 'CloudFront.6'],
  },
  evaluate(resource, inventory) {
    switch (resource.type) {
      case 'elbv2-load-balancer':
        return loadBalancerOutcome(resource, inventory);
      case 'apigateway-stage':
        return stageOutcome(resource, inventory);
      case 'cloudfront-distribution':
        return distributionOutcome(resource);
    }
  },
});
