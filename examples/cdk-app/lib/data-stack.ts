import { Duration, RemovalPolicy, Stack, type CfnResource, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { LedgerNestedStack } from './ledger-nested-stack.js';

export interface DataStackProps extends StackProps {
  vpc: ec2.IVpc;
  /** The security account's notification key, shared with every workload account. */
  sharedNotificationKeyArn: string;
}

/** Databases, buckets, tables, queues and topics, all behind one customer-managed key. */
export class DataStack extends Stack {
  readonly dataKey: kms.Key;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.dataKey = new kms.Key(this, 'DataKey', {
      alias: `alias/${this.stackName.toLowerCase()}-data`,
      description: 'Customer data at rest',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.dataKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`));

    new rds.DatabaseCluster(this, 'PaymentsDb', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      credentials: rds.Credentials.fromGeneratedSecret('payments_admin'),
      writer: rds.ClusterInstance.provisioned('Writer', {
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
      }),
      readers: [rds.ClusterInstance.serverlessV2('Reader')],
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      storageEncrypted: true,
      storageEncryptionKey: this.dataKey,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });

    new s3.Bucket(this, 'DocumentsBucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.dataKey,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Deliberate exception: partners fetch reports through pre-signed URLs from their own accounts.
    const reports = new s3.Bucket(this, 'PartnerReportsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (reports.node.defaultChild as CfnResource).addMetadata('soc2', {
      suppress: [
        {
          rule: 'storage-encrypted-with-cmk',
          justification:
            'Partners download reports with pre-signed URLs from their own accounts; SSE-S3 by design.',
          expires: '2027-06-30',
        },
      ],
    });

    // Deliberate finding: session tokens live in a table with the default AWS-owned key.
    new dynamodb.Table(this, 'SessionsTable', {
      partitionKey: { name: 'sessionId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // A key from another account: its manager cannot be told from this template.
    new sns.Topic(this, 'CustomerNotifications', {
      masterKey: kms.Key.fromKeyArn(this, 'SharedNotificationKey', props.sharedNotificationKeyArn),
    });

    new logs.LogGroup(this, 'PaymentsAppLogs', {
      logGroupName: `/fintech/${this.stackName.toLowerCase()}/payments`,
      encryptionKey: this.dataKey,
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new LedgerNestedStack(this, 'Ledger', { key: this.dataKey });
  }
}
