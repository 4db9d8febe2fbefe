import { defineRule, pass } from '../../src/engine/rule.js';

export default defineRule({
  id: 'securityhub-enabled',
  title: 'Security Hub is enabled in every region',
  severity: 'medium',
  criteria: ['CC7.2', 'CC4.1'],
  family: 'logging',
  appliesTo: ['securityhub-hub'],
  requiredInEveryRegion: true,
  rationale:
    'Security Hub gathers the findings of GuardDuty, Inspector, Macie and Config into one place and checks the ' +
    "account against AWS's security standards continuously, between audits.",
  remediation: {
    summary:
      'Enable Security Hub in every region, with the AWS Foundational Security Best Practices standard.',
    cloudformation: 'AWS::SecurityHub::Hub (one stack instance per region)',
    cdk: 'new securityhub.CfnHub(this, "Hub")',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
  },
  equivalents: {
    prowler: ['securityhub_enabled'],
    steampipe: ['securityhub_enabled'],
    guard: ['SECURITYHUB_ENABLED'],
  },
  evaluate(hub) {
    return pass(
      hub.subscribedAt ? `Security Hub is enabled (since ${hub.subscribedAt})` : 'Security Hub is enabled',
      hub.subscribedAt ? { subscribedAt: hub.subscribedAt } : {},
    );
  },
});
