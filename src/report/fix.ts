/**
 * The one-line fix of a failing rule, as Checkov's guide links and cfn-lint's
 * rule URLs give one: the CloudFormation property (only for the resource
 * kinds that failed) and the CDK property for templates, what to change and
 * the AWS CLI command for accounts, and where the full explanation is.
 */
import { dirname } from 'node:path';
import type { RuleSummary, ScanResult } from '../engine/finding.js';

/** Labels the rules' CloudFormation remediations use, and the resource types each names. */
const LABEL_TYPES: Record<string, readonly string[]> = {
  RDS: ['rds-'],
  EBS: ['ebs-'],
  EFS: ['efs-'],
  S3: ['s3-'],
  DynamoDB: ['dynamodb-'],
  'SNS/SQS': ['sns-', 'sqs-'],
  SNS: ['sns-'],
  SQS: ['sqs-'],
  Logs: ['log-group'],
  ElastiCache: ['elasticache-'],
  CloudFront: ['cloudfront-'],
};

const LABELLED = /^([A-Za-z0-9/]+): /;

/** `RDS: x; S3: y` narrowed to the parts naming the failing types; the whole text when it is not labelled. */
export function narrowToTypes(text: string, types: ReadonlySet<string>): string {
  const parts = text.replace(/\.$/, '').split(/; (?=[A-Za-z0-9/]+: )/);
  const labels = parts.map((part) => LABELLED.exec(part)?.[1]);
  if (parts.length < 2 || labels.some((label) => label === undefined || !(label in LABEL_TYPES))) return text;
  const kept = parts.filter((_part, index) =>
    LABEL_TYPES[labels[index]!]!.some((prefix) => [...types].some((type) => type.startsWith(prefix))),
  );
  return kept.length > 0 ? kept.join('; ') : text;
}

/** CDK modules of the stores the remediations name, and the resource types each builds. */
const CDK_MODULE_TYPES: Record<string, readonly string[]> = {
  rds: ['rds-'],
  efs: ['efs-'],
  s3: ['s3-'],
  sqs: ['sqs-'],
  sns: ['sns-'],
  dynamodb: ['dynamodb-'],
  logs: ['log-group'],
  elasticache: ['elasticache-'],
};

/**
 * A CDK example of several statements, each building one kind of store,
 * narrowed to the failing kinds; a shared key (`kms`) stays only beside a
 * statement that uses it; undefined when it shows none of the failing kinds.
 */
export function narrowCdk(cdk: string, types: ReadonlySet<string>): string | undefined {
  const statements = cdk.split(/; (?=(?:const |new ))/);
  const modules = statements.map((statement) => /new (\w+)\./.exec(statement)?.[1]);
  const storeStatements = modules.filter((module) => module !== 'kms');
  if (storeStatements.some((module) => module === undefined || !(module in CDK_MODULE_TYPES))) return cdk;
  const matches = (module: string | undefined): boolean =>
    CDK_MODULE_TYPES[module!]!.some((prefix) => [...types].some((type) => type.startsWith(prefix)));
  if (!storeStatements.some(matches)) return undefined;
  return statements
    .filter((_statement, index) => modules[index] === 'kms' || matches(modules[index]))
    .join('; ');
}

export function fixLine(
  rule: RuleSummary,
  failingTypes: ReadonlySet<string>,
  source: ScanResult['scan']['source'],
): string {
  const { cloudformation, cdk, cli, summary } = rule.remediation;
  // A team's own rule is explained from its folder.
  const more =
    rule.custom !== undefined
      ? `(soc2 explain ${rule.id} --rules-dir ${dirname(rule.custom)})`
      : `(soc2 explain ${rule.id})`;
  if (source === 'template' && cloudformation !== undefined) {
    const cfn = narrowToTypes(cloudformation, failingTypes).replace(/\.$/, '');
    const narrowedCdk = cdk !== undefined ? narrowCdk(cdk, failingTypes) : undefined;
    return `fix: CloudFormation ${cfn}${narrowedCdk !== undefined ? `; CDK ${narrowedCdk}` : ''} ${more}`;
  }
  // An account is fixed in the account: what to change, and the AWS CLI command when there is one.
  return `fix: ${summary}${source !== 'template' && cli !== undefined ? ` AWS CLI: ${cli}` : ''} ${more}`;
}
