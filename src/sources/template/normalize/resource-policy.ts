/**
 * The resource policy of a queue, topic or secret, from the separate template
 * resources that set it (AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy,
 * AWS::SecretsManager::ResourcePolicy and their inline variants). Each of
 * these services keeps one policy per resource, and CloudFormation deploys
 * independent resources in no defined order, so the policy is known only
 * when exactly one policy resource, certainly deployed, names the target and
 * no other may name it. None naming it: the target has no policy.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  ExternalPolicyTargetKind,
  ExternalResourcePolicy,
  PolicyStatement,
} from '../../../inventory/model.js';
import { mayNotExist } from './conditional-attachment.js';
import { isRecord } from '../read.js';
import { ResourceRef } from '../values.js';
import {
  baseOf,
  linkFact,
  linkListFact,
  linkOf,
  resourcesOfType,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { policyReadingReferences, survivingRawItems } from './trust-policy.js';

/** A CloudFormation type that sets a policy on other resources: where it names them and where its document is. */
export interface PolicyAttachment {
  cfnType: string;
  /** A list of targets (`Queues`, `Topics`) or a single one (`Queue`, `TopicArn`, `SecretId`). */
  targets: string;
  document: string;
}

/** Whether a target link names the resource; Unknown when it may (the resource's own name is unresolved). */
export type NamesTarget = (link: string) => Maybe<boolean>;

/** The URL of a queue of the template, written out: `https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Queue.QueueName}`. */
const TEMPLATE_QUEUE_URL =
  /^https:\/\/sqs\.\$\{AWS::Region\}\.(?:amazonaws\.com|\$\{AWS::URLSuffix\})\/\$\{AWS::AccountId\}\/\$\{([A-Za-z0-9]+)\.QueueName\}$/;

/** Types whose targets may name a queue of the template by its URL. */
const NAMES_QUEUES_BY_URL = new Set(['AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy']);

/**
 * The queue a raw target expression names by that URL: the deploying region
 * and account are the queue's own, so it is the queue's Ref. Any other
 * expression is left to its evaluated value.
 */
function queueOfUrl(policy: TemplateResource, raw: unknown): string | undefined {
  if (!isRecord(raw) || Object.keys(raw).length !== 1 || typeof raw['Fn::Sub'] !== 'string') return undefined;
  const queueId = TEMPLATE_QUEUE_URL.exec(raw['Fn::Sub'])?.[1];
  if (queueId === undefined) return undefined;
  const queue = policy.evaluator.getAtt(queueId, 'QueueName');
  return queue instanceof ResourceRef && queue.cfnType === 'AWS::SQS::Queue' ? queue.id : undefined;
}

function targetLinks(policy: TemplateResource, attachment: PolicyAttachment): Maybe<string[] | undefined> {
  const value = valueAt(policy, attachment.targets);
  const rawPolicy = policy.evaluator.stack.file.template.Resources[policy.logicalId];
  const rawTargets =
    isRecord(rawPolicy) && isRecord(rawPolicy.Properties)
      ? rawPolicy.Properties[attachment.targets]
      : undefined;
  const byUrl = NAMES_QUEUES_BY_URL.has(attachment.cfnType);
  if (Array.isArray(value)) {
    const rawItems =
      byUrl && Array.isArray(rawTargets) ? survivingRawItems(policy, value, rawTargets) : undefined;
    if (rawItems === undefined) return linkListFact(policy, attachment.targets);
    const links: string[] = [];
    for (const [position, item] of value.entries()) {
      const link =
        queueOfUrl(policy, rawItems[position]) ?? linkOf(policy, `${attachment.targets}[${position}]`, item);
      if (link instanceof Unknown) return link;
      if (link !== undefined) links.push(link);
    }
    return links;
  }
  const single = (byUrl ? queueOfUrl(policy, rawTargets) : undefined) ?? linkFact(policy, attachment.targets);
  return single === undefined || single instanceof Unknown ? single : [single];
}

/**
 * Resources whose Ref is the ARN of the resource a property of theirs names:
 * CDK names an RDS secret, once attached to its database, by the attachment.
 */
const REF_IS_TARGET_OF: ReadonlyMap<string, string> = new Map([
  ['AWS::SecretsManager::SecretTargetAttachment', 'SecretId'],
]);

/** The link itself, or what the resource it names stands for (an RDS secret attachment: its secret). */
export function followAlias(link: string, index: TemplateIndex): Maybe<string | undefined> {
  const alias = index.get(link);
  const property = alias && REF_IS_TARGET_OF.get(alias.cfnType);
  if (!alias || !property) return link;
  return linkFact(alias, property);
}

/** Whether `policy` names `target`; Unknown when it may. */
function namesTarget(
  policy: TemplateResource,
  attachment: PolicyAttachment,
  target: TemplateResource,
  names: NamesTarget,
  index: TemplateIndex,
): Maybe<boolean> {
  const written = targetLinks(policy, attachment);
  const links = written instanceof Unknown ? written : written?.map((link) => followAlias(link, index));
  const undecided = links instanceof Unknown ? links : links?.find((link) => link instanceof Unknown);
  if (undecided instanceof Unknown) {
    return unknown(
      `${policy.logicalId}.${attachment.targets} may name ${target.logicalId}: ${undecided.reason}`,
    );
  }
  let doubt: Unknown | undefined;
  for (const link of (links ?? []) as (string | undefined)[]) {
    if (link === undefined) continue;
    if (link === target.id) return true;
    const named = names(link);
    if (named === true) return true;
    if (named instanceof Unknown) doubt ??= named;
  }
  return doubt ?? false;
}

/** The statements of the policy the template sets on `target`; [] when no policy resource names it. */
export function attachedPolicyStatements(
  target: TemplateResource,
  index: TemplateIndex,
  attachments: readonly PolicyAttachment[],
  names: NamesTarget,
): Maybe<PolicyStatement[]> {
  const naming: { policy: TemplateResource; attachment: PolicyAttachment }[] = [];
  for (const attachment of attachments) {
    for (const policy of resourcesOfType(index, attachment.cfnType)) {
      const named = namesTarget(policy, attachment, target, names, index);
      if (named instanceof Unknown) return named;
      if (named) naming.push({ policy, attachment });
    }
  }
  if (naming.length > 1) {
    const ids = naming.map(({ policy }) => policy.logicalId).join(', ');
    return unknown(
      `policies ${ids} all name ${target.logicalId}; it keeps the one deployed last, in no defined order`,
    );
  }
  const [only] = naming;
  if (only === undefined) return [];
  const absent = mayNotExist(only.policy, target);
  if (absent) return unknown(`policy ${absent.reason}`);
  const statements = policyReadingReferences(only.policy, only.attachment.document, index);
  return statements ?? unknown(`${only.policy.logicalId}.${only.attachment.document} is not set`);
}

/**
 * How a literal target names a resource by its name property: `matches` tells
 * a literal naming `name`, `couldName` a literal that may name the resource
 * when its name is unresolved. Without a name the resource's is generated at
 * deployment, which a literal written before it cannot name.
 */
export function namesByName(
  resource: TemplateResource,
  nameProperty: string,
  matches: (link: string, name: string) => boolean,
  couldName: (link: string) => boolean,
): NamesTarget {
  const name = valueAt(resource, nameProperty);
  return (link) => {
    if (typeof name === 'string') return matches(link, name);
    if (name === undefined || name === null || !couldName(link)) return false;
    return unknown(`${link} may name ${resource.logicalId}, whose ${nameProperty} is unresolved`);
  };
}

/** What a policy-setting type sets its policy on, for telling targets of the templates from others. */
export interface PolicyTargets {
  kind: ExternalPolicyTargetKind;
  /** The CloudFormation type of the targets the templates may declare (`AWS::SQS::Queue`). */
  cfnType: string;
  attachments: readonly PolicyAttachment[];
  /** How a written target names a target of the templates (`namesByName`). */
  names: (target: TemplateResource) => NamesTarget;
  /**
   * Whether a policy whose single target is unresolved certainly names a
   * target of the templates (a bucket policy's Bucket written with the same
   * expression as a bucket's BucketName): then it is not outside.
   */
  unresolvedNamesTemplateTarget?: (policy: TemplateResource, index: TemplateIndex) => boolean;
}

/** A link to a template resource that is not a target: what it stands for is known only at deployment. */
function notATarget(
  policy: TemplateResource,
  attachment: PolicyAttachment,
  other: TemplateResource,
): Unknown {
  return unknown(
    `${policy.logicalId}.${attachment.targets} names ${other.logicalId} (${other.cfnType}), whose value is known only at deployment`,
  );
}

/**
 * The targets of `policy` that are, or may be, outside the scanned templates.
 * A link that names a target of the templates (its Ref, or its name) is not
 * one. A link that only may name one (the target's name is unresolved) is, as
 * it may name another resource; so is an unresolved link, as an Unknown: the
 * templates' targets it may name are judged on their own (attachedPolicyStatements).
 */
function targetsOutside(
  policy: TemplateResource,
  attachment: PolicyAttachment,
  targets: PolicyTargets,
  index: TemplateIndex,
): Maybe<string>[] {
  const written = targetLinks(policy, attachment);
  if (written === undefined) return [unknown(`${policy.logicalId}.${attachment.targets} is not set`)];
  if (written instanceof Unknown)
    return targets.unresolvedNamesTemplateTarget?.(policy, index) ? [] : [written];
  const outside: Maybe<string>[] = [];
  for (const link of written) {
    const followed = followAlias(link, index);
    if (followed === undefined || followed instanceof Unknown) {
      outside.push(followed ?? unknown(`${policy.logicalId}.${attachment.targets}: ${link} names no target`));
      continue;
    }
    const declared = index.get(followed);
    if (declared !== undefined) {
      if (declared.cfnType !== targets.cfnType) outside.push(notATarget(policy, attachment, declared));
      continue;
    }
    const inTemplates = resourcesOfType(index, targets.cfnType).some(
      (target) => targets.names(target)(followed) === true,
    );
    if (!inTemplates) outside.push(followed);
  }
  return outside;
}

/**
 * The policy `policy` sets on targets outside the scanned templates, or
 * undefined when every target it names is a resource of the templates (whose
 * own normalizer reads the policy). Its statements are read as for a target of
 * the templates, so conditions and references are honoured alike.
 */
export function externalResourcePolicy(
  policy: TemplateResource,
  index: TemplateIndex,
  targets: PolicyTargets,
): ExternalResourcePolicy | undefined {
  const attachment = targets.attachments.find((candidate) => candidate.cfnType === policy.cfnType);
  if (attachment === undefined) return undefined;
  const outside = targetsOutside(policy, attachment, targets, index);
  if (outside.length === 0) return undefined;
  const statements = policyReadingReferences(policy, attachment.document, index);
  return {
    type: 'external-resource-policy',
    ...baseOf(policy),
    targetKind: targets.kind,
    targets: outside,
    policyStatements: statements ?? unknown(`${policy.logicalId}.${attachment.document} is not set`),
  };
}
