import { RemovalPolicy, Stack, type CfnResource, type StackProps } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** The account's audit trail, plus a legacy export key kept for an old integration. */
export class AuditStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    const trailKey = new kms.Key(this, 'TrailKey', {
      description: 'CloudTrail log files and their CloudWatch copy',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    trailKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`));
    const trailBucket = new s3.Bucket(this, 'TrailBucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: trailKey,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const trailLogs = new logs.LogGroup(this, 'TrailLogs', {
      encryptionKey: trailKey,
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new cloudtrail.Trail(this, 'AccountTrail', {
      bucket: trailBucket,
      encryptionKey: trailKey,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: trailLogs,
    });

    // Deliberate exception: an external partner's HSM integration cannot follow rotated key versions.
    const legacyKey = new kms.Key(this, 'LegacyExportKey', {
      description: 'Encrypts settlement exports for the legacy clearing partner',
      enableKeyRotation: false,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (legacyKey.node.defaultChild as CfnResource).addMetadata('cdk_nag', {
      rules_to_suppress: [
        {
          id: 'NIST.800.53.R5-KMSBackingKeyRotationEnabled',
          reason: 'The clearing partner pins the key version; rotation is scheduled with them yearly.',
        },
      ],
    });
  }
}
