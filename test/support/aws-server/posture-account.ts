/**
 * Fake data of AWS Backup, Lambda, GuardDuty, Security Hub, ACM, EKS, ECR and
 * Transfer Family for one region, in the SDK's own output shapes.
 */
import type {
  BackupPlan,
  BackupPlansListMember,
  BackupVaultListMember,
  ProtectedResource,
  RecoveryPointByBackupVault,
} from '@aws-sdk/client-backup';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { Finding } from '@aws-sdk/client-guardduty';
import type { CertificateSummary } from '@aws-sdk/client-acm';
import type { Cluster } from '@aws-sdk/client-eks';
import type { Repository } from '@aws-sdk/client-ecr';
import type { DescribedServer } from '@aws-sdk/client-transfer';

export interface FakeBackup {
  plans?: { summary: BackupPlansListMember & { BackupPlanId: string }; plan: BackupPlan }[];
  vaults?: {
    vault: BackupVaultListMember & { BackupVaultName: string };
    /** Policy JSON; undefined: GetBackupVaultAccessPolicy answers ResourceNotFoundException. */
    accessPolicy?: string;
    recoveryPoints?: RecoveryPointByBackupVault[];
  }[];
  protectedResources?: ProtectedResource[];
}

export interface FakeLambda {
  functions: {
    configuration: FunctionConfiguration & { FunctionName: string; FunctionArn: string };
    /** Policy JSON; undefined: GetPolicy answers ResourceNotFoundException. */
    policy?: string;
    reservedConcurrency?: number;
  }[];
}

export interface FakeGuardDuty {
  detectors: { id: string; status: 'ENABLED' | 'DISABLED'; findings?: Finding[] }[];
}

/** Security Hub enabled in the region: DescribeHub answers; absent: InvalidAccessException. */
export interface FakeSecurityHub {
  hubArn: string;
  subscribedAt: string;
}

export interface FakeAcm {
  certificates: (CertificateSummary & { CertificateArn: string })[];
}

export interface FakeEks {
  clusters: (Cluster & { name: string })[];
}

export interface FakeEcr {
  repositories: { repository: Repository & { repositoryName: string }; policy?: string }[];
}

export interface FakeTransfer {
  servers: (DescribedServer & { ServerId: string })[];
}
