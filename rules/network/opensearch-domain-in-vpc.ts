import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'opensearch-domain-in-vpc',
  title: 'OpenSearch domains are placed in a VPC',
  severity: 'high',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['opensearch-domain'],
  rationale:
    'A domain outside a VPC has a public endpoint that only its access policy protects; one access-policy mistake ' +
    'exposes the data to the internet. Inside a VPC, security groups and routing bound who can reach it. ' +
    "Prowler's opensearch_service_domains_not_publicly_accessible also passes a public endpoint with a restrictive policy; this rule does not.",
  remediation: {
    summary:
      'Create the domain with VPC options (a domain cannot move from a public endpoint into a VPC: migrate).',
    cloudformation:
      'AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `VPCOptions: { SubnetIds: [...], SecurityGroupIds: [...] }`',
    cdk: 'new opensearch.Domain(this, "Search", { vpc, vpcSubnets: [{ subnets: vpc.privateSubnets }], ... })',
    cli: 'aws opensearch create-domain --domain-name <name> --vpc-options SubnetIds=<subnet>,SecurityGroupIds=<sg> ...',
  },
  equivalents: {
    checkov: ['CKV_AWS_137'],
    steampipe: ['es_domain_in_vpc'],
    fsbp: ['ES.2', 'Opensearch.2'],
  },
  evaluate(domain) {
    if (isUnknown(domain.inVpc)) return undetermined(domain.inVpc);
    return domain.inVpc
      ? pass('the domain is in a VPC', { inVpc: true })
      : fail('the domain has a public endpoint (no VPC options)', { inVpc: false });
  },
});
