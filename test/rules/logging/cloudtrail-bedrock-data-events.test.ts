import { ruleCases } from '../../support/rule-cases.js';

const trail = (properties: string, isLogging = true) => `
Parameters:
  Mode: { Type: String }
Resources:
  TrailBucket:
    Type: AWS::S3::Bucket
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: ${isLogging}
      IsMultiRegionTrail: true
      S3BucketName: !Ref TrailBucket
${properties
  .trim()
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}`;

const BEDROCK_AGENTS = `
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::Bedrock::AgentAlias', 'AWS::Bedrock::KnowledgeBase'] }`;

ruleCases('cloudtrail-bedrock-data-events', {
  pass: [
    {
      name: 'an advanced selector for Bedrock agent aliases and knowledge bases',
      resource: 'Trail',
      template: trail(BEDROCK_AGENTS),
    },
    {
      name: 'Bedrock model data events beside a management-event selector',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Management] }
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::Bedrock::Model'] }`),
    },
  ],
  fail: [
    {
      name: 'management events only (the default)',
      resource: 'Trail',
      template: trail('EnableLogFileValidation: true'),
    },
    {
      name: 'Lambda data events only',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::Lambda::Function'] }`),
    },
    {
      name: 'narrowed to one agent alias: some resources only',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::Bedrock::AgentAlias'] }
      - { Field: resources.ARN, Equals: ['arn:aws:bedrock:eu-west-1:111122223333:agent-alias/AGENT/ALIAS'] }`),
    },
    {
      name: 'read-only Bedrock events miss the writes',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: ['AWS::Bedrock::Guardrail'] }
      - { Field: readOnly, Equals: ['true'] }`),
    },
    {
      name: 'selects Bedrock data events but logging is stopped',
      resource: 'Trail',
      template: trail(BEDROCK_AGENTS, false),
    },
  ],
  unknown: [
    {
      name: 'resources.type from a parameter',
      resource: 'Trail',
      template: trail(`
AdvancedEventSelectors:
  - FieldSelectors:
      - { Field: eventCategory, Equals: [Data] }
      - { Field: resources.type, Equals: [!Ref Mode] }`),
    },
  ],
});
