import type {
  DescribeBackupPolicyCommandOutput,
  DescribeFileSystemPolicyCommandOutput,
  DescribeFileSystemsCommandOutput,
} from '@aws-sdk/client-efs';
import { serviceCalls } from '../../service.js';

const efs = serviceCalls('efs', '@aws-sdk/client-efs', 'elasticfilesystem');

export const DESCRIBE_FILE_SYSTEMS = efs.call<DescribeFileSystemsCommandOutput>('DescribeFileSystems');

/** No account-level call lists backup policies: one per file system. PolicyNotFound: none (backups off). */
export const DESCRIBE_BACKUP_POLICY = efs.call<DescribeBackupPolicyCommandOutput, string>(
  'DescribeBackupPolicy',
  {
    params: (FileSystemId) => ({ FileSystemId }),
    after: [DESCRIBE_FILE_SYSTEMS],
  },
);

/** No account-level call lists file system policies: one per file system. PolicyNotFound: none. */
export const DESCRIBE_FILE_SYSTEM_POLICY = efs.call<DescribeFileSystemPolicyCommandOutput, string>(
  'DescribeFileSystemPolicy',
  {
    params: (FileSystemId) => ({ FileSystemId }),
    after: [DESCRIBE_FILE_SYSTEMS],
  },
);
