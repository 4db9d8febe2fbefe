/**
 * The execution role SAM creates for a Function or StateMachine without a
 * `Role` (samtranslator construct_role_for_resource): `${Resource}Role`, the
 * service's trust policy, the managed policies SAM adds for the resource's
 * features and event sources, the `Policies` given by name or ARN, and one
 * inline policy `${Resource}RolePolicy${index}` per statement document.
 * Policy templates (`SQSPollerPolicy: {...}`) and the policies SAM writes for
 * some event sources expand to documents this scanner does not model: their
 * inline policy is there, with a document that is Unknown and says why.
 */
import { unknown } from '../../../inventory/maybe.js';
import { isRecord } from '../read.js';

type Properties = Record<string, unknown>;

export interface RolePolicies {
  /** The service principal the role trusts. */
  service: string;
  kind: 'function' | 'state machine';
  /** A Function's Events: some add managed or inline policies to its role. */
  events?: unknown;
}

/** Where SAM's bundled managed policy map places AWS-managed policies that have a path. */
const MANAGED_POLICY_PATHS = new Map<string, string>([
  ...[
    'AWSLambdaBasicExecutionRole',
    'AWSLambdaVPCAccessExecutionRole',
    'AWSLambdaRole',
    'AWSLambdaSQSQueueExecutionRole',
    'AWSLambdaKinesisExecutionRole',
    'AWSLambdaDynamoDBExecutionRole',
    'AWSLambdaMSKExecutionRole',
    'AWSLambdaENIManagementAccess',
  ].map((name): [string, string] => [name, 'service-role/']),
  ...[
    'Billing',
    'DataScientist',
    'DatabaseAdministrator',
    'NetworkAdministrator',
    'SupportUser',
    'SystemAdministrator',
    'ViewOnlyAccess',
  ].map((name): [string, string] => [name, 'job-function/']),
]);

/** get_xray_managed_policy_name in the aws partition. */
const XRAY_POLICY = 'AWSXrayWriteOnlyAccess';

/** Managed policies SAM attaches for pull event sources (samtranslator eventsources/pull.py). */
const EVENT_MANAGED_POLICY = new Map([
  ['SQS', 'AWSLambdaSQSQueueExecutionRole'],
  ['Kinesis', 'AWSLambdaKinesisExecutionRole'],
  ['DynamoDB', 'AWSLambdaDynamoDBExecutionRole'],
  ['MSK', 'AWSLambdaMSKExecutionRole'],
]);

/** Event sources for which SAM writes inline policy statements of its own into the role. */
const EVENTS_WITH_OWN_POLICIES = new Set(['MQ', 'SelfManagedKafka', 'DocumentDB']);

/** Destination types and the action SAM's policy for them allows (samtranslator IAMRolePolicies). */
const DESTINATION_POLICIES = new Map([
  ['SQS', { suffix: 'SQSPolicy', action: 'sqs:SendMessage' }],
  ['SNS', { suffix: 'SNSPolicy', action: 'sns:publish' }],
  ['EventBridge', { suffix: 'EventBridgePolicy', action: 'events:PutEvents' }],
  ['Lambda', { suffix: 'LambdaPolicy', action: 'lambda:InvokeFunction' }],
]);

const DEAD_LETTER_ACTIONS = new Map([
  ['SQS', 'sqs:SendMessage'],
  ['SNS', 'sns:Publish'],
]);

function isIntrinsic(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::'));
}

function isNoValue(value: unknown): boolean {
  return isRecord(value) && value.Ref === 'AWS::NoValue';
}

function ifBranches(value: unknown): unknown[] | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 1) return undefined;
  const args = value['Fn::If'];
  return Array.isArray(args) && args.length === 3 ? args : undefined;
}

/** The ARN of an AWS-managed policy named by SAM (ArnGenerator.generate_aws_managed_policy_arn). */
function awsManagedPolicyArn(name: string): unknown {
  return {
    'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/${MANAGED_POLICY_PATHS.get(name) ?? ''}${name}`,
  };
}

/** A `Policies` entry given as a string: an ARN as is, an AWS-managed policy's name as its ARN. */
function managedPolicyArn(entry: unknown): unknown {
  if (typeof entry !== 'string' || entry.startsWith('arn:')) return entry;
  return /^[\w+=,.@-]+$/.test(entry) ? awsManagedPolicyArn(entry) : entry;
}

type PolicyKind = 'managed' | 'statement' | 'template';

/** samtranslator ResourcePolicies._get_type. */
function policyKind(entry: unknown): PolicyKind {
  if (typeof entry === 'string') return 'managed';
  const branches = ifBranches(entry);
  if (branches) {
    const kinds = new Set(
      branches
        .slice(1)
        .filter((branch) => !isNoValue(branch))
        .map(policyKind),
    );
    return kinds.size <= 1 ? ([...kinds][0] ?? 'managed') : 'template';
  }
  if (isRecord(entry) && isIntrinsic(entry)) return 'managed';
  if (isRecord(entry) && 'Statement' in entry) return 'statement';
  return 'template';
}

function templateName(entry: unknown): string {
  return isRecord(entry) && Object.keys(entry).length === 1
    ? (Object.keys(entry)[0] as string)
    : JSON.stringify(entry);
}

function destinationPolicy(logicalId: string, destination: unknown, place: string): unknown {
  if (!isRecord(destination)) return undefined;
  const policy =
    typeof destination.Type === 'string' ? DESTINATION_POLICIES.get(destination.Type) : undefined;
  if (!policy) return undefined;
  const target = destination.Destination;
  const document =
    target === undefined || ifBranches(target)
      ? unknown(
          `${place}: SAM creates or chooses the ${String(destination.Type)} destination, which this scanner does not model`,
        )
      : { Statement: [{ Action: policy.action, Effect: 'Allow', Resource: target }] };
  return { PolicyName: `${logicalId}${policy.suffix}`, PolicyDocument: document };
}

class RoleBuilder {
  readonly managed: unknown[] = [];
  readonly inline: unknown[] = [];

  constructor(private readonly id: string) {}

  attach(arn: unknown): void {
    const key = JSON.stringify(arn);
    if (!this.managed.some((existing) => JSON.stringify(existing) === key)) this.managed.push(arn);
  }

  /** The `Policies` property, in order: the index of each entry names its inline policy. */
  policies(policies: unknown): void {
    if (policies === undefined || policies === null) return;
    const entries = Array.isArray(policies) ? policies : [policies];
    for (const [index, entry] of entries.entries()) {
      const policyName = `${this.id}RolePolicy${index}`;
      const inline = (document: unknown): unknown =>
        isNoValue(document) ? document : { PolicyName: policyName, PolicyDocument: document };
      const branches = ifBranches(entry);
      switch (policyKind(entry)) {
        case 'managed':
          this.attach(
            branches
              ? { 'Fn::If': [branches[0], ...branches.slice(1).map(managedPolicyArn)] }
              : managedPolicyArn(entry),
          );
          break;
        case 'statement':
          this.inline.push(
            branches ? { 'Fn::If': [branches[0], ...branches.slice(1).map(inline)] } : inline(entry),
          );
          break;
        case 'template':
          this.inline.push(
            inline(
              unknown(
                `${this.id}.Policies item ${index + 1} is the SAM policy template ${templateName(entry)}: ` +
                  'SAM expands it to a policy document this scanner does not model',
              ),
            ),
          );
      }
    }
  }

  /** What a Function's event sources add to its role (samtranslator eventsources/pull.py _link_policy). */
  events(events: unknown): void {
    if (!isRecord(events)) return;
    for (const [name, event] of Object.entries(events)) {
      if (!isRecord(event) || typeof event.Type !== 'string') continue;
      const properties = isRecord(event.Properties) ? event.Properties : {};
      const place = `${this.id}.Events.${name}`;
      const managed =
        event.Type === 'SNS' && properties.SqsSubscription
          ? EVENT_MANAGED_POLICY.get('SQS')
          : EVENT_MANAGED_POLICY.get(event.Type);
      if (managed) this.attach(awsManagedPolicyArn(managed));
      const ownPolicies =
        EVENTS_WITH_OWN_POLICIES.has(event.Type) ||
        (event.Type === 'MSK' && properties.SourceAccessConfigurations !== undefined);
      if (ownPolicies) {
        this.inline.push({
          PolicyName: `${this.id}${name}Policy`,
          PolicyDocument: unknown(
            `${place}: SAM adds the policy a ${event.Type} event source needs to ${this.id}Role, which this scanner does not model`,
          ),
        });
      }
      const onFailure = isRecord(properties.DestinationConfig)
        ? properties.DestinationConfig.OnFailure
        : undefined;
      if (onFailure !== undefined && managed) {
        const policy = destinationPolicy(
          `${this.id}${name}`,
          onFailure,
          `${place}.DestinationConfig.OnFailure`,
        );
        this.inline.push(
          policy ?? {
            PolicyName: `${this.id}${name}Policy`,
            PolicyDocument: unknown(
              `${place}.DestinationConfig: SAM adds a policy for its destination to ${this.id}Role, which this scanner does not model`,
            ),
          },
        );
      }
    }
  }
}

/** The properties of the AWS::IAM::Role SAM creates for a Function or StateMachine. */
export function executionRole(id: string, properties: Properties, role: RolePolicies): Properties {
  const builder = new RoleBuilder(id);
  const tracing = properties.Tracing;
  if (role.kind === 'function') {
    builder.attach(awsManagedPolicyArn('AWSLambdaBasicExecutionRole'));
    if (tracing) builder.attach(awsManagedPolicyArn(XRAY_POLICY));
    if (properties.VpcConfig) builder.attach(awsManagedPolicyArn('AWSLambdaVPCAccessExecutionRole'));
    const deadLetter = properties.DeadLetterQueue;
    const deadLetterAction =
      isRecord(deadLetter) && typeof deadLetter.Type === 'string'
        ? DEAD_LETTER_ACTIONS.get(deadLetter.Type)
        : undefined;
    if (isRecord(deadLetter) && deadLetterAction) {
      builder.inline.push({
        PolicyName: 'DeadLetterQueuePolicy',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Action: deadLetterAction, Resource: deadLetter.TargetArn, Effect: 'Allow' }],
        },
      });
    }
    const invokeDestinations = isRecord(properties.EventInvokeConfig)
      ? properties.EventInvokeConfig.DestinationConfig
      : undefined;
    for (const outcome of ['OnSuccess', 'OnFailure']) {
      const destination = isRecord(invokeDestinations) ? invokeDestinations[outcome] : undefined;
      const policy = destinationPolicy(
        `${id}EventInvokeConfig${outcome}`,
        destination,
        `${id}.EventInvokeConfig.DestinationConfig.${outcome}`,
      );
      if (policy) builder.inline.push(policy);
    }
  }
  builder.policies(properties.Policies);
  if (role.kind === 'state machine' && isRecord(tracing) && tracing.Enabled === true) {
    builder.attach(awsManagedPolicyArn(XRAY_POLICY));
  }
  if (role.kind === 'function') builder.events(role.events);

  const trust =
    role.kind === 'function' && properties.AssumeRolePolicyDocument !== undefined
      ? properties.AssumeRolePolicyDocument
      : {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: [role.service] } },
          ],
        };
  return {
    AssumeRolePolicyDocument: trust,
    ManagedPolicyArns: builder.managed,
    Policies: builder.inline.length > 0 ? builder.inline : undefined,
    Path: role.kind === 'function' ? properties.RolePath : undefined,
    PermissionsBoundary: properties.PermissionsBoundary,
  };
}
