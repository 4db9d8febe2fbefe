import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'access-analyzer-enabled',
  title: 'IAM Access Analyzer has an active analyzer in every region',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'identity',
  appliesTo: ['accessanalyzer-region'],
  sources: ['live'],
  rationale:
    'Access Analyzer reports buckets, keys, roles, queues and secrets that a policy opens to another account ' +
    'or to the public, as soon as the policy changes. Analyzers are regional: a region without one leaves its ' +
    'resource policies unwatched.',
  remediation: {
    summary: 'Create an account (or organization) analyzer in each region used.',
    cloudformation: 'AWS::AccessAnalyzer::Analyzer { Type: ACCOUNT } (a StackSet for every region)',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name account --type ACCOUNT --region <region>',
  },
  equivalents: {
    fsbp: ['IAM.28'],
    prowler: ['accessanalyzer_enabled'],
    steampipe: ['iam_access_analyzer_enabled'],
  },
  evaluate(region) {
    if (isUnknown(region.activeAnalyzers)) return undetermined(region.activeAnalyzers);
    const inactive = isUnknown(region.inactiveAnalyzers) ? [] : region.inactiveAnalyzers;
    const evidence = { active: region.activeAnalyzers, inactive };
    return region.activeAnalyzers.length > 0
      ? pass(`active: ${region.activeAnalyzers.join(', ')}`, evidence)
      : fail(
          inactive.length > 0
            ? `no active external access analyzer (${inactive.join(', ')})`
            : 'no analyzer in this region',
          evidence,
        );
  },
});
