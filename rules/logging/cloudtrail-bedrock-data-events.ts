import { defineRule, fail, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { evaluateDataEvents } from '../lib/data-events.js';

/** CloudTrail's data-event resource types for Amazon Bedrock (advanced event selectors only). */
export const BEDROCK_DATA_EVENT_TYPES = [
  'AWS::Bedrock::AgentAlias',
  'AWS::Bedrock::FlowAlias',
  'AWS::Bedrock::Guardrail',
  'AWS::Bedrock::InlineAgent',
  'AWS::Bedrock::KnowledgeBase',
  'AWS::Bedrock::Model',
  'AWS::Bedrock::Prompt',
];

const SELECTOR = `[{"Name":"Bedrock data events","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":${JSON.stringify(BEDROCK_DATA_EVENT_TYPES)}}]}]`;

export default defineRule({
  id: 'cloudtrail-bedrock-data-events',
  title: 'CloudTrail records Amazon Bedrock data events',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    "Management events record changes to Bedrock's configuration, but agent invocations, knowledge base " +
    'retrievals, flow invocations, guardrail evaluations and prompt use are data events, which a trail records only ' +
    'through an advanced event selector naming a Bedrock resource type. Any such selector counts (basic event ' +
    'selectors cannot name Bedrock resources); one narrowed by event name or resource ARN records some resources ' +
    'only and FAILs. A trail that is stopped records nothing. A trail without them is not applicable when another ' +
    "logging, multi-region trail of the account records them. Prowler's check also passes on management events " +
    'alone; those are judged by cloudtrail-multi-region and cloudtrail-logging, so this rule asks only for what they ' +
    'cannot show.',
  remediation: {
    summary: 'Add an advanced event selector recording Bedrock data events to a logging, multi-region trail.',
    cloudformation: `AWS::CloudTrail::Trail: \`AdvancedEventSelectors: [{ FieldSelectors: [{ Field: eventCategory, Equals: [Data] }, { Field: resources.type, Equals: [${BEDROCK_DATA_EVENT_TYPES.join(', ')}] }] }]\``,
    cdk: 'new cloudtrail.CfnTrail(this, "Trail", { ..., advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equalTo: ["Data"] }, { field: "resources.type", equalTo: ["AWS::Bedrock::AgentAlias", ...] }] }] })',
    cli: `aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '${SELECTOR}'`,
  },
  equivalents: {
    prowler: ['cloudtrail_bedrock_logging_enabled'],
  },
  evaluate(trail, inventory) {
    const outcome = evaluateDataEvents(trail, inventory, {
      resourceTypes: BEDROCK_DATA_EVENT_TYPES,
      label: 'Bedrock',
      directions: ['read', 'write'],
    });
    if (outcome.status !== 'PASS') return outcome;
    if (isUnknown(trail.isLogging)) return undetermined(trail.isLogging);
    if (trail.isLogging !== true)
      return fail('the trail selects Bedrock data events but logging is stopped', {
        ...outcome.evidence,
        isLogging: false,
      });
    return outcome;
  },
});
